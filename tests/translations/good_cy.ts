<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Fixture</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Wedi cysoni am %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 of %3 passed</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2 o %3 wedi pasio</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo Lleoliad y &amp;Ddolen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tasks passed in %2</source>
        <translation>
            <numerusform>dim: %1 o %2</numerusform>
            <numerusform>un: %1 o 1 dasg yn %2</numerusform>
            <numerusform>%1 o %n tasg wedi pasio yn %2</numerusform>
            <numerusform>%1 o %n thasg wedi pasio yn %2</numerusform>
            <numerusform>%1 o %n tasg wedi pasio yn %2</numerusform>
        </translation>
    </message>
</context>
</TS>
