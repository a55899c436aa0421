<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Welsh for the strings of Qt itself that ReleaseDesk shows: standard buttons,
     the context menus of text fields, message box details and the file dialog.
     Debian ships no qtbase_cy.qm. Written by hand, not by lupdate: the contexts
     and source texts are Qt 6.4's own (qtbase); see README.md. -->
<TS version="2.1" language="cy_GB">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i'r &amp;Cyfan</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i'r c&amp;yfan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw'r Cyfan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis Popeth</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis Popeth</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo Lleoliad y &amp;Ddolen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos Manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio Manylion...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Ynghylch Qt</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw'r ffeil:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ffeiliau o'r math:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Ffolder:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Cadw Fel</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Canfod Ffolder</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Pob Ffeil (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Ffolderi</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder Newydd</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;Newydd</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu Ffolder Newydd</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder Rhiant</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i'r ffolder rhiant</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg Rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg Manylion</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd Diweddar</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei ddisodli?</translation>
    </message>
</context>
</TS>
