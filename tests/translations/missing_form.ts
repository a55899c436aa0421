<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Fixture</name>
    <message numerus="yes">
        <source>%1 of %n tasks passed in %2</source>
        <translation>
            <numerusform>%1 o %n tasg yn %2</numerusform>
            <numerusform>%1 o %n tasg yn %2</numerusform>
        </translation>
    </message>
</context>
</TS>
