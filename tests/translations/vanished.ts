<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Fixture</name>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Cadw</translation>
    </message>
</context>
</TS>
