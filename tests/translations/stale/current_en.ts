<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Fixture</name>
    <message numerus="yes">
        <source> after %n attempts</source>
        <translation>
            <numerusform> once</numerusform>
            <numerusform> after %n attempts</numerusform>
        </translation>
    </message>
</context>
</TS>
