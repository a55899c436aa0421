<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Fixture</name>
    <message>
        <source>Synced at %1</source>
        <translation>Wedi cysoni</translation>
    </message>
</context>
</TS>
