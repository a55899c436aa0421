<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Fixture</name>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 of %3 passed</source>
        <translation>%1: %2 o %3 wedi pasio</translation>
    </message>
</context>
</TS>
