<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConcourseClient</name>
    <message>
        <source>%1 Concourse said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Concourse builds: %1 has more than %n pages of builds; stopped reading.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>build resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcourseParse</name>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse build: an entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse builds: the answer is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a known job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a known status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data goes into an empty store; this one already has releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 %2: the server did not answer within %3 seconds; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the secure connection failed (%3); the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the answer broke off (%3); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: could not reach the server (%3); check the network and the address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server did not accept the credentials (%3); check the account and token in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the account is not allowed to do this (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not found (%3); check the address and that the item still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server reported a conflict (%3); someone may have changed it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server gave up waiting (%3); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server is limiting requests (%3); try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: the server answered %3 %n times; try again later.</source>
        <translation>
            <numerusform>%1 %2: the server answered %3 once; try again later.</numerusform>
            <numerusform>%1 %2: the server answered %3 %n times; try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the server answered %3; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server refused the request (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the answer was cut off (%3 of %4 bytes arrived); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server answered with a web page instead of data; a proxy or single sign-on login may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server answered with %3 instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the answer is not valid JSON (%3 at byte %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: refusing to send to %3; only https:// addresses are allowed, and plain http:// only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the answer is larger than %3; stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JiraClient</name>
    <message>
        <source>%1 Jira said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira %1: the answer could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira search: stopped after %1 pages without reaching the end; narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JiraParse</name>
    <message>
        <source>the field &apos;%1&apos; is not a time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a date: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keychain available: %1. ReleaseDesk keeps secrets only in the system keychain; start and unlock a Secret Service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow ReleaseDesk to use it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked. Unlock it and try again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be removed from the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>The release has no tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tasks not yet passed in %2: %3</source>
        <translation>
            <numerusform>%1 of %n task not yet passed in %2: %3</numerusform>
            <numerusform>%1 of %n tasks not yet passed in %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed in %1, to be fixed and tested again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release ships no service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no version to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 has not succeeded (latest build #%4 %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 has not run for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: the description of changes is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: the backout plan is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: config changes are not stated (describe them, or mark that there are none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: %1 has no version to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: %1 has no deployment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: no service version to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release notes are not published to Confluence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ServiceNow change ticket has been raised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change ticket needs the link to the published notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging has not been requested in the release channel yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release team has not confirmed staging: no ServiceNow test task number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live has not been requested in the release channel yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release team has not confirmed the release is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backout plan to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release cannot move from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a release to %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration list is broken: step %1 has version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer ReleaseDesk (schema %1; this build knows up to %2). It was not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema %1 (%2); it stays at schema %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the profile folder %1. Check that its parent exists and is writable, or choose another with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseBoard</name>
    <message>
        <source>Could not read the releases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the test results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the pipeline builds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history of release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk</name>
    <message>
        <source>CI-Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DashboardModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to move to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks passed in CI-Dev until the release is in staging, in Staging from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tasks passed in %2</source>
        <translation>
            <numerusform>%1 of %n task passed in %2</numerusform>
            <numerusform>%1 of %n tasks passed in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::MainWindow</name>
    <message>
        <source>ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search releases, services, tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide releases that are live, backed out or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the releases again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the releases. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases: %1 · active: %2 · blocked: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseDetailPane</name>
    <message>
        <source>moved the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded a test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved the release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a release to see what blocks it and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No services yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Services:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release notes, change ticket or test task yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 of %3 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gates ahead: the release is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>— %n to do</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseWorkflow</name>
    <message>
        <source>Say who is making this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a release named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service in a release needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release needs at least one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unknown tasks: %1. Sync with Jira, or check the keys.</source>
        <translation>
            <numerusform>Unknown task: %1. Sync with Jira, or check the key.</numerusform>
            <numerusform>Unknown tasks: %1. Sync with Jira, or check the keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks are tested in CI-Dev and Staging, not in Live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed test needs a note that tells the developers what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown task %1. Sync with Jira, or check the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict is recorded, but a release could not go back to CI-Dev: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is %2; its record is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published page needs its Confluence id and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change ticket number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging request message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow test task number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live request message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live confirmation message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>Could not read the releases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing its %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing its services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing its service “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing its tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing its task “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording its history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the “%1” event: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queuing its outbox entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queuing a “%1” outbox entry: it has no idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queuing the “%1” outbox entry “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database: no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the pipeline builds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the pipeline builds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the release “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the release “%1” (id %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no release with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the test result for %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the test results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history of release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the outbox entry %1 (“%2”): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ReleaseDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk runs a team&apos;s release process from CI-Dev to Live in one window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; instead of the standard data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the demo profile: a database seeded with demo data, in a fresh temporary folder unless --profile is given. Needs no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
