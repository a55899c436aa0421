<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Fixture</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message numerus="yes">
        <source> after %n attempts</source>
        <translation>
            <numerusform> dim ymgais</numerusform>
            <numerusform> ar ôl un ymgais</numerusform>
            <numerusform> ar ôl %n ymgais</numerusform>
            <numerusform> ar ôl %n ymgais</numerusform>
            <numerusform> ar ôl %n ymgais</numerusform>
        </translation>
    </message>
</context>
</TS>
