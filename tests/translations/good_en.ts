<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Fixture</name>
    <message numerus="yes">
        <source>%1 of %n tasks passed in %2</source>
        <translation>
            <numerusform>%1 of %n task passed in %2</numerusform>
            <numerusform>%1 of %n tasks passed in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> after %n attempts</source>
        <translation>
            <numerusform> once</numerusform>
            <numerusform> after %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown tasks: %1.</source>
        <translation>
            <numerusform>Unknown task: %1.</numerusform>
            <numerusform>Unknown tasks: %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
