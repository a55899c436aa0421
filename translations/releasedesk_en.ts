<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConcourseClient</name>
    <message numerus="yes">
        <source>Concourse builds: %1 has more than %n pages of builds; stopped reading.</source>
        <translation>
            <numerusform>Concourse builds: %1 has more than %n page of builds; stopped reading.</numerusform>
            <numerusform>Concourse builds: %1 has more than %n pages of builds; stopped reading.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCells</name>
    <message numerus="yes">
        <source>%1 of %n tasks passed in %2</source>
        <translation>
            <numerusform>%1 of %n task passed in %2</numerusform>
            <numerusform>%1 of %n tasks passed in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message numerus="yes">
        <source>GitHub %1: the rate limit is spent; try again in %n minutes.</source>
        <translation>
            <numerusform>GitHub %1: the rate limit is spent; try again in %n minute.</numerusform>
            <numerusform>GitHub %1: the rate limit is spent; try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message numerus="yes">
        <source>%1 %2: the server answered %3 %n times; try again later.</source>
        <translation>
            <numerusform>%1 %2: the server answered %3 once; try again later.</numerusform>
            <numerusform>%1 %2: the server answered %3 %n times; try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message numerus="yes">
        <source>%1 of %n tasks not yet passed in %2: %3</source>
        <translation>
            <numerusform>%1 of %n task not yet passed in %2: %3</numerusform>
            <numerusform>%1 of %n tasks not yet passed in %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxRetry</name>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DesktopSession</name>
    <message numerus="yes">
        <source>%n write(s) waiting to be sent</source>
        <translation>
            <numerusform>%n write waiting to be sent</numerusform>
            <numerusform>%n writes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseDetailPane</name>
    <message numerus="yes">
        <source>— %n to do</source>
        <translation>
            <numerusform>— %n to do</numerusform>
            <numerusform>— %n to do</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseWorkflow</name>
    <message numerus="yes">
        <source>Unknown tasks: %1. Sync with Jira, or check the keys.</source>
        <translation>
            <numerusform>Unknown task: %1. Sync with Jira, or check the key.</numerusform>
            <numerusform>Unknown tasks: %1. Sync with Jira, or check the keys.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%1: cancelled; %n new or changed kept.</source>
        <translation>
            <numerusform>%1: cancelled; %n new or changed kept.</numerusform>
            <numerusform>%1: cancelled; %n new or changed kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: synced, %2 read, %n new or changed.</source>
        <translation>
            <numerusform>%1: synced, %2 read, %n new or changed.</numerusform>
            <numerusform>%1: synced, %2 read, %n new or changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineHtml</name>
    <message numerus="yes">
        <source> after %n attempts</source>
        <translation>
            <numerusform> after %n attempt</numerusform>
            <numerusform> after %n attempts</numerusform>
        </translation>
    </message>
</context>
</TS>
