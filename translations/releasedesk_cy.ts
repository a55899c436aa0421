<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionWiring</name>
    <message>
        <source>%1 (%2)</source>
        <comment>A tooltip followed by its keyboard shortcut, &quot;Read the releases again (F5)&quot;.</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChannelWording</name>
    <message>
        <source>staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Slack: give at least one word the team uses for %1.</source>
        <translation>Slack: rhowch o leiaf un gair y mae&apos;r tîm yn ei ddefnyddio am %1.</translation>
    </message>
    <message>
        <source>Slack: &quot;%1&quot; is not a single word for %2.</source>
        <translation>Slack: nid yw &quot;%1&quot; yn un gair ar gyfer %2.</translation>
    </message>
    <message>
        <source>Slack: &quot;%1&quot; cannot name both staging and live.</source>
        <translation>Slack: ni all &quot;%1&quot; enwi Staging a Live ill dau.</translation>
    </message>
    <message>
        <source>Slack: the pattern &quot;%1&quot; %2</source>
        <translation>Slack: y patrwm &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>holds a |, which separates patterns in the connections dialog.</source>
        <translation>mae&apos;n cynnwys |, sy&apos;n gwahanu patrymau yn y deialog cysylltiadau.</translation>
    </message>
    <message>
        <source>must start with what the reply says: &quot;applied:&quot;, &quot;backed out:&quot; or &quot;cancelled:&quot;.</source>
        <translation>rhaid iddo ddechrau gyda&apos;r hyn y mae&apos;r ateb yn ei ddweud: &quot;applied:&quot;, &quot;backed out:&quot; neu &quot;cancelled:&quot;.</translation>
    </message>
    <message>
        <source>has a { without its }.</source>
        <translation>mae ganddo { heb } i&apos;w gau.</translation>
    </message>
    <message>
        <source>has an unknown part {%1}; the parts are {environment}, {release} and {testTask}.</source>
        <translation>mae ganddo ran anhysbys {%1}; y rhannau yw {environment}, {release} a {testTask}.</translation>
    </message>
    <message>
        <source>has {%1} twice.</source>
        <translation>mae ganddo {%1} ddwywaith.</translation>
    </message>
    <message>
        <source>has {testTask}, which only an applied reply names.</source>
        <translation>mae ganddo {testTask}, ond dim ond ateb “applied:” sy&apos;n ei enwi.</translation>
    </message>
    <message>
        <source>has a } without its {.</source>
        <translation>mae ganddo } heb { i&apos;w agor.</translation>
    </message>
    <message>
        <source>needs words of its own besides its parts.</source>
        <translation>mae angen geiriau ei hun arno yn ogystal â&apos;i rannau.</translation>
    </message>
    <message>
        <source>must name the release with {release}.</source>
        <translation>rhaid iddo enwi&apos;r rhyddhad gyda {release}.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>nid oes modd ei ddarllen: %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Store connections from a JSON document (the shape the sandbox prints); secrets go to the keychain.</source>
        <translation>Cadw cysylltiadau o ddogfen JSON (y siâp y mae&apos;r blwch tywod yn ei argraffu); mae&apos;r cyfrinachau&apos;n mynd i&apos;r gadwyn allweddi.</translation>
    </message>
    <message>
        <source>List releases, their stage and what blocks them.</source>
        <translation>Rhestru rhyddhadau, eu cam a&apos;r hyn sy&apos;n eu rhwystro.</translation>
    </message>
    <message>
        <source>Read the connected systems into the store (only what changed since the last sync).</source>
        <translation>Darllen y systemau cysylltiedig i&apos;r storfa (dim ond yr hyn a newidiodd ers y cysoniad diwethaf).</translation>
    </message>
    <message>
        <source>List, send, retry or discard the writes waiting for the remote systems.</source>
        <translation>Rhestru, anfon, ailgynnig neu waredu&apos;r ysgrifiadau sy&apos;n aros am y systemau pell.</translation>
    </message>
    <message>
        <source>Create a release, show it, and take it through its stages as the window does.</source>
        <translation>Creu rhyddhad, ei ddangos, a&apos;i symud drwy ei gamau fel y mae&apos;r ffenestr yn ei wneud.</translation>
    </message>
    <message>
        <source>Pass or fail a task in CI-Dev or Staging, signed with your Jira account.</source>
        <translation>Pasio neu fethu tasg yn CI-Dev neu Staging, a&apos;r dyfarniad wedi&apos;i lofnodi â&apos;ch cyfrif Jira.</translation>
    </message>
    <message>
        <source>Export the team&apos;s settings (no secrets, no accounts) or import a colleague&apos;s.</source>
        <translation>Allforio gosodiadau&apos;r tîm (heb gyfrinachau na chyfrifon) neu fewnforio rhai cydweithiwr.</translation>
    </message>
    <message>
        <source>ReleaseDesk&apos;s engine from the command line.

Commands:
%1
Run &apos;releasedesk-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Peiriant ReleaseDesk o&apos;r llinell orchymyn.

Gorchmynion:
%1
Rhedwch &apos;releasedesk-cli &lt;command&gt; --help&apos; i weld dewisiadau gorchymyn.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt; (default: the desktop app&apos;s).</source>
        <translation>Defnyddio&apos;r proffil yn &lt;dir&gt; (rhagosodiad: proffil yr ap bwrdd gwaith).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Y gorchymyn i&apos;w redeg.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. The commands are:
%2</source>
        <translation>Gorchymyn anhysbys &apos;%1&apos;. Y gorchmynion yw:
%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>Stores connections from a JSON document in the shape the sandbox prints (an object per system with url, account, settings and secret). Systems in the document replace their stored connection; the others are kept.</source>
        <translation>Yn cadw cysylltiadau o ddogfen JSON yn y siâp y mae&apos;r blwch tywod yn ei argraffu (gwrthrych i bob system gyda url, account, settings a secret). Mae&apos;r systemau sydd yn y ddogfen yn disodli eu cysylltiad sydd wedi&apos;i gadw; cedwir y lleill.</translation>
    </message>
    <message>
        <source>Where Jira or Confluence offer both, use the Cloud account (email + API token) rather than a personal access token.</source>
        <translation>Lle mae Jira neu Confluence yn cynnig y ddau, defnyddio&apos;r cyfrif Cloud (e-bost + tocyn API) yn hytrach na thocyn mynediad personol.</translation>
    </message>
    <message>
        <source>Where ServiceNow offers both, use the OAuth token rather than user and password.</source>
        <translation>Lle mae ServiceNow yn cynnig y ddau, defnyddio&apos;r tocyn OAuth yn hytrach na defnyddiwr a chyfrinair.</translation>
    </message>
    <message>
        <source>Then take the team&apos;s settings from &lt;file&gt; (written by &apos;settings export&apos;) over the document&apos;s, keeping this desk&apos;s accounts; without a document, only them.</source>
        <translation>Yna cymryd gosodiadau&apos;r tîm o &lt;file&gt; (a ysgrifennwyd gan &apos;settings export&apos;) yn lle rhai&apos;r ddogfen, gan gadw cyfrifon y ddesg hon; heb ddogfen, dim ond y rheini.</translation>
    </message>
    <message>
        <source>The document; &apos;-&apos; or nothing reads standard input.</source>
        <translation>Y ddogfen; mae &apos;-&apos; neu ddim byd yn darllen y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>connect takes one file.</source>
        <translation>Mae connect yn cymryd un ffeil.</translation>
    </message>
    <message>
        <source>Connected: %1. Settings in %2; secrets in the keychain.</source>
        <translation>Wedi cysylltu: %1. Gosodiadau yn %2; cyfrinachau yn y gadwyn allweddi.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2 (release %3)</source>
        <translation>#%1 %2 (rhyddhad %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an outbox entry id.</source>
        <translation>Nid yw &apos;%1&apos; yn id cofnod yn y blwch allan.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Mae&apos;r blwch allan yn wag.</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>Anfonwyd %1.</translation>
    </message>
    <message>
        <source>%1 waits until %2: %3</source>
        <translation>Mae %1 yn aros tan %2: %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Methodd %1: %2</translation>
    </message>
    <message>
        <source>Sent %1, %2 waiting to be tried again, %3 failed.</source>
        <translation>Anfonwyd %1, %2 yn aros i gael eu hailgynnig, methodd %3.</translation>
    </message>
    <message>
        <source>Entry %1 will be sent again.</source>
        <translation>Bydd cofnod %1 yn cael ei anfon eto.</translation>
    </message>
    <message>
        <source>No entry has failed.</source>
        <translation>Nid oes unrhyw gofnod wedi methu.</translation>
    </message>
    <message>
        <source>Discarded %1 to %2 (%3): %4</source>
        <translation>Gwaredwyd %1 i %2 (%3): %4</translation>
    </message>
    <message>
        <source>Entry %1 is discarded; it will not be sent.</source>
        <translation>Mae cofnod %1 wedi&apos;i waredu; ni fydd yn cael ei anfon.</translation>
    </message>
    <message>
        <source>Every write to the remote systems waits in the outbox until it is sent.
  list [--json]              the entries, newest first
  send                       sends what is due, then stops; exit 1 if one failed
  retry ID... | --all        puts failed entries back to be sent
  discard ID --reason TEXT   drops an entry for good, with the reason in the release&apos;s history</source>
        <translation>Mae pob ysgrifiad i&apos;r systemau pell yn aros yn y blwch allan nes iddo gael ei anfon.
  list [--json]              y cofnodion, y mwyaf newydd yn gyntaf
  send                       yn anfon yr hyn sy&apos;n ddyledus, yna&apos;n stopio; cod gadael 1 os methodd un
  retry ID... | --all        yn rhoi cofnodion a fethodd yn ôl i&apos;w hanfon
  discard ID --reason TEXT   yn gollwng cofnod am byth, gyda&apos;r rheswm yn hanes y rhyddhad</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: argraffu JSON.</translation>
    </message>
    <message>
        <source>retry: every failed entry.</source>
        <translation>retry: pob cofnod a fethodd.</translation>
    </message>
    <message>
        <source>discard: why, for the release&apos;s history.</source>
        <translation>discard: pam, ar gyfer hanes y rhyddhad.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>list, send, retry or discard.</source>
        <translation>list, send, retry neu discard.</translation>
    </message>
    <message>
        <source>outbox list takes no arguments besides --json.</source>
        <translation>Nid yw outbox list yn cymryd unrhyw ddadleuon ar wahân i --json.</translation>
    </message>
    <message>
        <source>outbox send takes no arguments.</source>
        <translation>Nid yw outbox send yn cymryd unrhyw ddadleuon.</translation>
    </message>
    <message>
        <source>outbox retry takes entry ids or --all.</source>
        <translation>Mae outbox retry yn cymryd ids cofnodion neu --all.</translation>
    </message>
    <message>
        <source>outbox discard takes one entry id and --reason.</source>
        <translation>Mae outbox discard yn cymryd un id cofnod a --reason.</translation>
    </message>
    <message>
        <source>Unknown outbox action &apos;%1&apos;; the actions are list, send, retry and discard.</source>
        <translation>Gweithred blwch allan anhysbys &apos;%1&apos;; y gweithredoedd yw list, send, retry a discard.</translation>
    </message>
    <message>
        <source>Team settings imported: nothing changed.</source>
        <translation>Gosodiadau&apos;r tîm wedi&apos;u mewnforio: dim wedi newid.</translation>
    </message>
    <message>
        <source>Team settings imported; changed: %1.</source>
        <translation>Gosodiadau&apos;r tîm wedi&apos;u mewnforio; wedi newid: %1.</translation>
    </message>
    <message>
        <source>Shares the team&apos;s connection settings: &apos;export FILE&apos; writes them without secrets and without anyone&apos;s account; &apos;import FILE&apos; takes them over, keeping this desk&apos;s accounts and secrets.</source>
        <translation>Yn rhannu gosodiadau cysylltu&apos;r tîm: mae &apos;export FILE&apos; yn eu hysgrifennu heb gyfrinachau a heb gyfrif neb; mae &apos;import FILE&apos; yn eu mabwysiadu, gan gadw cyfrifon a chyfrinachau&apos;r ddesg hon.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export neu import</translation>
    </message>
    <message>
        <source>The team settings file.</source>
        <translation>Ffeil gosodiadau&apos;r tîm.</translation>
    </message>
    <message>
        <source>Use: settings export FILE | settings import FILE</source>
        <translation>Defnydd: settings export FILE | settings import FILE</translation>
    </message>
    <message>
        <source>Team settings written to %1 (no secrets, no accounts).</source>
        <translation>Gosodiadau&apos;r tîm wedi&apos;u hysgrifennu i %1 (heb gyfrinachau na chyfrifon).</translation>
    </message>
    <message>
        <source>Lists the releases under way (or all of them), their stage, and what keeps each from its next stage.</source>
        <translation>Yn rhestru&apos;r rhyddhadau sydd ar y gweill (neu bob un ohonynt), eu cam, a&apos;r hyn sy&apos;n atal pob un rhag symud i&apos;w gam nesaf.</translation>
    </message>
    <message>
        <source>Include live, backed-out and cancelled releases.</source>
        <translation>Cynnwys rhyddhadau sy&apos;n fyw, wedi&apos;u tynnu&apos;n ôl neu wedi&apos;u canslo.</translation>
    </message>
    <message>
        <source>Print JSON, one array.</source>
        <translation>Argraffu JSON, un arae.</translation>
    </message>
    <message>
        <source>    before %1:</source>
        <translation>    cyn %1:</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>ReleaseDesk does not know who you are yet: connect Jira and run &apos;releasedesk-cli sync&apos; once, so that your actions are signed with your Jira account.</source>
        <translation>Nid yw ReleaseDesk yn gwybod pwy ydych chi eto: cysylltwch Jira a rhedwch &apos;releasedesk-cli sync&apos; unwaith, fel bod eich gweithredoedd wedi&apos;u llofnodi â&apos;ch cyfrif Jira.</translation>
    </message>
    <message>
        <source>There is no release named %1.</source>
        <translation>Nid oes rhyddhad o&apos;r enw %1.</translation>
    </message>
</context>
<context>
    <name>ConcourseClient</name>
    <message>
        <source>%1 Concourse said: %2</source>
        <translation>%1 Dywedodd Concourse: %2</translation>
    </message>
    <message>
        <source>login</source>
        <translation>mewngofnodi</translation>
    </message>
    <message>
        <source>info</source>
        <translation>gwybodaeth</translation>
    </message>
    <message>
        <source>pipelines</source>
        <translation>piblinellau</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>tasgau gwaith</translation>
    </message>
    <message>
        <source>builds</source>
        <translation>adeiladiadau</translation>
    </message>
    <message>
        <source>Concourse builds: the server gave the next page at %1, not at %2 where the connection points; stopped rather than send the credentials there.</source>
        <translation>Adeiladiadau Concourse: rhoddodd y gweinydd y dudalen nesaf yn %1, nid yn %2 lle mae&apos;r cysylltiad yn pwyntio; wedi stopio yn hytrach nag anfon y manylion mewngofnodi yno.</translation>
    </message>
    <message numerus="yes">
        <source>Concourse builds: %1 has more than %n pages of builds; stopped reading.</source>
        <translation>
            <numerusform>Adeiladiadau Concourse: mae gan %1 fwy na %n tudalen o adeiladiadau; wedi stopio darllen.</numerusform>
            <numerusform>Adeiladiadau Concourse: mae gan %1 fwy na %n tudalen o adeiladiadau; wedi stopio darllen.</numerusform>
            <numerusform>Adeiladiadau Concourse: mae gan %1 fwy na %n tudalen o adeiladiadau; wedi stopio darllen.</numerusform>
            <numerusform>Adeiladiadau Concourse: mae gan %1 fwy na %n tudalen o adeiladiadau; wedi stopio darllen.</numerusform>
            <numerusform>Adeiladiadau Concourse: mae gan %1 fwy na %n tudalen o adeiladiadau; wedi stopio darllen.</numerusform>
        </translation>
    </message>
    <message>
        <source>build resources</source>
        <translation>adnoddau adeiladu</translation>
    </message>
</context>
<context>
    <name>ConcourseParse</name>
    <message>
        <source>Concourse %1: %2.</source>
        <translation>Concourse %1: %2.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is empty</source>
        <translation>mae&apos;r maes &apos;%1&apos; yn wag</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a positive number</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn rhif positif</translation>
    </message>
    <message>
        <source>login</source>
        <translation>mewngofnodi</translation>
    </message>
    <message>
        <source>info</source>
        <translation>gwybodaeth</translation>
    </message>
    <message>
        <source>pipelines</source>
        <translation>piblinellau</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>tasgau gwaith</translation>
    </message>
    <message>
        <source>Concourse build: an entry is not a JSON object.</source>
        <translation>Adeiladiad Concourse: nid yw cofnod yn wrthrych JSON.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a known job</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn dasg waith hysbys</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a known status</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn statws hysbys</translation>
    </message>
    <message>
        <source>build</source>
        <translation>adeiladiad</translation>
    </message>
    <message>
        <source>Concourse builds: the answer is not a JSON array.</source>
        <translation>Adeiladiadau Concourse: nid yw&apos;r ateb yn arae JSON.</translation>
    </message>
    <message>
        <source>build resources</source>
        <translation>adnoddau adeiladu</translation>
    </message>
</context>
<context>
    <name>ConcourseSignInToken</name>
    <message>
        <source>login</source>
        <translation>mewngofnodi</translation>
    </message>
    <message>
        <source>Concourse: there is no %1, where fly keeps its sign-ins; run `fly -t %2 login -c &lt;address&gt;` first.</source>
        <translation>Concourse: nid oes %1, lle mae fly yn cadw ei fewngofnodion; rhedwch `fly -t %2 login -c &lt;address&gt;` yn gyntaf.</translation>
    </message>
    <message>
        <source>Concourse: %1 could not be read (%2).</source>
        <translation>Concourse: nid oedd modd darllen %1 (%2).</translation>
    </message>
    <message>
        <source>it is larger than fly writes</source>
        <translation>mae&apos;n fwy nag y mae fly yn ei ysgrifennu</translation>
    </message>
    <message>
        <source>Concourse: %1 is not a file fly wrote, %2</source>
        <translation>Concourse: nid yw %1 yn ffeil a ysgrifennodd fly, %2</translation>
    </message>
    <message>
        <source>Concourse: %1 has no target &apos;%2&apos; (%3); run `fly -t %2 login -c &lt;address&gt;` or correct the fly target in the connection settings.</source>
        <translation>Concourse: nid oes gan %1 darged &apos;%2&apos; (%3); rhedwch `fly -t %2 login -c &lt;address&gt;` neu cywirwch y targed fly yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>it has none</source>
        <translation>nid oes ganddi&apos;r un</translation>
    </message>
    <message>
        <source>it has %1</source>
        <translation>mae ganddi %1</translation>
    </message>
    <message>
        <source>Concourse: fly target &apos;%1&apos; points at %2, team %3, but the connection at %4, team %5; clear the address and team to use the target&apos;s, or choose the target that matches.</source>
        <translation>Concourse: mae&apos;r targed fly &apos;%1&apos; yn pwyntio at %2, tîm %3, ond mae&apos;r cysylltiad yn pwyntio at %4, tîm %5; cliriwch y cyfeiriad a&apos;r tîm i ddefnyddio rhai&apos;r targed, neu dewiswch y targed sy&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>You are not signed in to Concourse with fly target &apos;%1&apos;: run `fly -t %1 login` and sync again.</source>
        <translation>Nid ydych wedi mewngofnodi i Concourse gyda&apos;r targed fly &apos;%1&apos;: rhedwch `fly -t %1 login` a chysonwch eto.</translation>
    </message>
    <message>
        <source>Concourse: fly target &apos;%1&apos; holds a token of type &quot;%2&quot;, not a bearer token; run `fly -t %1 login` again.</source>
        <translation>Concourse: mae&apos;r targed fly &apos;%1&apos; yn dal tocyn o&apos;r math &quot;%2&quot;, nid tocyn bearer; rhedwch `fly -t %1 login` eto.</translation>
    </message>
    <message>
        <source>Your Concourse sign-in for target &apos;%1&apos; has expired: run `fly -t %1 login` and sync again.</source>
        <translation>Mae eich mewngofnod Concourse ar gyfer y targed &apos;%1&apos; wedi dod i ben: rhedwch `fly -t %1 login` a chysonwch eto.</translation>
    </message>
    <message>
        <source>Your Concourse token has expired or was refused: paste a new token in the connection settings and sync again.</source>
        <translation>Mae eich tocyn Concourse wedi dod i ben neu wedi&apos;i wrthod: gludwch docyn newydd yng ngosodiadau&apos;r cysylltiad a chysonwch eto.</translation>
    </message>
</context>
<context>
    <name>ConcourseSync</name>
    <message>
        <source>pipelines</source>
        <translation>piblinellau</translation>
    </message>
</context>
<context>
    <name>ConfluenceClient</name>
    <message>
        <source>%1 Confluence said: %2</source>
        <translation>%1 Dywedodd Confluence: %2</translation>
    </message>
    <message>
        <source>Confluence %1: the answer could not be read: %2.</source>
        <translation>Confluence %1: nid oedd modd darllen yr ateb: %2.</translation>
    </message>
    <message>
        <source>sign-in check</source>
        <translation>gwirio mewngofnodi</translation>
    </message>
    <message>
        <source>space check</source>
        <translation>gwirio gofod</translation>
    </message>
    <message>
        <source>Confluence %1: no space key is set; enter the key of the release notes&apos; space in the connection settings.</source>
        <translation>Confluence %1: nid oes allwedd gofod wedi&apos;i gosod; rhowch allwedd gofod y nodiadau rhyddhau yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>Confluence %1: there is no space with the key %2, or the account cannot see it; check the space key in the connection settings.</source>
        <translation>Confluence %1: nid oes gofod gyda&apos;r allwedd %2, neu ni all y cyfrif ei weld; gwiriwch allwedd y gofod yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>parent page check</source>
        <translation>gwirio&apos;r rhiant-dudalen</translation>
    </message>
    <message>
        <source>Confluence %1: there is no page with the id %2, or the account cannot see it; check the parent page in the connection settings.</source>
        <translation>Confluence %1: nid oes tudalen gyda&apos;r id %2, neu ni all y cyfrif ei gweld; gwiriwch y rhiant-dudalen yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>Confluence %1: the page %2 is in the space %3, not in %4; choose a parent page of the release notes&apos; space.</source>
        <translation>Confluence %1: mae&apos;r dudalen %2 yn y gofod %3, nid yn %4; dewiswch riant-dudalen o ofod y nodiadau rhyddhau.</translation>
    </message>
    <message>
        <source>find page</source>
        <translation>canfod tudalen</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>tudalennau</translation>
    </message>
    <message>
        <source>Confluence pages: stopped after %1 requests without reaching the end of the space.</source>
        <translation>Tudalennau Confluence: wedi stopio ar ôl %1 cais heb gyrraedd diwedd y gofod.</translation>
    </message>
    <message>
        <source>read page</source>
        <translation>darllen tudalen</translation>
    </message>
    <message>
        <source>create page</source>
        <translation>creu tudalen</translation>
    </message>
    <message>
        <source>update page</source>
        <translation>diweddaru tudalen</translation>
    </message>
</context>
<context>
    <name>ConfluenceParse</name>
    <message>
        <source>the field &apos;%1&apos; is not a version number</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn rhif fersiwn</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a time: %2</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn amser: %2</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a link below &apos;%2&apos;</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn ddolen o dan &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the field &apos;_links.next&apos; is not a link below &apos;%1&apos;</source>
        <translation>nid yw&apos;r maes &apos;_links.next&apos; yn ddolen o dan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the page %1 is at version %2, the last one Confluence can number; it cannot be updated again</source>
        <translation>mae&apos;r dudalen %1 ar fersiwn %2, yr olaf y gall Confluence ei rhifo; nid oes modd ei diweddaru eto</translation>
    </message>
</context>
<context>
    <name>ConfluenceSync</name>
    <message>
        <source>release notes pages</source>
        <translation>tudalennau nodiadau rhyddhau</translation>
    </message>
    <message>
        <source>%1: notes page %2</source>
        <translation>%1: tudalen nodiadau %2</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Signed in to Concourse %1 as a member of team %2.</source>
        <translation>Wedi mewngofnodi i Concourse %1 fel aelod o&apos;r tîm %2.</translation>
    </message>
    <message>
        <source>Signed in to Jira as %1; project %2 found.</source>
        <translation>Wedi mewngofnodi i Jira fel %1; daethpwyd o hyd i&apos;r prosiect %2.</translation>
    </message>
    <message>
        <source>Signed in to Jira as %1; projects %2 found.</source>
        <translation>Wedi mewngofnodi i Jira fel %1; daethpwyd o hyd i&apos;r prosiectau %2.</translation>
    </message>
    <message>
        <source>Signed in as %1, but project %2 was not found: %3</source>
        <translation>Wedi mewngofnodi fel %1, ond ni chafwyd hyd i&apos;r prosiect %2: %3</translation>
    </message>
    <message>
        <source>%1 Developers&apos; channel #%2 found.</source>
        <translation>%1 Daethpwyd o hyd i sianel y datblygwyr #%2.</translation>
    </message>
    <message>
        <source>Signed in to Slack workspace %1 as %2; channel #%3 found and the app is in it.</source>
        <translation>Wedi mewngofnodi i weithle Slack %1 fel %2; daethpwyd o hyd i&apos;r sianel #%3 ac mae&apos;r ap ynddi.</translation>
    </message>
    <message>
        <source>Signed in to ServiceNow; assignment group &quot;%1&quot; found.</source>
        <translation>Wedi mewngofnodi i ServiceNow; daethpwyd o hyd i&apos;r grŵp aseinio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Signed in to Confluence as %1; space %2 found.</source>
        <translation>Wedi mewngofnodi i Confluence fel %1; daethpwyd o hyd i&apos;r gofod %2.</translation>
    </message>
    <message>
        <source>Signed in to GitHub as %1; the repositories of %2 found.</source>
        <translation>Wedi mewngofnodi i GitHub fel %1; daethpwyd o hyd i ystorfeydd %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionDocument</name>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>gwir neu anwir</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>rhestr</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>gwrthrych</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation>%1: mae&apos;r maes &quot;%2&quot; ar goll.</translation>
    </message>
    <message>
        <source>a whole number from %1</source>
        <translation>rhif cyfan o %1 i fyny</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>rhestr o destun</translation>
    </message>
    <message>
        <source>a list holding %1</source>
        <translation>rhestr sy&apos;n cynnwys %1</translation>
    </message>
    <message>
        <source>an object of text</source>
        <translation>gwrthrych o destun</translation>
    </message>
    <message>
        <source>an object holding %1</source>
        <translation>gwrthrych sy&apos;n cynnwys %1</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be %3, not %4.</source>
        <translation>%1: rhaid i&apos;r maes &quot;%2&quot; gynnwys %3, nid %4.</translation>
    </message>
    <message>
        <source>The connection document is not a JSON object: %1.</source>
        <translation>Nid yw&apos;r ddogfen cysylltiadau yn wrthrych JSON: %1.</translation>
    </message>
    <message>
        <source>it holds no object</source>
        <translation>nid oes gwrthrych ynddi</translation>
    </message>
    <message>
        <source>%1: the entry must be an object with the connection&apos;s fields, not %2.</source>
        <translation>%1: rhaid i&apos;r cofnod fod yn wrthrych gyda meysydd y cysylltiad, nid %2.</translation>
    </message>
    <message>
        <source>The connection document names none of concourse, jira, confluence, servicenow, slack and github.</source>
        <translation>Nid yw&apos;r ddogfen cysylltiadau yn enwi&apos;r un o concourse, jira, confluence, servicenow, slack a github.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecrets</name>
    <message>
        <source>%1: no secret is stored for this connection. Enter it in the connection settings (or run releasedesk-cli connect).</source>
        <translation>%1: nid oes cyfrinach wedi&apos;i chadw ar gyfer y cysylltiad hwn. Rhowch hi yng ngosodiadau&apos;r cysylltiad (neu rhedwch releasedesk-cli connect).</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>%1: %2 is missing.</source>
        <translation>%1: mae %2 ar goll.</translation>
    </message>
    <message>
        <source>the build job&apos;s name</source>
        <translation>enw&apos;r dasg waith adeiladu</translation>
    </message>
    <message>
        <source>the plan job&apos;s name</source>
        <translation>enw&apos;r dasg waith cynllunio</translation>
    </message>
    <message>
        <source>the apply job&apos;s name</source>
        <translation>enw&apos;r dasg waith gosod</translation>
    </message>
    <message>
        <source>the version resource</source>
        <translation>yr adnodd fersiwn</translation>
    </message>
    <message>
        <source>Concourse: the job %1 is named for more than one of build, plan and apply; each needs a job of its own.</source>
        <translation>Concourse: mae&apos;r dasg waith %1 wedi&apos;i henwi ar gyfer mwy nag un o adeiladu, cynllunio a gosod; mae angen tasg waith ar wahân ar gyfer pob un.</translation>
    </message>
    <message>
        <source>Concourse: &quot;%1=%2&quot; does not say which pipeline builds which service; write pipeline=service.</source>
        <translation>Concourse: nid yw &quot;%1=%2&quot; yn dweud pa biblinell sy&apos;n adeiladu pa wasanaeth; ysgrifennwch piblinell=gwasanaeth.</translation>
    </message>
    <message>
        <source>Concourse: the pipelines %1 and %2 both build %3; a service is read from one pipeline.</source>
        <translation>Concourse: mae&apos;r piblinellau %1 a %2 ill dwy yn adeiladu %3; caiff gwasanaeth ei ddarllen o un biblinell.</translation>
    </message>
    <message>
        <source>ServiceNow: %1 &quot;%2&quot; is not a choice value; give its number, such as 3.</source>
        <translation>ServiceNow: nid yw %1 &quot;%2&quot; yn werth dewis; rhowch ei rif, fel 3.</translation>
    </message>
    <message>
        <source>ServiceNow: the planned start and duration are hours from now and cannot be negative.</source>
        <translation>ServiceNow: mae&apos;r dechrau a&apos;r hyd a gynlluniwyd yn oriau o nawr ac ni allant fod yn negatif.</translation>
    </message>
    <message>
        <source>ServiceNow: the extra field &quot;%1&quot; is not a column name such as u_business_service.</source>
        <translation>ServiceNow: nid yw&apos;r maes ychwanegol &quot;%1&quot; yn enw colofn fel u_business_service.</translation>
    </message>
    <message>
        <source>the fly target</source>
        <translation>y targed fly</translation>
    </message>
    <message>
        <source>%1: the address is not a web address.</source>
        <translation>%1: nid yw&apos;r cyfeiriad yn gyfeiriad gwe.</translation>
    </message>
    <message>
        <source>%1: the address %2 is not a web address.</source>
        <translation>%1: nid yw&apos;r cyfeiriad %2 yn gyfeiriad gwe.</translation>
    </message>
    <message>
        <source>%1: the address %2 holds a user name or password; give the account and its secret in their own fields instead.</source>
        <translation>%1: mae&apos;r cyfeiriad %2 yn cynnwys enw defnyddiwr neu gyfrinair; rhowch y cyfrif a&apos;i gyfrinach yn eu meysydd eu hunain yn lle hynny.</translation>
    </message>
    <message>
        <source>%1: the address %2 is plain http://, which is allowed only to this computer; use https://.</source>
        <translation>%1: mae&apos;r cyfeiriad %2 yn http:// plaen, a ganiateir i&apos;r cyfrifiadur hwn yn unig; defnyddiwch https://.</translation>
    </message>
    <message>
        <source>Concourse: the sign-in &quot;%1&quot; is none of password, token and fly.</source>
        <translation>Concourse: nid yw&apos;r mewngofnod &quot;%1&quot; yn un o password, token a fly.</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>y tîm</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>yr enw defnyddiwr</translation>
    </message>
    <message>
        <source>the account&apos;s email</source>
        <translation>e-bost y cyfrif</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>y prosiect</translation>
    </message>
    <message>
        <source>Jira: %1 is not a project key (such as CHS); several are apart by commas.</source>
        <translation>Jira: nid yw %1 yn allwedd prosiect (fel CHS); mae sawl un yn cael eu gwahanu gan atalnodau.</translation>
    </message>
    <message>
        <source>the field that names a task&apos;s service</source>
        <translation>y maes sy&apos;n enwi gwasanaeth tasg</translation>
    </message>
    <message>
        <source>the space</source>
        <translation>y gofod</translation>
    </message>
    <message>
        <source>Confluence: %1</source>
        <translation>Confluence: %1</translation>
    </message>
    <message>
        <source>the assignment group</source>
        <translation>y grŵp aseinio</translation>
    </message>
    <message>
        <source>the user name that signs in through the OAuth client</source>
        <translation>yr enw defnyddiwr sy&apos;n mewngofnodi drwy&apos;r cleient OAuth</translation>
    </message>
    <message>
        <source>the test task&apos;s type</source>
        <translation>math y dasg brofi</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>y sianel</translation>
    </message>
    <message>
        <source>the release team (a user group or user ids)</source>
        <translation>y tîm rhyddhau (grŵp defnyddwyr neu ids defnyddwyr)</translation>
    </message>
    <message>
        <source>Slack: %1 is not a Slack user id (U…); find it in the person&apos;s profile, under Copy member ID.</source>
        <translation>Slack: nid yw %1 yn id defnyddiwr Slack (U…); dewch o hyd iddo ym mhroffil yr unigolyn, o dan Copy member ID.</translation>
    </message>
    <message>
        <source>the owner (organisation)</source>
        <translation>y perchennog (sefydliad)</translation>
    </message>
    <message>
        <source>GitHub: %1 is not a repository name (&quot;payments&quot; or &quot;acme/payments&quot;).</source>
        <translation>GitHub: nid yw %1 yn enw ystorfa (&quot;payments&quot; neu &quot;acme/payments&quot;).</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsFile</name>
    <message>
        <source>%1/%2 is not a JSON object of text: %3</source>
        <translation>Nid yw %1/%2 yn wrthrych JSON o destun: %3</translation>
    </message>
    <message>
        <source>The connection settings in %1 could not be read; fix or remove the file.</source>
        <translation>Nid oedd modd darllen gosodiadau&apos;r cysylltiadau yn %1; trwsiwch neu dilëwch y ffeil.</translation>
    </message>
    <message>
        <source>The connection settings in %1 could not be read (%2); fix or remove the file.</source>
        <translation>Nid oedd modd darllen gosodiadau&apos;r cysylltiadau yn %1 (%2); trwsiwch neu dilëwch y ffeil.</translation>
    </message>
    <message>
        <source>The connection settings could not be saved to %1.</source>
        <translation>Nid oedd modd cadw gosodiadau&apos;r cysylltiadau i %1.</translation>
    </message>
</context>
<context>
    <name>DashboardCells</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tasks passed in %2</source>
        <translation>
            <numerusform>%1 o %n tasg wedi pasio yn %2</numerusform>
            <numerusform>%1 o %n dasg wedi pasio yn %2</numerusform>
            <numerusform>%1 o %n tasg wedi pasio yn %2</numerusform>
            <numerusform>%1 o %n thasg wedi pasio yn %2</numerusform>
            <numerusform>%1 o %n tasg wedi pasio yn %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Wedi methu: %1</translation>
    </message>
    <message>
        <source>Not tested yet: %1</source>
        <translation>Heb eu profi eto: %1</translation>
    </message>
    <message>
        <source>The release ships no service.</source>
        <translation>Nid yw&apos;r rhyddhad yn cynnwys unrhyw wasanaeth.</translation>
    </message>
    <message>
        <source>  %1 #%2: %3</source>
        <translation>  %1 #%2: %3</translation>
    </message>
    <message>
        <source>  %1: not run</source>
        <translation>  %1: heb redeg</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 awr</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 diwrnod</translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>The demo cannot use the profile folder %1: its connections cannot be read (%2). Choose another folder with --profile, or leave --profile out for a temporary one.</source>
        <translation>Ni all y demo ddefnyddio&apos;r ffolder proffil %1: nid oes modd darllen ei gysylltiadau (%2). Dewiswch ffolder arall gyda --profile, neu gadewch --profile allan i gael un dros dro.</translation>
    </message>
    <message>
        <source>The demo cannot use the profile folder %1: it is connected to %2. The demo would replace those connections with its sandbox. Choose another folder with --profile, or leave --profile out for a temporary one.</source>
        <translation>Ni all y demo ddefnyddio&apos;r ffolder proffil %1: mae wedi&apos;i gysylltu â %2. Byddai&apos;r demo yn disodli&apos;r cysylltiadau hynny â&apos;i flwch tywod. Dewiswch ffolder arall gyda --profile, neu gadewch --profile allan i gael un dros dro.</translation>
    </message>
    <message>
        <source>The demo cannot use the profile folder %1: changes in its outbox have not been sent (%2, waiting or failed), and the demo would send them to its sandbox instead. Choose another folder with --profile, or leave --profile out for a temporary one.</source>
        <translation>Ni all y demo ddefnyddio&apos;r ffolder proffil %1: nid yw newidiadau yn ei flwch allan wedi&apos;u hanfon (%2, yn aros neu wedi methu), a byddai&apos;r demo yn eu hanfon i&apos;w flwch tywod yn lle hynny. Dewiswch ffolder arall gyda --profile, neu gadewch --profile allan i gael un dros dro.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Could not export: no file was named.</source>
        <translation>Methu allforio: ni roddwyd enw ffeil.</translation>
    </message>
</context>
<context>
    <name>FieldEditCommand</name>
    <message>
        <source>edit of the description</source>
        <translation>golygiad y disgrifiad</translation>
    </message>
    <message>
        <source>edit of the backout plan</source>
        <translation>golygiad y cynllun tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>edit of the config changes</source>
        <translation>golygiad y newidiadau ffurfweddu</translation>
    </message>
    <message>
        <source>&quot;No config changes&quot;</source>
        <translation>&quot;Dim newidiadau ffurfweddu&quot;</translation>
    </message>
    <message>
        <source>edit of the version of %1</source>
        <translation>golygiad fersiwn %1</translation>
    </message>
    <message>
        <source>edit of the deployment type of %1</source>
        <translation>golygiad math lleoli %1</translation>
    </message>
</context>
<context>
    <name>FixVersionFollow</name>
    <message>
        <source>%1 no longer has fix version %2 in Jira</source>
        <translation>Nid oes gan %1 y fersiwn atgyweirio %2 yn Jira mwyach</translation>
    </message>
    <message>
        <source>%1 has fix version %2 in Jira</source>
        <translation>Mae gan %1 y fersiwn atgyweirio %2 yn Jira</translation>
    </message>
    <message>
        <source>no release date</source>
        <translation>dim dyddiad rhyddhau</translation>
    </message>
    <message>
        <source>from Jira: fix version %1 is released (%2)</source>
        <translation>o Jira: mae&apos;r fersiwn atgyweirio %1 wedi&apos;i rhyddhau (%2)</translation>
    </message>
    <message>
        <source>from Jira: fix version %1 is archived</source>
        <translation>o Jira: mae&apos;r fersiwn atgyweirio %1 wedi&apos;i harchifo</translation>
    </message>
</context>
<context>
    <name>FixVersionSender</name>
    <message>
        <source>Jira: the fix version %1 could not be looked up: %2</source>
        <translation>Jira: nid oedd modd chwilio am y fersiwn atgyweirio %1: %2</translation>
    </message>
    <message>
        <source>Jira: the fix version %1 could not be created: %2</source>
        <translation>Jira: nid oedd modd creu&apos;r fersiwn atgyweirio %1: %2</translation>
    </message>
    <message>
        <source>Jira: %1 could not be added to release %2: %3</source>
        <translation>Jira: nid oedd modd ychwanegu %1 at ryddhad %2: %3</translation>
    </message>
    <message>
        <source>Jira: %1 could not be removed from release %2: %3</source>
        <translation>Jira: nid oedd modd tynnu %1 o ryddhad %2: %3</translation>
    </message>
    <message>
        <source>Jira: the fix version %1 is gone, so it cannot be %2. Create it again in Jira, or discard this write.</source>
        <translation>Jira: mae&apos;r fersiwn atgyweirio %1 wedi mynd, felly nid oes modd %2. Crëwch hi eto yn Jira, neu gwaredwch yr ysgrifiad hwn.</translation>
    </message>
    <message>
        <source>marked released</source>
        <translation>ei nodi wedi&apos;i rhyddhau</translation>
    </message>
    <message>
        <source>Jira: the fix version %1 could not be marked released: %2</source>
        <translation>Jira: nid oedd modd nodi bod y fersiwn atgyweirio %1 wedi&apos;i rhyddhau: %2</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>ei harchifo</translation>
    </message>
    <message>
        <source>Jira: the fix version %1 could not be archived: %2</source>
        <translation>Jira: nid oedd modd archifo&apos;r fersiwn atgyweirio %1: %2</translation>
    </message>
</context>
<context>
    <name>Flyrc</name>
    <message>
        <source>the indentation does not match the lines above</source>
        <translation>nid yw&apos;r mewnoliad yn cyfateb i&apos;r llinellau uchod</translation>
    </message>
    <message>
        <source>a tab indents the line; YAML allows spaces only</source>
        <translation>mae tab yn mewnoli&apos;r llinell; dim ond bylchau y mae YAML yn eu caniatáu</translation>
    </message>
    <message>
        <source>fly writes no lists</source>
        <translation>nid yw fly yn ysgrifennu rhestrau</translation>
    </message>
    <message>
        <source>a line of a mapping must be &quot;key: value&quot;</source>
        <translation>rhaid i linell mewn mapio fod ar ffurf &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice</source>
        <translation>mae&apos;r allwedd &quot;%1&quot; wedi&apos;i rhoi ddwywaith</translation>
    </message>
    <message>
        <source>text follows a quoted value</source>
        <translation>mae testun yn dilyn gwerth mewn dyfynodau</translation>
    </message>
    <message>
        <source>the value starts with &quot;%1&quot;, YAML that fly does not write</source>
        <translation>mae&apos;r gwerth yn dechrau gyda &quot;%1&quot;, YAML nad yw fly yn ei ysgrifennu</translation>
    </message>
    <message>
        <source>a value goes on over several lines, which fly does not write</source>
        <translation>mae gwerth yn parhau dros sawl llinell, rhywbeth nad yw fly yn ei ysgrifennu</translation>
    </message>
    <message>
        <source>a block value&apos;s header must be |, |- or |+</source>
        <translation>rhaid i bennyn gwerth bloc fod yn |, |- neu |+</translation>
    </message>
    <message>
        <source>a quoted value holds an escape YAML does not know</source>
        <translation>mae gwerth mewn dyfynodau yn cynnwys dihangiad nad yw YAML yn ei adnabod</translation>
    </message>
    <message>
        <source>a quoted value does not end on its line</source>
        <translation>nid yw gwerth mewn dyfynodau yn gorffen ar ei linell</translation>
    </message>
    <message>
        <source>line %1: %2.</source>
        <translation>llinell %1: %2.</translation>
    </message>
    <message>
        <source>line %1: %2 must be text, not a mapping.</source>
        <translation>llinell %1: mae angen testun ar gyfer %2, nid mapio.</translation>
    </message>
    <message>
        <source>line %1: %2 must be a mapping.</source>
        <translation>llinell %1: mae angen mapio ar gyfer %2.</translation>
    </message>
    <message>
        <source>the target %1</source>
        <translation>y targed %1</translation>
    </message>
    <message>
        <source>line %1: %2 insecure must be true or false.</source>
        <translation>llinell %1: mae angen true neu false ar gyfer %2 insecure.</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>targets</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message numerus="yes">
        <source>GitHub %1: the rate limit is spent; try again in %n minutes.</source>
        <translation>
            <numerusform>GitHub %1: mae&apos;r terfyn cyfradd wedi&apos;i ddefnyddio; ceisiwch eto ymhen %n munud.</numerusform>
            <numerusform>GitHub %1: mae&apos;r terfyn cyfradd wedi&apos;i ddefnyddio; ceisiwch eto ymhen %n munud.</numerusform>
            <numerusform>GitHub %1: mae&apos;r terfyn cyfradd wedi&apos;i ddefnyddio; ceisiwch eto ymhen %n munud.</numerusform>
            <numerusform>GitHub %1: mae&apos;r terfyn cyfradd wedi&apos;i ddefnyddio; ceisiwch eto ymhen %n munud.</numerusform>
            <numerusform>GitHub %1: mae&apos;r terfyn cyfradd wedi&apos;i ddefnyddio; ceisiwch eto ymhen %n munud.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GitHub said: %2</source>
        <translation>%1 Dywedodd GitHub: %2</translation>
    </message>
    <message>
        <source>GitHub %1: the answer is not a list.</source>
        <translation>GitHub %1: nid yw&apos;r ateb yn rhestr.</translation>
    </message>
    <message>
        <source>GitHub %1: the next page is on another server (%2); the token is not sent there.</source>
        <translation>GitHub %1: mae&apos;r dudalen nesaf ar weinydd arall (%2); nid yw&apos;r tocyn yn cael ei anfon yno.</translation>
    </message>
    <message>
        <source>GitHub %1: more than %2 pages; narrow the repositories in the connection settings.</source>
        <translation>GitHub %1: mwy na %2 tudalen; cyfyngwch yr ystorfeydd yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>defnyddiwr</translation>
    </message>
    <message>
        <source>repositories</source>
        <translation>ystorfeydd</translation>
    </message>
    <message>
        <source>GitHub: no organisation or user %1 was found, or the token may not see it; check the owner in the connection settings.</source>
        <translation>GitHub: ni chafwyd hyd i sefydliad na defnyddiwr %1, neu efallai na all y tocyn ei weld; gwiriwch y perchennog yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>pull requests</source>
        <translation>ceisiadau tynnu</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>adolygiadau</translation>
    </message>
</context>
<context>
    <name>GitHubSync</name>
    <message>
        <source>GitHub: peer review looks for the Jira project&apos;s task keys in the pull requests; connect Jira with its project first.</source>
        <translation>GitHub: mae adolygu gan gymheiriaid yn chwilio am allweddi tasgau prosiect Jira yn y ceisiadau tynnu; cysylltwch Jira a&apos;i brosiect yn gyntaf.</translation>
    </message>
    <message>
        <source>pull requests</source>
        <translation>ceisiadau tynnu</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>on the way</source>
        <translation>ar y llwybr</translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 refused the connection; check the proxy in the connection settings, or that it is running.</source>
        <translation>%1 %2: gwrthododd y dirprwy %3 y cysylltiad; gwiriwch y dirprwy yng ngosodiadau&apos;r cysylltiad, neu ei fod yn rhedeg.</translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 was not found; check the proxy in the connection settings.</source>
        <translation>%1 %2: ni chafwyd hyd i&apos;r dirprwy %3; gwiriwch y dirprwy yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 closed the connection before the server answered; it may not let this address through.</source>
        <translation>%1 %2: caeodd y dirprwy %3 y cysylltiad cyn i&apos;r gweinydd ateb; efallai nad yw&apos;n gadael y cyfeiriad hwn drwodd.</translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 did not answer in time; try again later.</source>
        <translation>%1 %2: ni atebodd y dirprwy %3 mewn pryd; ceisiwch eto nes ymlaen.</translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 asks for a sign-in (407), which ReleaseDesk cannot give; ask for this address to be let through, or choose another proxy in the connection settings.</source>
        <translation>%1 %2: mae&apos;r dirprwy %3 yn gofyn am fewngofnodi (407), ac ni all ReleaseDesk wneud hynny; gofynnwch i&apos;r cyfeiriad hwn gael ei adael drwodd, neu dewiswch ddirprwy arall yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 failed (%4).</source>
        <translation>%1 %2: methodd y dirprwy %3 (%4).</translation>
    </message>
    <message>
        <source>%1 %2: the server&apos;s certificate is not trusted: issued by &apos;%3&apos;, not in the system&apos;s CA list. If the company inspects secure connections, give its CA bundle in the connection settings.</source>
        <translation>%1 %2: nid oes modd ymddiried yn nhystysgrif y gweinydd: fe&apos;i cyhoeddwyd gan &apos;%3&apos;, nad yw yn rhestr CA y system. Os yw&apos;r cwmni&apos;n archwilio cysylltiadau diogel, rhowch ei fwndel CA yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 %2: the server&apos;s certificate is not trusted: issued by &apos;%3&apos;, not in the system&apos;s CA list nor in %4.</source>
        <translation>%1 %2: nid oes modd ymddiried yn nhystysgrif y gweinydd: fe&apos;i cyhoeddwyd gan &apos;%3&apos;, nad yw yn rhestr CA y system nac yn %4.</translation>
    </message>
    <message>
        <source>%1 %2: the server did not answer within %3 seconds; try again later.</source>
        <translation>%1 %2: ni atebodd y gweinydd o fewn %3 eiliad; ceisiwch eto nes ymlaen.</translation>
    </message>
    <message>
        <source>%1 %2: the secure connection failed (%3); the server&apos;s certificate is not trusted.</source>
        <translation>%1 %2: methodd y cysylltiad diogel (%3); nid oes modd ymddiried yn nhystysgrif y gweinydd.</translation>
    </message>
    <message>
        <source>%1 %2: the answer broke off (%3); try again later.</source>
        <translation>%1 %2: torrodd yr ateb ar ei hanner (%3); ceisiwch eto nes ymlaen.</translation>
    </message>
    <message>
        <source>%1 %2: could not reach the server (%3); check the network and the address in the connection settings.</source>
        <translation>%1 %2: methu cyrraedd y gweinydd (%3); gwiriwch y rhwydwaith a&apos;r cyfeiriad yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 %2: the server did not accept the credentials (%3); check the account and token in the connection settings.</source>
        <translation>%1 %2: ni dderbyniodd y gweinydd y manylion mewngofnodi (%3); gwiriwch y cyfrif a&apos;r tocyn yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 %2: the account is not allowed to do this (%3).</source>
        <translation>%1 %2: nid oes gan y cyfrif ganiatâd i wneud hyn (%3).</translation>
    </message>
    <message>
        <source>%1 %2: not found (%3); check the address and that the item still exists.</source>
        <translation>%1 %2: heb ei ganfod (%3); gwiriwch y cyfeiriad a bod yr eitem yn dal i fodoli.</translation>
    </message>
    <message>
        <source>%1 %2: the server reported a conflict (%3); someone may have changed it meanwhile.</source>
        <translation>%1 %2: adroddodd y gweinydd wrthdaro (%3); efallai fod rhywun wedi&apos;i newid yn y cyfamser.</translation>
    </message>
    <message>
        <source>%1 %2: the server gave up waiting (%3); try again later.</source>
        <translation>%1 %2: rhoddodd y gweinydd y gorau i aros (%3); ceisiwch eto nes ymlaen.</translation>
    </message>
    <message>
        <source>%1 %2: the server is limiting requests (%3); try again in a few minutes.</source>
        <translation>%1 %2: mae&apos;r gweinydd yn cyfyngu ar geisiadau (%3); ceisiwch eto ymhen ychydig funudau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: the server answered %3 %n times; try again later.</source>
        <translation>
            <numerusform>%1 %2: atebodd y gweinydd %3 %n gwaith; ceisiwch eto nes ymlaen.</numerusform>
            <numerusform>%1 %2: atebodd y gweinydd %3 %n gwaith; ceisiwch eto nes ymlaen.</numerusform>
            <numerusform>%1 %2: atebodd y gweinydd %3 %n gwaith; ceisiwch eto nes ymlaen.</numerusform>
            <numerusform>%1 %2: atebodd y gweinydd %3 %n gwaith; ceisiwch eto nes ymlaen.</numerusform>
            <numerusform>%1 %2: atebodd y gweinydd %3 %n gwaith; ceisiwch eto nes ymlaen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the server answered %3; try again later.</source>
        <translation>%1 %2: atebodd y gweinydd %3; ceisiwch eto nes ymlaen.</translation>
    </message>
    <message>
        <source>%1 %2: the server refused the request (%3).</source>
        <translation>%1 %2: gwrthododd y gweinydd y cais (%3).</translation>
    </message>
    <message>
        <source>%1 %2: the answer was cut off (%3 of %4 bytes arrived); try again later.</source>
        <translation>%1 %2: cafodd yr ateb ei dorri&apos;n fyr (cyrhaeddodd %3 o %4 beit); ceisiwch eto nes ymlaen.</translation>
    </message>
    <message>
        <source>%1 %2: the server answered with a web page instead of data; a proxy or single sign-on login may be in the way: check the address in the connection settings.</source>
        <translation>%1 %2: atebodd y gweinydd â thudalen we yn lle data; efallai fod dirprwy neu fewngofnodi sengl (SSO) yn y ffordd: gwiriwch y cyfeiriad yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 %2: the server answered with %3 instead of JSON; check the address in the connection settings.</source>
        <translation>%1 %2: atebodd y gweinydd â %3 yn lle JSON; gwiriwch y cyfeiriad yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 %2: the answer is not valid JSON (%3 at byte %4); try again later.</source>
        <translation>%1 %2: nid yw&apos;r ateb yn JSON dilys (%3 ar feit %4); ceisiwch eto nes ymlaen.</translation>
    </message>
    <message>
        <source>%1 %2: the answer is larger than %3; stopped reading it. Check the address in the connection settings.</source>
        <translation>%1 %2: mae&apos;r ateb yn fwy na %3; wedi stopio ei ddarllen. Gwiriwch y cyfeiriad yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 %2: refusing to send to %3; only https:// addresses are allowed, and plain http:// only to this computer.</source>
        <translation>%1 %2: yn gwrthod anfon i %3; dim ond cyfeiriadau https:// a ganiateir, a http:// plaen i&apos;r cyfrifiadur hwn yn unig.</translation>
    </message>
    <message>
        <source>%1 %2: %3 sent the request on to %4; refusing to follow it there, so that the credentials stay with %3. Check the address in the connection settings.</source>
        <translation>%1 %2: anfonodd %3 y cais ymlaen i %4; yn gwrthod ei ddilyn yno, fel bod y manylion mewngofnodi&apos;n aros gyda %3. Gwiriwch y cyfeiriad yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1: the CA bundle %2 holds no certificate that can be read.</source>
        <translation>%1: nid yw&apos;r bwndel CA %2 yn cynnwys unrhyw dystysgrif y gellir ei darllen.</translation>
    </message>
</context>
<context>
    <name>Integrations</name>
    <message>
        <source>%1 is not connected. Set it up in Settings → Connections (or with releasedesk-cli connect).</source>
        <translation>Nid yw %1 wedi&apos;i gysylltu. Gosodwch ef yn Gosodiadau → Cysylltiadau (neu gyda releasedesk-cli connect).</translation>
    </message>
</context>
<context>
    <name>JiraClient</name>
    <message>
        <source>%1 Jira said: %2</source>
        <translation>%1 Dywedodd Jira: %2</translation>
    </message>
    <message>
        <source>Jira %1: the answer could not be read: %2.</source>
        <translation>Jira %1: nid oedd modd darllen yr ateb: %2.</translation>
    </message>
    <message>
        <source>sign-in check</source>
        <translation>gwirio mewngofnodi</translation>
    </message>
    <message>
        <source>transitions</source>
        <translation>trawsnewidiadau</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>trawsnewid</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>sylw</translation>
    </message>
    <message>
        <source>project versions</source>
        <translation>fersiynau&apos;r prosiect</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>meysydd</translation>
    </message>
    <message>
        <source>Jira: the service field: %1</source>
        <translation>Jira: y maes gwasanaeth: %1</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>mater</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>aseinai</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>sylwadau</translation>
    </message>
    <message>
        <source>Jira comments: stopped after %1 pages without reaching the end.</source>
        <translation>Sylwadau Jira: wedi stopio ar ôl %1 tudalen heb gyrraedd y diwedd.</translation>
    </message>
    <message>
        <source>search</source>
        <translation>chwilio</translation>
    </message>
    <message>
        <source>Jira search: stopped after %1 pages without reaching the end; narrow the search.</source>
        <translation>Chwilio Jira: wedi stopio ar ôl %1 tudalen heb gyrraedd y diwedd; culhewch y chwiliad.</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>fersiwn newydd</translation>
    </message>
    <message>
        <source>release version</source>
        <translation>rhyddhau fersiwn</translation>
    </message>
    <message>
        <source>archive version</source>
        <translation>archifo fersiwn</translation>
    </message>
    <message>
        <source>fix versions</source>
        <translation>fersiynau atgyweirio</translation>
    </message>
    <message>
        <source>fix version</source>
        <translation>fersiwn atgyweirio</translation>
    </message>
</context>
<context>
    <name>JiraParse</name>
    <message>
        <source>the field &apos;%1&apos; is neither text nor a document</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn destun nac yn ddogfen</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a time: %2</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn amser: %2</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a date: %2</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn ddyddiad: %2</translation>
    </message>
    <message>
        <source>Jira has no field named &quot;%1&quot; that this account can see; give the field&apos;s name as Jira lists it, or its id (customfield_…).</source>
        <translation>Nid oes gan Jira faes o&apos;r enw &quot;%1&quot; y gall y cyfrif hwn ei weld; rhowch enw&apos;r maes fel y mae Jira yn ei restru, neu ei id (customfield_…).</translation>
    </message>
    <message>
        <source>Jira has several fields named &quot;%1&quot; (%2); give the id of the one that names the service.</source>
        <translation>Mae gan Jira sawl maes o&apos;r enw &quot;%1&quot; (%2); rhowch id yr un sy&apos;n enwi&apos;r gwasanaeth.</translation>
    </message>
</context>
<context>
    <name>JiraSync</name>
    <message>
        <source>Jira connection: %1</source>
        <translation>Cysylltiad Jira: %1</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasgau</translation>
    </message>
    <message>
        <source>The comments of %1: %2</source>
        <translation>Sylwadau %1: %2</translation>
    </message>
</context>
<context>
    <name>JiraTaskQuery</name>
    <message>
        <source>Type a JQL query, such as fixVersion = &quot;2026.11.3&quot;.</source>
        <translation>Teipiwch ymholiad JQL, fel fixVersion = &quot;2026.11.3&quot;.</translation>
    </message>
    <message>
        <source>This JQL cannot be run: %1</source>
        <translation>Nid oes modd rhedeg y JQL hwn: %1</translation>
    </message>
    <message>
        <source>Jira connection: %1</source>
        <translation>Cysylltiad Jira: %1</translation>
    </message>
</context>
<context>
    <name>JqlQuery</name>
    <message>
        <source>The extra JQL has a backslash outside quotes; put the value in quotes: %1</source>
        <translation>Mae slaes ôl y tu allan i ddyfynodau yn y JQL ychwanegol; rhowch y gwerth mewn dyfynodau: %1</translation>
    </message>
    <message>
        <source>The extra JQL closes a parenthesis it did not open: %1</source>
        <translation>Mae&apos;r JQL ychwanegol yn cau cromfach nad agorodd: %1</translation>
    </message>
    <message>
        <source>The extra JQL leaves a quote open: %1</source>
        <translation>Mae&apos;r JQL ychwanegol yn gadael dyfynnod ar agor: %1</translation>
    </message>
    <message>
        <source>The extra JQL leaves a parenthesis open: %1</source>
        <translation>Mae&apos;r JQL ychwanegol yn gadael cromfach ar agor: %1</translation>
    </message>
    <message>
        <source>The extra JQL may only restrict the search; ReleaseDesk sets the order: %1</source>
        <translation>Dim ond cyfyngu&apos;r chwiliad y caiff y JQL ychwanegol ei wneud; ReleaseDesk sy&apos;n gosod y drefn: %1</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>nid yw&apos;r ateb yn wrthrych JSON</translation>
    </message>
    <message>
        <source>the answer is not a JSON list</source>
        <translation>nid yw&apos;r ateb yn rhestr JSON</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing</source>
        <translation>mae&apos;r maes &apos;%1&apos; ar goll</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not text</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn destun</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not an object</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn wrthrych</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a list</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn rhestr</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a whole number</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn rhif cyfan</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a count</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn gyfrif</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not true or false</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn wir nac yn anwir</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keychain available: %1. ReleaseDesk keeps secrets only in the system keychain; start and unlock a Secret Service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>Dim cadwyn allweddi ar gael: %1. Mae ReleaseDesk yn cadw cyfrinachau yng nghadwyn allweddi&apos;r system yn unig; dechreuwch a datgloi Secret Service (fel GNOME Keyring neu KWallet) a cheisiwch eto.</translation>
    </message>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation>Nid oes cyfrinach wedi&apos;i chadw ar gyfer y cysylltiad hwn eto.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow ReleaseDesk to use it and try again.</source>
        <translation>Gwrthodwyd mynediad i&apos;r gadwyn allweddi. Caniatewch i ReleaseDesk ei defnyddio a cheisiwch eto.</translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked. Unlock it and try again (%1).</source>
        <translation>Gwrthododd y gadwyn allweddi fynediad; efallai ei bod wedi&apos;i chloi. Datglowch hi a cheisiwch eto (%1).</translation>
    </message>
    <message>
        <source>The secret could not be removed from the keychain (%1).</source>
        <translation>Nid oedd modd tynnu&apos;r gyfrinach o&apos;r gadwyn allweddi (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Methodd y gadwyn allweddi: %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 a %n arall</numerusform>
            <numerusform>%1 a %n arall</numerusform>
            <numerusform>%1 a %n arall</numerusform>
            <numerusform>%1 a %n arall</numerusform>
            <numerusform>%1 a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>The release has no tasks.</source>
        <translation>Nid oes gan y rhyddhad unrhyw dasgau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tasks not yet passed in %2: %3</source>
        <translation>
            <numerusform>%1 o %n tasg heb basio eto yn %2: %3</numerusform>
            <numerusform>%1 o %n dasg heb basio eto yn %2: %3</numerusform>
            <numerusform>%1 o %n tasg heb basio eto yn %2: %3</numerusform>
            <numerusform>%1 o %n thasg heb basio eto yn %2: %3</numerusform>
            <numerusform>%1 o %n tasg heb basio eto yn %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed in %1, to be fixed and tested again: %2</source>
        <translation>Wedi methu yn %1, i&apos;w trwsio a&apos;u profi eto: %2</translation>
    </message>
    <message>
        <source>The release ships no service.</source>
        <translation>Nid yw&apos;r rhyddhad yn cynnwys unrhyw wasanaeth.</translation>
    </message>
    <message>
        <source>%1 has no version to release.</source>
        <translation>Nid oes gan %1 fersiwn i&apos;w rhyddhau.</translation>
    </message>
    <message>
        <source>%1 %2: %3 has not succeeded (latest build #%4 %5).</source>
        <translation>%1 %2: nid yw %3 wedi llwyddo (adeiladiad diweddaraf #%4: %5).</translation>
    </message>
    <message>
        <source>%1 %2: %3 has not run for this version.</source>
        <translation>%1 %2: nid yw %3 wedi rhedeg ar gyfer y fersiwn hon.</translation>
    </message>
    <message>
        <source>No ServiceNow change ticket has been raised yet.</source>
        <translation>Nid oes tocyn newid ServiceNow wedi&apos;i godi eto.</translation>
    </message>
    <message>
        <source>The change ticket needs the link to the published notes.</source>
        <translation>Mae angen i&apos;r tocyn newid gynnwys y ddolen i&apos;r nodiadau a gyhoeddwyd.</translation>
    </message>
    <message>
        <source>Staging has not been requested in the release channel yet.</source>
        <translation>Nid oes cais am Staging wedi&apos;i wneud yn y sianel rhyddhau eto.</translation>
    </message>
    <message>
        <source>The release team has not confirmed staging: no ServiceNow test task number yet.</source>
        <translation>Nid yw&apos;r tîm rhyddhau wedi cadarnhau Staging: dim rhif tasg brofi ServiceNow eto.</translation>
    </message>
    <message>
        <source>Live has not been requested in the release channel yet.</source>
        <translation>Nid oes cais am Live wedi&apos;i wneud yn y sianel rhyddhau eto.</translation>
    </message>
    <message>
        <source>The release team has not confirmed the release is live.</source>
        <translation>Nid yw&apos;r tîm rhyddhau wedi cadarnhau bod y rhyddhad yn fyw.</translation>
    </message>
    <message>
        <source>There is no backout plan to follow.</source>
        <translation>Nid oes cynllun tynnu&apos;n ôl i&apos;w ddilyn.</translation>
    </message>
    <message>
        <source>%1: no pull request names it; name the task in the pull request&apos;s title or branch.</source>
        <translation>%1: nid oes cais tynnu yn ei henwi; enwch y dasg yn nheitl neu gangen y cais tynnu.</translation>
    </message>
    <message>
        <source>%1: its pull request %2 is not merged (%3).</source>
        <translation>%1: nid yw ei chais tynnu %2 wedi&apos;i gyfuno (%3).</translation>
    </message>
    <message>
        <source>A release cannot move from %1 to %2.</source>
        <translation>Ni all rhyddhad symud o&apos;r cam %1 i&apos;r cam %2.</translation>
    </message>
    <message>
        <source>Moving a release to %1 needs a reason.</source>
        <translation>Mae angen rheswm i symud rhyddhad i&apos;r cam %1.</translation>
    </message>
    <message>
        <source>%1 is blocked: %2</source>
        <translation>Mae&apos;r cam %1 wedi&apos;i rwystro: %2</translation>
    </message>
    <message>
        <source>Release notes: the description of changes is missing.</source>
        <translation>Nodiadau rhyddhau: mae&apos;r disgrifiad o&apos;r newidiadau ar goll.</translation>
    </message>
    <message>
        <source>Release notes: the backout plan is missing.</source>
        <translation>Nodiadau rhyddhau: mae&apos;r cynllun tynnu&apos;n ôl ar goll.</translation>
    </message>
    <message>
        <source>Release notes: config changes are not stated (describe them, or mark that there are none).</source>
        <translation>Nodiadau rhyddhau: nid yw&apos;r newidiadau ffurfweddu wedi&apos;u nodi (disgrifiwch nhw, neu nodwch nad oes rhai).</translation>
    </message>
    <message>
        <source>Release notes: %1 has no version to release.</source>
        <translation>Nodiadau rhyddhau: nid oes gan %1 fersiwn i&apos;w rhyddhau.</translation>
    </message>
    <message>
        <source>Release notes: %1 has no deployment type.</source>
        <translation>Nodiadau rhyddhau: nid oes gan %1 fath lleoli.</translation>
    </message>
    <message>
        <source>Release notes: no service version to release.</source>
        <translation>Nodiadau rhyddhau: dim fersiwn gwasanaeth i&apos;w rhyddhau.</translation>
    </message>
    <message>
        <source>The release notes are not published to Confluence yet.</source>
        <translation>Nid yw&apos;r nodiadau rhyddhau wedi&apos;u cyhoeddi i Confluence eto.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation>Nid oedd modd darllen fersiwn sgema %1: %2</translation>
    </message>
    <message>
        <source>The migration list is broken: step %1 has version %2.</source>
        <translation>Mae&apos;r rhestr mudo wedi torri: mae gan gam %1 fersiwn %2.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the database at schema %1 in %2 before upgrading it; it was not changed: %3</source>
        <translation>Nid oedd modd cadw copi o&apos;r gronfa ddata ar sgema %1 yn %2 cyn ei huwchraddio; nid yw wedi&apos;i newid: %3</translation>
    </message>
    <message>
        <source>This database was written by a newer ReleaseDesk (schema %1; this build knows up to %2). It was not modified.</source>
        <translation>Cafodd y gronfa ddata hon ei hysgrifennu gan ReleaseDesk mwy newydd (sgema %1; mae&apos;r adeiladiad hwn yn adnabod hyd at %2). Nid yw wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema %1 (%2); it stays at schema %3: %4</source>
        <translation>Nid oedd modd uwchraddio&apos;r gronfa ddata i sgema %1 (%2); mae&apos;n aros ar sgema %3: %4</translation>
    </message>
</context>
<context>
    <name>NetworkRoute</name>
    <message>
        <source>%1: the proxy %2 is not a proxy address; write it as http://host:port (or socks5://host:port), or none.</source>
        <translation>%1: nid yw&apos;r dirprwy %2 yn gyfeiriad dirprwy; ysgrifennwch ef fel http://host:port (neu socks5://host:port), neu none.</translation>
    </message>
    <message>
        <source>%1: the proxy address holds a user name or password, which the connection settings must not keep; give the address alone.</source>
        <translation>%1: mae cyfeiriad y dirprwy yn cynnwys enw defnyddiwr neu gyfrinair, ac ni ddylai gosodiadau&apos;r cysylltiad eu cadw; rhowch y cyfeiriad yn unig.</translation>
    </message>
    <message>
        <source>%1: the CA bundle %2 cannot be read (%3).</source>
        <translation>%1: nid oes modd darllen y bwndel CA %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the CA bundle %2 holds no certificate; it must be a PEM file of &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>%1: nid yw&apos;r bwndel CA %2 yn cynnwys tystysgrif; rhaid iddo fod yn ffeil PEM o flociau &quot;-----BEGIN CERTIFICATE-----&quot;.</translation>
    </message>
</context>
<context>
    <name>NotesDocument</name>
    <message>
        <source>The notes could not be printed on %1.</source>
        <translation>Nid oedd modd argraffu&apos;r nodiadau ar %1.</translation>
    </message>
    <message>
        <source>Release notes %1.pdf</source>
        <translation>Nodiadau rhyddhau %1.pdf</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf or .md: the notes are exported as PDF or Markdown.</source>
        <translation>Dewiswch ffeil sy&apos;n gorffen â .pdf neu .md: mae&apos;r nodiadau&apos;n cael eu hallforio fel PDF neu Markdown.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export release notes</source>
        <translation>Allforio nodiadau rhyddhau</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>NotesDraftFolder</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>nid yw&apos;n JSON (%1 ar beit %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>nid yw&apos;n wrthrych JSON</translation>
    </message>
    <message>
        <source>it has format %1, not %2</source>
        <translation>ei fformat yw %1, nid %2</translation>
    </message>
    <message>
        <source>it does not say when it was kept</source>
        <translation>nid yw&apos;n nodi pryd y cafodd ei gadw</translation>
    </message>
    <message>
        <source>a field of the notes has the wrong type</source>
        <translation>mae gan un o feysydd y nodiadau y math anghywir</translation>
    </message>
    <message>
        <source>a service in it is not a service name with a version and a deployment type</source>
        <translation>mae gwasanaeth ynddo nad yw&apos;n enw gwasanaeth gyda fersiwn a math lleoli</translation>
    </message>
    <message>
        <source>The draft notes in %1 could not be read: %2</source>
        <translation>Nid oedd modd darllen y nodiadau drafft yn %1: %2</translation>
    </message>
    <message>
        <source>The draft notes in %1 could not be read: %2. The file is left as it is; move it away to start a new draft.</source>
        <translation>Nid oedd modd darllen y nodiadau drafft yn %1: %2. Mae&apos;r ffeil wedi&apos;i gadael fel y mae; symudwch hi o&apos;r ffordd i ddechrau drafft newydd.</translation>
    </message>
    <message>
        <source>The draft notes could not be kept in %1: %2</source>
        <translation>Nid oedd modd cadw&apos;r nodiadau drafft yn %1: %2</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>nid oedd modd creu&apos;r ffolder</translation>
    </message>
    <message>
        <source>The draft notes in %1 could not be removed: %2</source>
        <translation>Nid oedd modd dileu&apos;r nodiadau drafft yn %1: %2</translation>
    </message>
</context>
<context>
    <name>NotesMarkdown</name>
    <message>
        <source>Confluence page: %1</source>
        <translation>Tudalen Confluence: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Tocyn newid: %1</translation>
    </message>
</context>
<context>
    <name>NotesTemplate</name>
    <message>
        <source>The version of %1 that is live now is not known (no earlier successful cidev-apply build): say which version to roll back to.</source>
        <translation>Nid yw&apos;n hysbys pa fersiwn o %1 sy&apos;n fyw nawr (dim adeiladiad cidev-apply llwyddiannus cynharach): nodwch pa fersiwn i ddychwelyd iddi wrth dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>%1 %2: the pipelines have no successful build of %1 at all.</source>
        <translation>%1 %2: nid oes gan y piblinellau unrhyw adeiladiad llwyddiannus o %1 o gwbl.</translation>
    </message>
    <message>
        <source>%1 %2 does not match the pipelines: their latest successful build is %3 (%4 #%5).</source>
        <translation>Nid yw %1 %2 yn cyfateb i&apos;r piblinellau: eu hadeiladiad llwyddiannus diweddaraf yw %3 (%4 #%5).</translation>
    </message>
    <message>
        <source>%1 %2 does not match the Jira fix version %3 of %4.</source>
        <translation>Nid yw %1 %2 yn cyfateb i&apos;r fersiwn atgyweirio Jira %3 sydd gan %4.</translation>
    </message>
</context>
<context>
    <name>NotesTitle</name>
    <message>
        <source>the page title pattern &quot;%1&quot; must hold %2 once, where the release&apos;s name goes.</source>
        <translation>rhaid i batrwm teitl y dudalen &quot;%1&quot; gynnwys %2 unwaith, lle mae enw&apos;r rhyddhad yn mynd.</translation>
    </message>
    <message>
        <source>the page title pattern &quot;%1&quot; needs words besides %2, by which its pages are found.</source>
        <translation>mae angen geiriau heblaw %2 ar batrwm teitl y dudalen &quot;%1&quot;, er mwyn canfod ei dudalennau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of the release notes; the sections are %2.</source>
        <translation>Nid yw &quot;%1&quot; yn adran o&apos;r nodiadau rhyddhau; yr adrannau yw %2.</translation>
    </message>
    <message>
        <source>the heading of the section &quot;%1&quot; is empty.</source>
        <translation>mae pennawd yr adran &quot;%1&quot; yn wag.</translation>
    </message>
</context>
<context>
    <name>OutboxEffects</name>
    <message>
        <source>sent to %1</source>
        <translation>anfonwyd i %1</translation>
    </message>
    <message>
        <source>It stays %1: %2</source>
        <translation>Mae&apos;n aros ar y cam %1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxPayloads</name>
    <message>
        <source>The %1 payload cannot be read: %2</source>
        <translation>Nid oes modd darllen llwyth %1: %2</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>Mae “%1” ar goll.</translation>
    </message>
    <message>
        <source>“%1” is not text.</source>
        <translation>Nid yw “%1” yn destun.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>Mae “%1” yn wag.</translation>
    </message>
    <message>
        <source>“edit” is “%1”, not add or remove.</source>
        <translation>Mae “edit” yn “%1”, nid add neu remove.</translation>
    </message>
    <message>
        <source>“releaseDate” is “%1”, not a date.</source>
        <translation>Mae “releaseDate” yn “%1”, nid dyddiad.</translation>
    </message>
    <message>
        <source>Unknown kind of outbox entry “%1”.</source>
        <translation>Math anhysbys o gofnod blwch allan “%1”.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>nid yw&apos;n wrthrych JSON.</translation>
    </message>
    <message>
        <source>“purpose” is “%1”, not one of staging-request, live-request, test-failure, release-team-action.</source>
        <translation>Mae “purpose” yn “%1”, nid un o staging-request, live-request, test-failure, release-team-action.</translation>
    </message>
</context>
<context>
    <name>OutboxRetry</name>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Rhoddwyd y gorau iddi ar ôl %n ymgais: %1</numerusform>
            <numerusform>Rhoddwyd y gorau iddi ar ôl %n ymgais: %1</numerusform>
            <numerusform>Rhoddwyd y gorau iddi ar ôl %n ymgais: %1</numerusform>
            <numerusform>Rhoddwyd y gorau iddi ar ôl %n ymgais: %1</numerusform>
            <numerusform>Rhoddwyd y gorau iddi ar ôl %n ymgais: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Jira: %1 cannot move from %2 to %3; its workflow has no transition there now.</source>
        <translation>Jira: ni all %1 symud o %2 i %3; nid oes gan ei llif gwaith drawsnewid yno nawr.</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (i %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Jira: %1 has no transition &quot;%2&quot; from %3; the transitions it offers now: %4. Check the pass and fail transitions in the Jira connection.</source>
        <translation>Jira: nid oes gan %1 drawsnewid &quot;%2&quot; o %3; y trawsnewidiadau y mae&apos;n eu cynnig nawr: %4. Gwiriwch y trawsnewidiadau pasio a methu yn y cysylltiad Jira.</translation>
    </message>
    <message>
        <source>ServiceNow: there is no change with correlation id %1 to note it on.</source>
        <translation>ServiceNow: nid oes newid gyda&apos;r correlation id %1 i nodi hyn arno.</translation>
    </message>
</context>
<context>
    <name>PeerReviews</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Adolygwyr: %1</translation>
    </message>
    <message>
        <source>changes requested by %1</source>
        <translation>gofynnwyd am newidiadau gan %1</translation>
    </message>
    <message>
        <source>approved by %1, not merged yet</source>
        <translation>cymeradwywyd gan %1, heb ei gyfuno eto</translation>
    </message>
    <message>
        <source>closed without merge</source>
        <translation>wedi&apos;i gau heb ei gyfuno</translation>
    </message>
    <message>
        <source>waiting for a review</source>
        <translation>yn aros am adolygiad</translation>
    </message>
    <message>
        <source>in review by %1</source>
        <translation>yn cael ei adolygu gan %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Methu creu ffolder dros dro ar gyfer y demo: %1</translation>
    </message>
    <message>
        <source>Could not create the profile folder %1. Check that its parent exists and is writable, or choose another with --profile.</source>
        <translation>Methu creu&apos;r ffolder proffil %1. Gwiriwch fod ei riant-ffolder yn bodoli a bod modd ysgrifennu iddo, neu dewiswch un arall gyda --profile.</translation>
    </message>
</context>
<context>
    <name>ReleaseActionRunner</name>
    <message>
        <source>Give the ServiceNow test task&apos;s number, e.g. CTASK0010002.</source>
        <translation>Rhowch rif tasg brofi ServiceNow, e.e. CTASK0010002.</translation>
    </message>
    <message>
        <source>Say how live was confirmed: the reply&apos;s reference or who said so, and when.</source>
        <translation>Dywedwch sut y cadarnhawyd Live: cyfeirnod yr ateb neu pwy ddywedodd hynny, a phryd.</translation>
    </message>
    <message>
        <source>Say why; it goes in the release&apos;s history.</source>
        <translation>Dywedwch pam; mae&apos;n mynd i hanes y rhyddhad.</translation>
    </message>
    <message>
        <source>Live requested for release %1: the request is queued for the release channel.</source>
        <translation>Gofynnwyd am Live ar gyfer rhyddhad %1: mae&apos;r cais yn y ciw ar gyfer y sianel rhyddhau.</translation>
    </message>
    <message>
        <source>Every task passed in CI-Dev</source>
        <translation>Pasiodd pob tasg yn CI-Dev</translation>
    </message>
    <message>
        <source>Applied to staging, recorded by hand</source>
        <translation>Wedi&apos;i osod ar Staging, cofnodwyd â llaw</translation>
    </message>
    <message>
        <source>Applied to live, recorded by hand</source>
        <translation>Wedi&apos;i osod ar Live, cofnodwyd â llaw</translation>
    </message>
    <message>
        <source>Release %1 is ready for staging: write and publish its notes.</source>
        <translation>Mae rhyddhad %1 yn barod ar gyfer Staging: ysgrifennwch a chyhoeddwch ei nodiadau.</translation>
    </message>
    <message>
        <source>The change for %1 is queued for ServiceNow.</source>
        <translation>Mae&apos;r newid ar gyfer %1 yn y ciw ar gyfer ServiceNow.</translation>
    </message>
    <message>
        <source>The staging request for %1 is queued for the release channel.</source>
        <translation>Mae&apos;r cais am Staging ar gyfer %1 yn y ciw ar gyfer y sianel rhyddhau.</translation>
    </message>
    <message>
        <source>Recorded as in staging with test task %1.</source>
        <translation>Cofnodwyd ei fod yn Staging gyda thasg brofi %1.</translation>
    </message>
    <message>
        <source>Recorded as live.</source>
        <translation>Cofnodwyd ei fod yn fyw.</translation>
    </message>
    <message>
        <source>Recorded as backed out; the release channel and the change are told.</source>
        <translation>Cofnodwyd ei fod wedi&apos;i dynnu&apos;n ôl; mae&apos;r sianel rhyddhau a&apos;r newid wedi cael gwybod.</translation>
    </message>
    <message>
        <source>The release is cancelled; the release channel is told.</source>
        <translation>Mae&apos;r rhyddhad wedi&apos;i ganslo; mae&apos;r sianel rhyddhau wedi cael gwybod.</translation>
    </message>
</context>
<context>
    <name>ReleaseActions</name>
    <message>
        <source>Already in the outbox (entry %1, %2).</source>
        <translation>Eisoes yn y blwch allan (cofnod %1, %2).</translation>
    </message>
    <message>
        <source>Release %1 is in %2; this is for a release in %3.</source>
        <translation>Mae rhyddhad %1 ar y cam %2; mae hwn ar gyfer rhyddhad ar y cam %3.</translation>
    </message>
    <message>
        <source>Release %1 is past CI-Dev.</source>
        <translation>Mae rhyddhad %1 wedi mynd heibio CI-Dev.</translation>
    </message>
    <message>
        <source>Every task passed in CI-Dev and the pipelines are green: the release&apos;s notes can be written and published.</source>
        <translation>Pasiodd pob tasg yn CI-Dev ac mae&apos;r piblinellau&apos;n wyrdd: gellir ysgrifennu a chyhoeddi nodiadau&apos;r rhyddhad.</translation>
    </message>
    <message>
        <source>Create the ServiceNow change with the notes&apos; description, link and backout plan.</source>
        <translation>Creu&apos;r newid ServiceNow gyda disgrifiad, dolen a chynllun tynnu&apos;n ôl y nodiadau.</translation>
    </message>
    <message>
        <source>Update change %1 with the notes as they are now.</source>
        <translation>Diweddaru newid %1 gyda&apos;r nodiadau fel y maen nhw nawr.</translation>
    </message>
    <message>
        <source>Ask the release team for staging in the release channel, with the notes and the change ticket.</source>
        <translation>Gofyn i&apos;r tîm rhyddhau am Staging yn y sianel rhyddhau, gyda&apos;r nodiadau a&apos;r tocyn newid.</translation>
    </message>
    <message>
        <source>The release team applied the release to staging but their reply was not recognised: record it, with the ServiceNow test task.</source>
        <translation>Gosododd y tîm rhyddhau y rhyddhad ar Staging ond ni chafodd eu hateb ei adnabod: cofnodwch ef, gyda thasg brofi ServiceNow.</translation>
    </message>
    <message>
        <source>The release team applied the release to live but their reply was not recognised: record it.</source>
        <translation>Gosododd y tîm rhyddhau y rhyddhad ar Live ond ni chafodd eu hateb ei adnabod: cofnodwch ef.</translation>
    </message>
    <message>
        <source>Only a release requested for staging or later can be backed out.</source>
        <translation>Dim ond rhyddhad y gofynnwyd am Staging ar ei gyfer, neu sydd ymhellach ymlaen, y gellir ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Record that the release was backed out, following its backout plan.</source>
        <translation>Cofnodi bod y rhyddhad wedi&apos;i dynnu&apos;n ôl, gan ddilyn ei gynllun tynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Release %1 is %2; its record is closed.</source>
        <translation>Cam rhyddhad %1 yw %2; mae ei gofnod wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>Stop the release; its record is kept.</source>
        <translation>Atal y rhyddhad; mae ei gofnod yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Ready for staging</source>
        <translation>Barod ar gyfer Staging</translation>
    </message>
    <message>
        <source>Raise change</source>
        <translation>Codi newid</translation>
    </message>
    <message>
        <source>Request staging</source>
        <translation>Gofyn am Staging</translation>
    </message>
    <message>
        <source>Applied to staging…</source>
        <translation>Wedi&apos;i osod ar Staging…</translation>
    </message>
    <message>
        <source>Applied to live…</source>
        <translation>Wedi&apos;i osod ar Live…</translation>
    </message>
    <message>
        <source>Back out…</source>
        <translation>Tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>Cancel release…</source>
        <translation>Canslo&apos;r rhyddhad…</translation>
    </message>
</context>
<context>
    <name>ReleaseAdopter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReleaseAdoption</name>
    <message>
        <source>ReleaseDesk sync</source>
        <translation>Cysoniad ReleaseDesk</translation>
    </message>
    <message>
        <source>imported from Jira/Slack: the release team&apos;s &quot;%1&quot;</source>
        <translation>mewnforiwyd o Jira/Slack: &quot;%1&quot; y tîm rhyddhau</translation>
    </message>
    <message>
        <source>imported from Jira: version %1 is released</source>
        <translation>mewnforiwyd o Jira: mae fersiwn %1 wedi&apos;i rhyddhau</translation>
    </message>
    <message>
        <source>imported from Jira/Slack: the release team&apos;s reply &quot;%1&quot;</source>
        <translation>mewnforiwyd o Jira/Slack: ateb y tîm rhyddhau &quot;%1&quot;</translation>
    </message>
    <message>
        <source>imported from Jira/Slack: the live request of %1</source>
        <translation>mewnforiwyd o Jira/Slack: y cais am Live a anfonwyd ar %1</translation>
    </message>
    <message>
        <source>imported from Jira/Slack: the staging request of %1</source>
        <translation>mewnforiwyd o Jira/Slack: y cais am Staging a anfonwyd ar %1</translation>
    </message>
    <message>
        <source>imported from Jira/ServiceNow: change %1</source>
        <translation>mewnforiwyd o Jira/ServiceNow: newid %1</translation>
    </message>
    <message>
        <source>imported from Jira/Confluence: the release notes page %1</source>
        <translation>mewnforiwyd o Jira/Confluence: tudalen nodiadau rhyddhau %1</translation>
    </message>
    <message>
        <source>imported from Jira: fix version %1, no later evidence</source>
        <translation>mewnforiwyd o Jira: fersiwn atgyweirio %1, dim tystiolaeth ddiweddarach</translation>
    </message>
</context>
<context>
    <name>ReleaseBoard</name>
    <message>
        <source>Could not read the releases: %1</source>
        <translation>Nid oedd modd darllen y rhyddhadau: %1</translation>
    </message>
    <message>
        <source>Could not read the test results: %1</source>
        <translation>Nid oedd modd darllen canlyniadau&apos;r profion: %1</translation>
    </message>
    <message>
        <source>Could not read the pipeline builds: %1</source>
        <translation>Nid oedd modd darllen adeiladiadau&apos;r piblinellau: %1</translation>
    </message>
    <message>
        <source>Could not read the peer review: %1</source>
        <translation>Nid oedd modd darllen yr adolygiad cymheiriaid: %1</translation>
    </message>
    <message>
        <source>Could not read release %1: %2</source>
        <translation>Nid oedd modd darllen rhyddhad %1: %2</translation>
    </message>
    <message>
        <source>Could not read the history of release %1: %2</source>
        <translation>Nid oedd modd darllen hanes rhyddhad %1: %2</translation>
    </message>
    <message>
        <source>Could not read the release channel of release %1: %2</source>
        <translation>Nid oedd modd darllen sianel rhyddhau rhyddhad %1: %2</translation>
    </message>
    <message>
        <source>Could not read the outbox of release %1: %2</source>
        <translation>Nid oedd modd darllen blwch allan rhyddhad %1: %2</translation>
    </message>
</context>
<context>
    <name>ReleaseCandidates</name>
    <message>
        <source>A release needs a name.</source>
        <translation>Mae angen enw ar ryddhad.</translation>
    </message>
    <message>
        <source>There is already a release named %1.</source>
        <translation>Mae rhyddhad o&apos;r enw %1 eisoes yn bod.</translation>
    </message>
    <message>
        <source>Choose at least one task.</source>
        <translation>Dewiswch o leiaf un dasg.</translation>
    </message>
    <message>
        <source>Not in ReleaseDesk yet, sync first: %1.</source>
        <translation>Ddim yn ReleaseDesk eto, cysonwch yn gyntaf: %1.</translation>
    </message>
    <message>
        <source>%1 is already in release %2.</source>
        <translation>Mae %1 eisoes yn rhyddhad %2.</translation>
    </message>
    <message>
        <source>The version of %1 cannot be told.</source>
        <translation>Nid oes modd dweud beth yw fersiwn %1.</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk</name>
    <message>
        <source>CI-Dev</source>
        <translation>CI-Dev</translation>
    </message>
    <message>
        <source>Ready for staging</source>
        <translation>Barod ar gyfer Staging</translation>
    </message>
    <message>
        <source>Notes published</source>
        <translation>Nodiadau wedi&apos;u cyhoeddi</translation>
    </message>
    <message>
        <source>Ticket raised</source>
        <translation>Tocyn wedi&apos;i godi</translation>
    </message>
    <message>
        <source>Staging requested</source>
        <translation>Gofynnwyd am Staging</translation>
    </message>
    <message>
        <source>In staging</source>
        <translation>Yn Staging</translation>
    </message>
    <message>
        <source>Staging passed</source>
        <translation>Staging wedi pasio</translation>
    </message>
    <message>
        <source>Live requested</source>
        <translation>Gofynnwyd am Live</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Backed out</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Pasiwyd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Methwyd</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Heb ei brofi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Yn rhedeg</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Llwyddodd</translation>
    </message>
    <message>
        <source>Errored</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Yn cael ei adolygu</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Gofynnwyd am newidiadau</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Wedi&apos;i gyfuno</translation>
    </message>
    <message>
        <source>Closed without merge</source>
        <translation>Wedi&apos;i gau heb ei gyfuno</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Yn anfon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Gwaredwyd</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::AboutDialog</name>
    <message>
        <source>About ReleaseDesk</source>
        <translation>Ynghylch ReleaseDesk</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ynghylch</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Trwydded</translation>
    </message>
    <message>
        <source>&amp;Third-party components</source>
        <translation>&amp;Cydrannau trydydd parti</translation>
    </message>
    <message>
        <source>ReleaseDesk %1</source>
        <translation>ReleaseDesk %1</translation>
    </message>
    <message>
        <source>Runs a team&apos;s release process from CI-Dev to Live in one window: Concourse, Jira, Confluence, ServiceNow and Slack.</source>
        <translation>Yn rhedeg proses rhyddhau tîm o CI-Dev i Live mewn un ffenestr: Concourse, Jira, Confluence, ServiceNow a Slack.</translation>
    </message>
    <message>
        <source>Running on Qt %1, built with Qt %2.</source>
        <translation>Yn rhedeg ar Qt %1, wedi&apos;i adeiladu gyda Qt %2.</translation>
    </message>
    <message>
        <source>ReleaseDesk is free software under the MIT licence; see the Licence tab.</source>
        <translation>Mae ReleaseDesk yn feddalwedd rydd dan drwydded MIT; gweler y tab Trwydded.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Cydran</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Defnyddir ar gyfer</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::BackgroundBoardSource</name>
    <message>
        <source>The database %1 is missing.</source>
        <translation>Mae&apos;r gronfa ddata %1 ar goll.</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::CandidateSourceBar</name>
    <message>
        <source>All fix versions</source>
        <translation>Pob fersiwn atgyweirio</translation>
    </message>
    <message>
        <source>Only code that reached CI-&amp;Dev</source>
        <translation>Dim ond cod a gyrhaeddodd CI-&amp;Dev</translation>
    </message>
    <message>
        <source>Filter by key, summary, assignee or service</source>
        <translation>Hidlo yn ôl allwedd, crynodeb, aseinai neu wasanaeth</translation>
    </message>
    <message>
        <source>JQL, such as fixVersion = &quot;2026.11.3&quot; AND status = Done</source>
        <translation>JQL, er enghraifft fixVersion = &quot;2026.11.3&quot; AND status = Done</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Rhedeg</translation>
    </message>
    <message>
        <source>Search Jira; with no JQL, show every task again.</source>
        <translation>Chwilio Jira; heb JQL, dangos pob tasg eto.</translation>
    </message>
    <message>
        <source>&amp;Fix version:</source>
        <translation>&amp;Fersiwn atgyweirio:</translation>
    </message>
    <message>
        <source>&amp;JQL:</source>
        <translation>&amp;JQL:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wrthi&apos;n chwilio…</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::CandidateTaskModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>%1 is already in release %2, which is not finished.</source>
        <translation>Mae %1 eisoes yn rhyddhad %2, nad yw wedi gorffen.</translation>
    </message>
    <message>
        <source>%1 has no successful build: its version cannot be told.</source>
        <translation>Nid oes gan %1 adeiladiad llwyddiannus: nid oes modd dweud beth yw ei fersiwn.</translation>
    </message>
    <message>
        <source>What cidev-apply deployed to CI-Dev, else what docker-build-ecr built.</source>
        <translation>Yr hyn a leolodd cidev-apply i CI-Dev, neu fel arall yr hyn a adeiladodd docker-build-ecr.</translation>
    </message>
    <message>
        <source>%1 has never run %2.</source>
        <translation>Nid yw %1 erioed wedi rhedeg %2.</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Gorffennwyd %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Aseinai</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Jira status</source>
        <translation>Statws Jira</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Fix version</source>
        <translation>Fersiwn atgyweirio</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>In CI-Dev</source>
        <translation>Yn CI-Dev</translation>
    </message>
    <message>
        <source>In release</source>
        <translation>Mewn rhyddhad</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ConnectionForm</name>
    <message>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Tîm:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Defnyddiwr:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Cyfrinair:</translation>
    </message>
    <message>
        <source>Pipelines:</source>
        <translation>Piblinellau:</translation>
    </message>
    <message>
        <source>all of the team&apos;s, or a comma-separated list</source>
        <translation>pob un sydd gan y tîm, neu restr wedi&apos;i gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>Services of pipelines:</source>
        <translation>Gwasanaethau&apos;r piblinellau:</translation>
    </message>
    <message>
        <source>optional: pipeline=service, comma-separated; else a pipeline is named after its service</source>
        <translation>dewisol: piblinell=gwasanaeth, wedi&apos;u gwahanu gan atalnodau; fel arall caiff piblinell ei henwi ar ôl ei gwasanaeth</translation>
    </message>
    <message>
        <source>Build job:</source>
        <translation>Tasg waith adeiladu:</translation>
    </message>
    <message>
        <source>Plan job:</source>
        <translation>Tasg waith cynllunio:</translation>
    </message>
    <message>
        <source>Apply job:</source>
        <translation>Tasg waith gosod:</translation>
    </message>
    <message>
        <source>Version resource:</source>
        <translation>Adnodd fersiwn:</translation>
    </message>
    <message>
        <source>the get step whose number is the version</source>
        <translation>y cam get y mae ei rif yn fersiwn</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Mewngofnodi:</translation>
    </message>
    <message>
        <source>password, token (pasted as the password) or fly</source>
        <translation>password, token (wedi&apos;i ludo fel y cyfrinair) neu fly</translation>
    </message>
    <message>
        <source>Fly target:</source>
        <translation>Targed fly:</translation>
    </message>
    <message>
        <source>with the fly sign-in: the target of fly -t &lt;target&gt; login</source>
        <translation>gyda mewngofnodi fly: targed fly -t &lt;target&gt; login</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Math o osodiad:</translation>
    </message>
    <message>
        <source>Data Center (personal access token)</source>
        <translation>Data Center (tocyn mynediad personol)</translation>
    </message>
    <message>
        <source>Cloud (email and API token)</source>
        <translation>Cloud (e-bost a thocyn API)</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Tocyn:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Prosiect:</translation>
    </message>
    <message>
        <source>CHS, or several: CHS, PAY</source>
        <translation>CHS, neu sawl un: CHS, PAY</translation>
    </message>
    <message>
        <source>Extra JQL:</source>
        <translation>JQL ychwanegol:</translation>
    </message>
    <message>
        <source>optional, e.g. labels = release</source>
        <translation>dewisol, e.e. labels = release</translation>
    </message>
    <message>
        <source>Service field:</source>
        <translation>Maes gwasanaeth:</translation>
    </message>
    <message>
        <source>components, labels, or a custom field&apos;s name or id</source>
        <translation>components, labels, neu enw neu id maes personol</translation>
    </message>
    <message>
        <source>Service label prefix:</source>
        <translation>Rhagddodiad label gwasanaeth:</translation>
    </message>
    <message>
        <source>labels only, e.g. service:</source>
        <translation>labels yn unig, e.e. service:</translation>
    </message>
    <message>
        <source>Rework status:</source>
        <translation>Statws ailweithio:</translation>
    </message>
    <message>
        <source>where a failed task goes back to</source>
        <translation>lle mae tasg a fethodd yn mynd yn ôl iddo</translation>
    </message>
    <message>
        <source>Pass transition:</source>
        <translation>Trawsnewid pasio:</translation>
    </message>
    <message>
        <source>optional: by name, else the one to the status</source>
        <translation>dewisol: yn ôl enw, fel arall yr un i&apos;r statws</translation>
    </message>
    <message>
        <source>Fail transition:</source>
        <translation>Trawsnewid methu:</translation>
    </message>
    <message>
        <source>Space:</source>
        <translation>Gofod:</translation>
    </message>
    <message>
        <source>Parent page id:</source>
        <translation>Id y rhiant-dudalen:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>dewisol</translation>
    </message>
    <message>
        <source>Page title:</source>
        <translation>Teitl y dudalen:</translation>
    </message>
    <message>
        <source>Section headings:</source>
        <translation>Penawdau adrannau:</translation>
    </message>
    <message>
        <source>backout=Rollback plan; config=Configuration</source>
        <translation>backout=Rollback plan; config=Configuration</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Defnyddiwr a chyfrinair</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>Tocyn OAuth</translation>
    </message>
    <message>
        <source>Assignment group:</source>
        <translation>Grŵp aseinio:</translation>
    </message>
    <message>
        <source>OAuth client id:</source>
        <translation>Id cleient OAuth:</translation>
    </message>
    <message>
        <source>optional: sign in with the password instead of a pasted token</source>
        <translation>dewisol: mewngofnodi â&apos;r cyfrinair yn lle tocyn wedi&apos;i ludo</translation>
    </message>
    <message>
        <source>OAuth client secret:</source>
        <translation>Cyfrinach cleient OAuth:</translation>
    </message>
    <message>
        <source>Change model:</source>
        <translation>Model newid:</translation>
    </message>
    <message>
        <source>optional: the model&apos;s sys_id</source>
        <translation>dewisol: sys_id y model</translation>
    </message>
    <message>
        <source>Standard change template:</source>
        <translation>Templed newid safonol:</translation>
    </message>
    <message>
        <source>optional: the template&apos;s sys_id</source>
        <translation>dewisol: sys_id y templed</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categori:</translation>
    </message>
    <message>
        <source>Configuration item:</source>
        <translation>Eitem ffurfweddu:</translation>
    </message>
    <message>
        <source>optional: the CI&apos;s sys_id</source>
        <translation>dewisol: sys_id y CI</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risg:</translation>
    </message>
    <message>
        <source>optional: 2 High, 3 Moderate, 4 Low</source>
        <translation>dewisol: 2 Uchel, 3 Cymedrol, 4 Isel</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Effaith:</translation>
    </message>
    <message>
        <source>optional: 1 High, 2 Medium, 3 Low</source>
        <translation>dewisol: 1 Uchel, 2 Canolig, 3 Isel</translation>
    </message>
    <message>
        <source>Planned start (hours after raising):</source>
        <translation>Dechrau wedi&apos;i gynllunio (oriau ar ôl codi):</translation>
    </message>
    <message>
        <source>Planned duration (hours):</source>
        <translation>Hyd wedi&apos;i gynllunio (oriau):</translation>
    </message>
    <message>
        <source>0: no planned window</source>
        <translation>0: dim cyfnod wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Extra fields:</source>
        <translation>Meysydd ychwanegol:</translation>
    </message>
    <message>
        <source>optional: u_business_service=Payments; column=value</source>
        <translation>dewisol: u_business_service=Payments; colofn=gwerth</translation>
    </message>
    <message>
        <source>Test task type:</source>
        <translation>Math o dasg brofi:</translation>
    </message>
    <message>
        <source>Your token:</source>
        <translation>Eich tocyn:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Sianel:</translation>
    </message>
    <message>
        <source>Release team group:</source>
        <translation>Grŵp y tîm rhyddhau:</translation>
    </message>
    <message>
        <source>a user group&apos;s handle or id, e.g. release-team</source>
        <translation>enw neu id grŵp defnyddwyr, e.e. release-team</translation>
    </message>
    <message>
        <source>Release team members:</source>
        <translation>Aelodau&apos;r tîm rhyddhau:</translation>
    </message>
    <message>
        <source>optional: Slack user ids (U…), comma-separated</source>
        <translation>dewisol: ids defnyddwyr Slack (U…), wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>Developers&apos; channel:</source>
        <translation>Sianel y datblygwyr:</translation>
    </message>
    <message>
        <source>optional: failed tests go here, to the assignee; else to the release channel</source>
        <translation>dewisol: mae profion a fethodd yn mynd yma, at yr aseinai; fel arall i&apos;r sianel ryddhau</translation>
    </message>
    <message>
        <source>Reply wording:</source>
        <translation>Geiriad atebion:</translation>
    </message>
    <message>
        <source>optional, |-separated: applied: shipped {release} to {environment}</source>
        <translation>dewisol, wedi&apos;u gwahanu gan |: applied: shipped {release} to {environment}</translation>
    </message>
    <message>
        <source>Request wording:</source>
        <translation>Geiriad ceisiadau:</translation>
    </message>
    <message>
        <source>optional, |-separated: ship {release} to {environment}</source>
        <translation>dewisol, wedi&apos;u gwahanu gan |: ship {release} to {environment}</translation>
    </message>
    <message>
        <source>Words for staging:</source>
        <translation>Geiriau am Staging:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. staging, stage, stg</source>
        <translation>wedi&apos;u gwahanu gan atalnodau, e.e. staging, stage, stg</translation>
    </message>
    <message>
        <source>Words for live:</source>
        <translation>Geiriau am Live:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. live, production, prod</source>
        <translation>wedi&apos;u gwahanu gan atalnodau, e.e. live, production, prod</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Cyfeiriad API:</translation>
    </message>
    <message>
        <source>https://api.github.com, or https://github.example.com/api/v3</source>
        <translation>https://api.github.com, neu https://github.example.com/api/v3</translation>
    </message>
    <message>
        <source>a token that may read the pull requests</source>
        <translation>tocyn sy&apos;n cael darllen y ceisiadau tynnu</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Sefydliad:</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>Ystorfeydd:</translation>
    </message>
    <message>
        <source>all of the organisation&apos;s, or a comma-separated list</source>
        <translation>pob un sydd gan y sefydliad, neu restr wedi&apos;i gwahanu gan atalnodau</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Dirprwy:</translation>
    </message>
    <message>
        <source>the computer&apos;s; or http://proxy.example.com:3128, or none</source>
        <translation>un y cyfrifiadur; neu http://proxy.example.com:3128, neu none</translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation>Bwndel CA:</translation>
    </message>
    <message>
        <source>optional: a PEM file of the company&apos;s CA certificates</source>
        <translation>dewisol: ffeil PEM o dystysgrifau CA y cwmni</translation>
    </message>
    <message>
        <source>Team conventions</source>
        <translation>Arferion y tîm</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>wedi&apos;i gadw yn y gadwyn allweddi; teipiwch i&apos;w newid</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>heb ei gadw eto</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Yn profi…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Export team settings…</source>
        <translation>Allforio gosodiadau&apos;r tîm…</translation>
    </message>
    <message>
        <source>Import team settings…</source>
        <translation>Mewnforio gosodiadau&apos;r tîm…</translation>
    </message>
    <message>
        <source>Team settings (*.ini);;All files (*)</source>
        <translation>Gosodiadau&apos;r tîm (*.ini);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Export team settings</source>
        <translation>Allforio gosodiadau&apos;r tîm</translation>
    </message>
    <message>
        <source>Import team settings</source>
        <translation>Mewnforio gosodiadau&apos;r tîm</translation>
    </message>
    <message>
        <source>Team settings written to %1, without secrets or accounts.</source>
        <translation>Gosodiadau&apos;r tîm wedi&apos;u hysgrifennu i %1, heb gyfrinachau na chyfrifon.</translation>
    </message>
    <message>
        <source>The team settings are the same as these; nothing changed.</source>
        <translation>Mae gosodiadau&apos;r tîm yr un fath â&apos;r rhain; does dim wedi newid.</translation>
    </message>
    <message>
        <source>Imported team settings: %1. Your accounts and secrets are kept; save to keep the rest.</source>
        <translation>Wedi mewnforio gosodiadau&apos;r tîm: %1. Mae eich cyfrifon a&apos;ch cyfrinachau wedi&apos;u cadw fel yr oeddent; cadwch y gosodiadau i gadw&apos;r gweddill.</translation>
    </message>
    <message>
        <source>Enter the address first.</source>
        <translation>Rhowch y cyfeiriad yn gyntaf.</translation>
    </message>
    <message>
        <source>Enter the secret to test with.</source>
        <translation>Rhowch y gyfrinach i brofi â hi.</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DashboardFilterBar</name>
    <message>
        <source>Search releases, services, tasks…</source>
        <translation>Chwilio rhyddhadau, gwasanaethau, tasgau…</translation>
    </message>
    <message>
        <source>Show the releases at one stage, or those a gate blocks</source>
        <translation>Dangos y rhyddhadau ar un cam, neu&apos;r rhai y mae amod yn eu rhwystro</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Pob cam</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Wedi&apos;u rhwystro</translation>
    </message>
    <message>
        <source>Show the releases that ship one service</source>
        <translation>Dangos y rhyddhadau sy&apos;n cynnwys un gwasanaeth</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Pob gwasanaeth</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Rhai gweithredol yn unig</translation>
    </message>
    <message>
        <source>Hide releases that are live, backed out or cancelled</source>
        <translation>Cuddio rhyddhadau sy&apos;n fyw, wedi&apos;u tynnu&apos;n ôl neu wedi&apos;u canslo</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DashboardModel</name>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Ready to move to %1.</source>
        <translation>Yn barod i symud i&apos;r cam %1.</translation>
    </message>
    <message>
        <source>%1 is blocked:</source>
        <translation>Mae&apos;r cam %1 wedi&apos;i rwystro:</translation>
    </message>
    <message>
        <source>In %1 since %2</source>
        <translation>Ar y cam %1 ers %2</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rhyddhad</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Wedi&apos;i rwystro gan</translation>
    </message>
    <message>
        <source>Tasks passed</source>
        <translation>Tasgau wedi pasio</translation>
    </message>
    <message>
        <source>CI-Dev</source>
        <translation>CI-Dev</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Piblinellau</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>Amser ar y cam</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Gweithgarwch diwethaf</translation>
    </message>
    <message>
        <source>Tasks passed in CI-Dev until the release is in staging, in Staging from then on</source>
        <translation>Tasgau wedi pasio yn CI-Dev nes bod y rhyddhad yn Staging, yn Staging o hynny ymlaen</translation>
    </message>
    <message>
        <source>Tasks passed ✓, failed ✗ and not yet tested · in CI-Dev</source>
        <translation>Tasgau wedi pasio ✓, wedi methu ✗ a heb eu profi eto · yn CI-Dev</translation>
    </message>
    <message>
        <source>Tasks passed ✓, failed ✗ and not yet tested · in Staging</source>
        <translation>Tasgau wedi pasio ✓, wedi methu ✗ a heb eu profi eto · yn Staging</translation>
    </message>
    <message>
        <source>docker-build-ecr, cidev-plan and cidev-apply of each service shipped</source>
        <translation>docker-build-ecr, cidev-plan a cidev-apply pob gwasanaeth sy&apos;n cael ei ryddhau</translation>
    </message>
    <message>
        <source>How long the release has been at its stage</source>
        <translation>Am faint mae&apos;r rhyddhad wedi bod ar ei gam</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DashboardPage</name>
    <message>
        <source>Loading the releases…</source>
        <translation>Wrthi&apos;n llwytho&apos;r rhyddhadau…</translation>
    </message>
    <message>
        <source>Could not load the releases. %1</source>
        <translation>Nid oedd modd llwytho&apos;r rhyddhadau. %1</translation>
    </message>
    <message>
        <source>Releases: %1 · active: %2 · blocked: %3</source>
        <translation>Rhyddhadau: %1 · gweithredol: %2 · wedi&apos;u rhwystro: %3</translation>
    </message>
    <message>
        <source> · shown: %1</source>
        <translation> · yn cael eu dangos: %1</translation>
    </message>
    <message>
        <source>Export the releases</source>
        <translation>Allforio&apos;r rhyddhadau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Releases.csv</source>
        <translation>Rhyddhadau.csv</translation>
    </message>
    <message>
        <source>The releases were not exported: %1</source>
        <translation>Ni allforiwyd y rhyddhadau: %1</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DesktopSession</name>
    <message>
        <source>Cannot reach %1.</source>
        <translation>Methu cyrraedd %1.</translation>
    </message>
    <message>
        <source>A write to a remote system failed and waits for you to retry or discard it (releasedesk-cli outbox): %1</source>
        <translation>Methodd ysgrifiad i system bell ac mae&apos;n aros i chi roi cynnig arall arno neu ei waredu (releasedesk-cli outbox): %1</translation>
    </message>
    <message>
        <source>A write failed</source>
        <translation>Methodd ysgrifiad</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 %4…</source>
        <translation>Wrthi&apos;n cysoni %1 (%4): %2 o %3…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 %3…</source>
        <translation>Wrthi&apos;n cysoni %1 (%3): %2…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Cysonwyd am %1</translation>
    </message>
    <message>
        <source>Sync at %1 incomplete</source>
        <translation>Cysoniad am %1 heb ei gwblhau</translation>
    </message>
    <message>
        <source>The release team replied</source>
        <translation>Atebodd y tîm rhyddhau</translation>
    </message>
    <message>
        <source>The release team answered, but not in words ReleaseDesk can read. If they applied the release, record it with Applied to staging… or Applied to live…: %1</source>
        <translation>Atebodd y tîm rhyddhau, ond nid mewn geiriau y gall ReleaseDesk eu darllen. Os ydyn nhw wedi gosod y rhyddhad, cofnodwch hynny gyda Wedi&apos;i osod ar Staging… neu Wedi&apos;i osod ar Live…: %1</translation>
    </message>
    <message>
        <source>A reply needs you</source>
        <translation>Mae ateb angen eich sylw</translation>
    </message>
    <message>
        <source>%1 (release %2)</source>
        <translation>%1 (rhyddhad %2)</translation>
    </message>
    <message>
        <source>A test failed</source>
        <translation>Methodd prawf</translation>
    </message>
    <message>
        <source>Back in development: %1</source>
        <translation>Yn ôl mewn datblygiad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ysgrifiad yn aros i gael eu hanfon</numerusform>
            <numerusform>%n ysgrifiad yn aros i gael ei anfon</numerusform>
            <numerusform>%n ysgrifiad yn aros i gael eu hanfon</numerusform>
            <numerusform>%n ysgrifiad yn aros i gael eu hanfon</numerusform>
            <numerusform>%n ysgrifiad yn aros i gael eu hanfon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::FailureNoteDialog</name>
    <message>
        <source>Fail %1</source>
        <translation>Methu %1</translation>
    </message>
    <message>
        <source>What went wrong? The developers read this in the release channel and on the Jira task, and the task goes back to In Progress.</source>
        <translation>Beth aeth o&apos;i le? Mae&apos;r datblygwyr yn darllen hyn yn y sianel rhyddhau ac ar y dasg Jira, ac mae&apos;r dasg yn mynd yn ôl i In Progress.</translation>
    </message>
    <message>
        <source>e.g. 500 on the filing history page for a dissolved company</source>
        <translation>e.e. 500 ar dudalen hanes ffeilio cwmni sydd wedi&apos;i ddiddymu</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Methu</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::FocusedUndo</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu, with what an undo takes back: &quot;Undo Description&quot;.</extracomment>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu, with what a redo makes again: &quot;Redo Description&quot;.</extracomment>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Ailwneud y newid a ddadwnaed</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ailwneud %1</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Rhagosodiad y system (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>ReleaseDesk will speak the language you chose the next time it starts.</source>
        <translation>Bydd ReleaseDesk yn siarad yr iaith a ddewisoch y tro nesaf y bydd yn cychwyn.</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::MainWindow</name>
    <message>
        <source>ReleaseDesk</source>
        <translation>ReleaseDesk</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <source>&amp;Sign-off</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <source>Release &amp;notes</source>
        <translation>&amp;Nodiadau rhyddhau</translation>
    </message>
    <message>
        <source>Every release, where it stands and what blocks it</source>
        <translation>Pob rhyddhad, lle mae&apos;n sefyll a beth sy&apos;n ei rwystro</translation>
    </message>
    <message>
        <source>Pass or fail the selected release&apos;s tasks</source>
        <translation>Pasio neu fethu tasgau&apos;r rhyddhad a ddewiswyd</translation>
    </message>
    <message>
        <source>Write and publish the selected release&apos;s notes</source>
        <translation>Ysgrifennu a chyhoeddi nodiadau&apos;r rhyddhad a ddewiswyd</translation>
    </message>
    <message>
        <source>New release…</source>
        <translation>Rhyddhad newydd…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ail-lwytho</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Cysylltiadau…</translation>
    </message>
    <message>
        <source>Set up and test the connections to the five systems</source>
        <translation>Gosod a phrofi&apos;r cysylltiadau â&apos;r pum system</translation>
    </message>
    <message>
        <source>Release %1 · %2</source>
        <translation>Rhyddhad %1 · %2</translation>
    </message>
    <message>
        <source>Offline: showing what was synced last. Your changes are kept and requests wait in the outbox until the systems can be reached again.</source>
        <translation>All-lein: yn dangos yr hyn a gysonwyd ddiwethaf. Mae eich newidiadau&apos;n cael eu cadw ac mae ceisiadau&apos;n aros yn y blwch allan nes bod modd cyrraedd y systemau eto.</translation>
    </message>
    <message>
        <source>&amp;New release…</source>
        <translation>&amp;Rhyddhad newydd…</translation>
    </message>
    <message>
        <source>Bundle tested tasks into a new release</source>
        <translation>Bwndelu tasgau sydd wedi&apos;u profi yn rhyddhad newydd</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ail-lwytho</translation>
    </message>
    <message>
        <source>Read the releases again</source>
        <translation>Darllen y rhyddhadau eto</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>C&amp;ysoni nawr</translation>
    </message>
    <message>
        <source>Read Concourse, Jira, Confluence, ServiceNow and Slack now</source>
        <translation>Darllen Concourse, Jira, Confluence, ServiceNow a Slack nawr</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Cysylltiadau…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Save the release notes as PDF or Markdown, or the dashboard as CSV</source>
        <translation>Cadw&apos;r nodiadau rhyddhau fel PDF neu Markdown, neu&apos;r dangosfwrdd fel CSV</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Print the release notes</source>
        <translation>Argraffu&apos;r nodiadau rhyddhau</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Close ReleaseDesk</source>
        <translation>Cau ReleaseDesk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Canfod</translation>
    </message>
    <message>
        <source>Search the releases, their services and tasks</source>
        <translation>Chwilio&apos;r rhyddhadau, eu gwasanaethau a&apos;u tasgau</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>&amp;Rhai gweithredol yn unig</translation>
    </message>
    <message>
        <source>Hide releases that are live, backed out or cancelled</source>
        <translation>Cuddio rhyddhadau sy&apos;n fyw, wedi&apos;u tynnu&apos;n ôl neu wedi&apos;u canslo</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Rhyddhad</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Cym&amp;orth</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Canllaw defnyddiwr</translation>
    </message>
    <message>
        <source>Read how the team releases with ReleaseDesk, offline</source>
        <translation>Darllen sut mae&apos;r tîm yn rhyddhau gyda ReleaseDesk, all-lein</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>List every key ReleaseDesk answers to</source>
        <translation>Rhestru pob bysell y mae ReleaseDesk yn ymateb iddi</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>&amp;Ynghylch ReleaseDesk</translation>
    </message>
    <message>
        <source>The version, licence and authors of ReleaseDesk</source>
        <translation>Fersiwn, trwydded ac awduron ReleaseDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <source>The version and licence of the Qt toolkit</source>
        <translation>Fersiwn a thrwydded pecyn cymorth Qt</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Diystyru</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::NewReleaseDialog</name>
    <message>
        <source>New release</source>
        <translation>Rhyddhad newydd</translation>
    </message>
    <message>
        <source>&amp;Create release</source>
        <translation>&amp;Creu rhyddhad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Could not read the tasks: %1</source>
        <translation>Nid oedd modd darllen y tasgau: %1</translation>
    </message>
    <message>
        <source>Searching Jira is not available here.</source>
        <translation>Nid yw chwilio Jira ar gael yma.</translation>
    </message>
    <message>
        <source>The JQL search failed: %1</source>
        <translation>Methodd y chwiliad JQL: %1</translation>
    </message>
    <message>
        <source>Tasks Jira found: %1; in ReleaseDesk: %2.</source>
        <translation>Tasgau a ganfu Jira: %1; yn ReleaseDesk: %2.</translation>
    </message>
    <message>
        <source>Not in ReleaseDesk yet, sync first: %1.</source>
        <translation>Ddim yn ReleaseDesk eto, cysonwch yn gyntaf: %1.</translation>
    </message>
    <message>
        <source>Choose at least one task.</source>
        <translation>Dewiswch o leiaf un dasg.</translation>
    </message>
    <message>
        <source>Tasks chosen: %1</source>
        <translation>Tasgau a ddewiswyd: %1</translation>
    </message>
    <message>
        <source>Create release %1 in CI-Dev with tasks %2.</source>
        <translation>Creu rhyddhad %1 yn CI-Dev gyda&apos;r tasgau %2.</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::NotesForm</name>
    <message>
        <source>Description of changes</source>
        <translation>Disgrifiad o&apos;r newidiadau</translation>
    </message>
    <message>
        <source>What the release changes, one line per task</source>
        <translation>Beth mae&apos;r rhyddhad yn ei newid, un llinell i bob tasg</translation>
    </message>
    <message>
        <source>Services: version and deployment type</source>
        <translation>Gwasanaethau: fersiwn a math lleoli</translation>
    </message>
    <message>
        <source>Backout plan</source>
        <translation>Cynllun tynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>How to return to the versions live now</source>
        <translation>Sut i ddychwelyd i&apos;r fersiynau sy&apos;n fyw nawr</translation>
    </message>
    <message>
        <source>Config changes</source>
        <translation>Newidiadau ffurfweddu</translation>
    </message>
    <message>
        <source>Settings, secrets or feature flags to change</source>
        <translation>Gosodiadau, cyfrinachau neu fflagiau nodwedd i&apos;w newid</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Deployment type</source>
        <translation>Math lleoli</translation>
    </message>
    <message>
        <source>No &amp;config changes</source>
        <translation>D&amp;im newidiadau ffurfweddu</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::OutboxWorker</name>
    <message>
        <source>%1 did not answer within %2 seconds; try again later.</source>
        <translation>Ni atebodd %1 o fewn %2 eiliad; ceisiwch eto nes ymlaen.</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseActionsBar</name>
    <message>
        <source>Developers</source>
        <translation>Datblygwyr</translation>
    </message>
    <message>
        <source>Release team</source>
        <translation>Tîm rhyddhau</translation>
    </message>
    <message>
        <source>Select a release first.</source>
        <translation>Dewiswch ryddhad yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseDecisionDialog</name>
    <message>
        <source>%1 — release %2</source>
        <translation>%1 — rhyddhad %2</translation>
    </message>
    <message>
        <source>Record that the release team applied %1 to staging. Testers then sign its tasks off in Staging against the ServiceNow test task.</source>
        <translation>Cofnodi bod y tîm rhyddhau wedi gosod %1 ar Staging. Yna bydd profwyr yn cymeradwyo ei dasgau yn Staging yn erbyn tasg brofi ServiceNow.</translation>
    </message>
    <message>
        <source>ServiceNow test task:</source>
        <translation>Tasg brofi ServiceNow:</translation>
    </message>
    <message>
        <source>Record that the release team applied %1 to live.</source>
        <translation>Cofnodi bod y tîm rhyddhau wedi gosod %1 ar Live.</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>Cadarnhawyd gan:</translation>
    </message>
    <message>
        <source>Record that %1 was backed out. The backout plan:

%2</source>
        <translation>Cofnodi bod %1 wedi&apos;i dynnu&apos;n ôl. Y cynllun tynnu&apos;n ôl:

%2</translation>
    </message>
    <message>
        <source>Cancel %1. Its history is kept; it can no longer move on.</source>
        <translation>Canslo %1. Mae ei hanes yn cael ei gadw; ni all symud ymlaen mwyach.</translation>
    </message>
    <message>
        <source>e.g. Sam in the release channel, 14:05</source>
        <translation>e.e. Sam yn y sianel rhyddhau, 14:05</translation>
    </message>
    <message>
        <source>Why? It goes in the release&apos;s history.</source>
        <translation>Pam? Mae&apos;n mynd i hanes y rhyddhad.</translation>
    </message>
    <message>
        <source>Anything to add (optional)</source>
        <translation>Unrhyw beth i&apos;w ychwanegu (dewisol)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Rheswm:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseDetailPane</name>
    <message>
        <source>Gates ahead</source>
        <translation>Amodau i&apos;w bodloni</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Hanes, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Select a release to see what blocks it and its history.</source>
        <translation>Dewiswch ryddhad i weld beth sy&apos;n ei rwystro a&apos;i hanes.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No services yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dim gwasanaethau eto.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Services:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Gwasanaethau:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Nodiadau rhyddhau</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Test task %1</source>
        <translation>Tasg brofi %1</translation>
    </message>
    <message>
        <source>Staging requested in Slack</source>
        <translation>Gofynnwyd am Staging yn Slack</translation>
    </message>
    <message>
        <source>Live requested in Slack</source>
        <translation>Gofynnwyd am Live yn Slack</translation>
    </message>
    <message>
        <source>No release notes, change ticket or test task yet.</source>
        <translation>Dim nodiadau rhyddhau, tocyn newid na thasg brofi eto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 of %3 passed</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2 o %3 wedi pasio</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>wedi methu: %1</translation>
    </message>
    <message>
        <source>No gates ahead: the release is done.</source>
        <translation>Dim amodau ar ôl: mae&apos;r rhyddhad wedi&apos;i gwblhau.</translation>
    </message>
    <message numerus="yes">
        <source>— %n to do</source>
        <translation>
            <numerusform>— %n ar ôl</numerusform>
            <numerusform>— %n ar ôl</numerusform>
            <numerusform>— %n ar ôl</numerusform>
            <numerusform>— %n ar ôl</numerusform>
            <numerusform>— %n ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>moved the release</source>
        <translation>wedi symud y rhyddhad</translation>
    </message>
    <message>
        <source>created the release</source>
        <translation>wedi creu&apos;r rhyddhad</translation>
    </message>
    <message>
        <source>recorded a test result</source>
        <translation>wedi cofnodi canlyniad prawf</translation>
    </message>
    <message>
        <source>saved the release notes</source>
        <translation>wedi cadw&apos;r nodiadau rhyddhau</translation>
    </message>
    <message>
        <source>imported the release</source>
        <translation>wedi mewnforio&apos;r rhyddhad</translation>
    </message>
    <message>
        <source>passed a task</source>
        <translation>wedi pasio tasg</translation>
    </message>
    <message>
        <source>failed a task</source>
        <translation>wedi methu tasg</translation>
    </message>
    <message>
        <source>withdrew a verdict</source>
        <translation>wedi tynnu dyfarniad yn ôl</translation>
    </message>
    <message>
        <source>published the release notes</source>
        <translation>wedi cyhoeddi&apos;r nodiadau rhyddhau</translation>
    </message>
    <message>
        <source>recorded the change ticket</source>
        <translation>wedi cofnodi&apos;r tocyn newid</translation>
    </message>
    <message>
        <source>recorded the staging request</source>
        <translation>wedi cofnodi&apos;r cais am Staging</translation>
    </message>
    <message>
        <source>recorded the test task</source>
        <translation>wedi cofnodi&apos;r dasg brofi</translation>
    </message>
    <message>
        <source>recorded the live request</source>
        <translation>wedi cofnodi&apos;r cais am Live</translation>
    </message>
    <message>
        <source>recorded that it is live</source>
        <translation>wedi cofnodi ei fod yn Live</translation>
    </message>
    <message>
        <source>recorded evidence</source>
        <translation>wedi cofnodi tystiolaeth</translation>
    </message>
    <message>
        <source>removed a task</source>
        <translation>wedi tynnu tasg</translation>
    </message>
    <message>
        <source>a task joined</source>
        <translation>ymunodd tasg</translation>
    </message>
    <message>
        <source>a task left</source>
        <translation>gadawodd tasg</translation>
    </message>
    <message>
        <source>queued a write</source>
        <translation>wedi rhoi ysgrifiad yn y ciw</translation>
    </message>
    <message>
        <source>sent a write</source>
        <translation>wedi anfon ysgrifiad</translation>
    </message>
    <message>
        <source>discarded a write</source>
        <translation>wedi gwaredu ysgrifiad</translation>
    </message>
    <message>
        <source>did something this version does not know</source>
        <translation>wedi gwneud rhywbeth nad yw&apos;r fersiwn hon yn ei adnabod</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseNotesEditor</name>
    <message>
        <source>Draft kept %1</source>
        <translation>Drafft wedi&apos;i gadw %1</translation>
    </message>
    <message>
        <source>Preview of the Confluence page</source>
        <translation>Rhagolwg o dudalen Confluence</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>C&amp;yhoeddi</translation>
    </message>
    <message>
        <source>Release notes of %1</source>
        <translation>Nodiadau rhyddhau %1</translation>
    </message>
    <message>
        <source>Until then, what is typed here is not kept as a draft.</source>
        <translation>Tan hynny, nid yw&apos;r hyn sy&apos;n cael ei deipio yma&apos;n cael ei gadw fel drafft.</translation>
    </message>
    <message>
        <source>A draft of these notes from %1 was restored; it is not saved yet.</source>
        <translation>Cafodd drafft o&apos;r nodiadau hyn o %1 ei adfer; nid yw wedi&apos;i gadw eto.</translation>
    </message>
    <message>
        <source>A draft from %1 is older than the notes saved %2: the saved notes are shown.</source>
        <translation>Mae drafft o %1 yn hŷn na&apos;r nodiadau a gadwyd %2: mae&apos;r nodiadau a gadwyd yn cael eu dangos.</translation>
    </message>
    <message>
        <source>Open a release to edit its notes.</source>
        <translation>Agorwch ryddhad i olygu ei nodiadau.</translation>
    </message>
    <message>
        <source>Release %1 is %2; its notes can no longer change.</source>
        <translation>Cam rhyddhad %1 yw %2; ni all ei nodiadau newid mwyach.</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows the notes as saved.</source>
        <translation>Dim i&apos;w gadw: mae&apos;r ffurflen yn dangos y nodiadau fel y&apos;u cadwyd.</translation>
    </message>
    <message>
        <source>The notes are published: they may be improved but not emptied.</source>
        <translation>Mae&apos;r nodiadau wedi&apos;u cyhoeddi: gellir eu gwella ond nid eu gwagio.</translation>
    </message>
    <message>
        <source>Save the notes in ReleaseDesk.</source>
        <translation>Cadw&apos;r nodiadau yn ReleaseDesk.</translation>
    </message>
    <message>
        <source>Publishing needs:</source>
        <translation>Mae angen y canlynol i gyhoeddi:</translation>
    </message>
    <message>
        <source>Save the notes and publish them to Confluence.</source>
        <translation>Cadw&apos;r nodiadau a&apos;u cyhoeddi i Confluence.</translation>
    </message>
    <message>
        <source>Save the notes and update their Confluence page.</source>
        <translation>Cadw&apos;r nodiadau a diweddaru eu tudalen Confluence.</translation>
    </message>
    <message>
        <source>The notes were not saved: %1</source>
        <translation>Ni chafodd y nodiadau eu cadw: %1</translation>
    </message>
    <message>
        <source>The notes are saved, but their draft is still in the profile: %1</source>
        <translation>Mae&apos;r nodiadau wedi&apos;u cadw, ond mae eu drafft yn dal yn y proffil: %1</translation>
    </message>
    <message>
        <source>The notes are saved.</source>
        <translation>Mae&apos;r nodiadau wedi&apos;u cadw.</translation>
    </message>
    <message>
        <source>The notes were not published: %1</source>
        <translation>Ni chafodd y nodiadau eu cyhoeddi: %1</translation>
    </message>
    <message>
        <source>The notes are saved and on their way to Confluence: the page is written when the outbox next sends.</source>
        <translation>Mae&apos;r nodiadau wedi&apos;u cadw ac ar eu ffordd i Confluence: bydd y dudalen yn cael ei hysgrifennu pan fydd y blwch allan yn anfon nesaf.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <source>Export the notes as shown to a PDF or Markdown file.</source>
        <translation>Allforio&apos;r nodiadau fel y&apos;u dangosir i ffeil PDF neu Markdown.</translation>
    </message>
    <message>
        <source>Print the notes as shown.</source>
        <translation>Argraffu&apos;r nodiadau fel y&apos;u dangosir.</translation>
    </message>
    <message>
        <source>Open a release to export its notes.</source>
        <translation>Agorwch ryddhad i allforio ei nodiadau.</translation>
    </message>
    <message>
        <source>Open a release to print its notes.</source>
        <translation>Agorwch ryddhad i argraffu ei nodiadau.</translation>
    </message>
    <message>
        <source>The notes were not exported: %1</source>
        <translation>Ni allforiwyd y nodiadau: %1</translation>
    </message>
    <message>
        <source>The notes are exported to %1.</source>
        <translation>Mae&apos;r nodiadau wedi&apos;u hallforio i %1.</translation>
    </message>
    <message>
        <source>Print release notes</source>
        <translation>Argraffu nodiadau rhyddhau</translation>
    </message>
    <message>
        <source>The notes were not printed: %1</source>
        <translation>Ni argraffwyd y nodiadau: %1</translation>
    </message>
    <message>
        <source>S&amp;ave notes</source>
        <translation>C&amp;adw&apos;r nodiadau</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ServicesPreview</name>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>Deployment type</source>
        <translation>Math lleoli</translation>
    </message>
    <message>
        <source>Services and versions to release</source>
        <translation>Gwasanaethau a fersiynau i&apos;w rhyddhau</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>ddim yn y catalog</translation>
    </message>
    <message>
        <source>%1 has no successful docker-build-ecr or cidev-apply build: its version cannot be told. Wait for its pipeline, or leave its tasks out.</source>
        <translation>Nid oes gan %1 adeiladiad docker-build-ecr na cidev-apply llwyddiannus: nid oes modd dweud beth yw ei fersiwn. Arhoswch am ei biblinell, neu gadewch ei dasgau allan.</translation>
    </message>
    <message>
        <source>No service named in Jira for %1: it adds no service to the release.</source>
        <translation>Dim gwasanaeth wedi&apos;i enwi yn Jira ar gyfer %1: nid yw&apos;n ychwanegu gwasanaeth at y rhyddhad.</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Chwilio gweithredoedd a bysellau</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Llwybr byr</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::SignOffModel</name>
    <message>
        <source>Tasks are signed off in CI-Dev and Staging, not in Live.</source>
        <translation>Caiff tasgau eu cymeradwyo yn CI-Dev a Staging, nid yn Live.</translation>
    </message>
    <message>
        <source>Release %1 is %2; its record is closed.</source>
        <translation>Cam rhyddhad %1 yw %2; mae ei gofnod wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>Live has already been requested for release %1.</source>
        <translation>Mae cais am Live eisoes wedi&apos;i wneud ar gyfer rhyddhad %1.</translation>
    </message>
    <message>
        <source>Release %1 is in %2: live is requested once it is in staging and every task has passed there.</source>
        <translation>Mae rhyddhad %1 ar y cam %2: gofynnir am Live pan fydd yn Staging a phob tasg wedi pasio yno.</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Heb ei brofi</translation>
    </message>
    <message>
        <source>%1 is not in the local copy of Jira yet; sync to read it.</source>
        <translation>Nid yw %1 yn y copi lleol o Jira eto; cysonwch i&apos;w darllen.</translation>
    </message>
    <message>
        <source>Failed in %1: it blocks the release until it is tested again and passes.</source>
        <translation>Wedi methu yn %1: mae&apos;n rhwystro&apos;r rhyddhad nes iddi gael ei phrofi eto a phasio.</translation>
    </message>
    <message>
        <source>The task&apos;s status in Jira, as last synced</source>
        <translation>Statws y dasg yn Jira, fel y&apos;i cysonwyd ddiwethaf</translation>
    </message>
    <message>
        <source>The latest verdict in %1</source>
        <translation>Y dyfarniad diweddaraf yn %1</translation>
    </message>
    <message>
        <source>The task&apos;s pull requests in GitHub, as last synced; double-click to open</source>
        <translation>Ceisiadau tynnu&apos;r dasg yn GitHub, fel y&apos;u cysonwyd ddiwethaf; cliciwch ddwywaith i agor</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Aseinai</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Profwr</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>Adolygiad cymheiriaid</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::SignOffView</name>
    <message>
        <source>Show the verdicts in %1</source>
        <translation>Dangos y dyfarniadau yn %1</translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <translation>Heb eu profi eto</translation>
    </message>
    <message>
        <source>Show only the tasks without a verdict in this environment</source>
        <translation>Dangos dim ond y tasgau heb ddyfarniad yn yr amgylchedd hwn</translation>
    </message>
    <message>
        <source>Request live</source>
        <translation>Gofyn am Live</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pasio</translation>
    </message>
    <message>
        <source>Fail…</source>
        <translation>Methu…</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Heb ei brofi</translation>
    </message>
    <message>
        <source>Could not read release %1.</source>
        <translation>Nid oedd modd darllen rhyddhad %1.</translation>
    </message>
    <message>
        <source>Could not show the verdicts in %1.</source>
        <translation>Nid oedd modd dangos y dyfarniadau yn %1.</translation>
    </message>
    <message>
        <source>Could not read the release&apos;s tasks.</source>
        <translation>Nid oedd modd darllen tasgau&apos;r rhyddhad.</translation>
    </message>
    <message>
        <source>ReleaseDesk does not know who you are yet: connect Jira (Connections…) and sync, so that your verdicts are signed with your Jira account.</source>
        <translation>Nid yw ReleaseDesk yn gwybod pwy ydych chi eto: cysylltwch Jira (Cysylltiadau…) a chysonwch, fel bod eich dyfarniadau&apos;n cael eu llofnodi gyda&apos;ch cyfrif Jira.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The table could not be read again. %1</source>
        <translation>Nid oedd modd darllen y tabl eto. %1</translation>
    </message>
    <message>
        <source>Not recorded, so still selected: %1</source>
        <translation>Heb eu cofnodi, felly&apos;n dal wedi&apos;u dewis: %1</translation>
    </message>
    <message>
        <source>Passed in %1: %2.</source>
        <translation>Wedi pasio yn %1: %2.</translation>
    </message>
    <message>
        <source>Failed in %1: %2. The developers are told in the release channel and on Jira.</source>
        <translation>Wedi methu yn %1: %2. Mae&apos;r datblygwyr yn cael gwybod yn y sianel rhyddhau ac ar Jira.</translation>
    </message>
    <message>
        <source>Back to untested in %1: %2.</source>
        <translation>Yn ôl heb eu profi yn %1: %2.</translation>
    </message>
    <message>
        <source>Live was not requested. %1</source>
        <translation>Ni ofynnwyd am Live. %1</translation>
    </message>
    <message>
        <source>Release %1 · %2</source>
        <translation>Rhyddhad %1 · %2</translation>
    </message>
    <message>
        <source>No release selected</source>
        <translation>Dim rhyddhad wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Not signed in to Jira yet</source>
        <translation>Heb fewngofnodi i Jira eto</translation>
    </message>
    <message>
        <source>Signing off as %1</source>
        <translation>Yn cymeradwyo fel %1</translation>
    </message>
    <message>
        <source>%1: %2 passed · %3 failed · %4 not tested</source>
        <translation>%1: %2 wedi pasio · %3 wedi methu · %4 heb eu profi</translation>
    </message>
    <message>
        <source>ServiceNow test task: not given yet (the release team gives it in their reply to the staging request)</source>
        <translation>Tasg brofi ServiceNow: heb ei rhoi eto (mae&apos;r tîm rhyddhau yn ei rhoi yn eu hateb i&apos;r cais am Staging)</translation>
    </message>
    <message>
        <source>ServiceNow test task: %1</source>
        <translation>Tasg brofi ServiceNow: %1</translation>
    </message>
    <message>
        <source>Select a release first.</source>
        <translation>Dewiswch ryddhad yn gyntaf.</translation>
    </message>
    <message>
        <source>Every task has passed in staging: ask the release team for live in the release channel.</source>
        <translation>Mae pob tasg wedi pasio yn Staging: gofynnwch i&apos;r tîm rhyddhau am Live yn y sianel rhyddhau.</translation>
    </message>
    <message>
        <source>Withdraw the selected tasks&apos; verdicts in %1: they are untested again (U)</source>
        <translation>Tynnu dyfarniadau&apos;r tasgau a ddewiswyd yn ôl yn %1: byddan nhw heb eu profi eto (U)</translation>
    </message>
    <message>
        <source>Pass the selected tasks in %1 (P)</source>
        <translation>Pasio&apos;r tasgau a ddewiswyd yn %1 (P)</translation>
    </message>
    <message>
        <source>Fail the selected tasks in %1 with a note for the developers (F)</source>
        <translation>Methu&apos;r tasgau a ddewiswyd yn %1 gyda nodyn i&apos;r datblygwyr (F)</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::SyncEngine</name>
    <message>
        <source>the sync was cancelled</source>
        <translation>cafodd y cysoni ei ganslo</translation>
    </message>
    <message>
        <source>Jira&apos;s fix versions were not read</source>
        <translation>ni chafodd fersiynau atgyweirio Jira eu darllen</translation>
    </message>
    <message>
        <source>%1 was not read in this sync</source>
        <translation>ni chafodd %1 ei ddarllen yn y cysoniad hwn</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>methodd %1</translation>
    </message>
    <message>
        <source>the release channel has not been read yet</source>
        <translation>nid yw&apos;r sianel rhyddhau wedi&apos;i darllen eto</translation>
    </message>
    <message>
        <source>releases under way</source>
        <translation>rhyddhadau ar y gweill</translation>
    </message>
    <message>
        <source>releases this desk knows</source>
        <translation>rhyddhadau y mae&apos;r ddesg hon yn eu hadnabod</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::TrayNotifier</name>
    <message>
        <source>ReleaseDesk</source>
        <translation>ReleaseDesk</translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::UserGuideWindow</name>
    <message>
        <source>ReleaseDesk user guide</source>
        <translation>Canllaw defnyddiwr ReleaseDesk</translation>
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
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>Back to the guide&apos;s contents (Alt+Home)</source>
        <translation>Yn ôl i gynnwys y canllaw (Alt+Home)</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Canfod yn y canllaw (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ReleaseFollower</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReleaseRequests</name>
    <message>
        <source>Publishing the release notes to Confluence</source>
        <translation>Cyhoeddi&apos;r nodiadau rhyddhau i Confluence</translation>
    </message>
    <message>
        <source>Raising the change ticket in ServiceNow</source>
        <translation>Codi&apos;r tocyn newid yn ServiceNow</translation>
    </message>
    <message>
        <source>Requesting staging in the release channel</source>
        <translation>Gofyn am Staging yn y sianel rhyddhau</translation>
    </message>
    <message>
        <source>Requesting live in the release channel</source>
        <translation>Gofyn am Live yn y sianel rhyddhau</translation>
    </message>
    <message>
        <source>Release %1 is %2; its record is closed.</source>
        <translation>Cam rhyddhad %1 yw %2; mae ei gofnod wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>The release notes of %1 are not published yet; the change ticket links to them.</source>
        <translation>Nid yw nodiadau rhyddhau %1 wedi&apos;u cyhoeddi eto; mae&apos;r tocyn newid yn cysylltu â nhw.</translation>
    </message>
    <message>
        <source>Release %1 is in %2: staging is requested once the change ticket is raised.</source>
        <translation>Mae rhyddhad %1 ar y cam %2: gofynnir am Staging ar ôl i&apos;r tocyn newid gael ei godi.</translation>
    </message>
    <message>
        <source>Staging has already been requested for release %1.</source>
        <translation>Mae cais am Staging eisoes wedi&apos;i wneud ar gyfer rhyddhad %1.</translation>
    </message>
    <message>
        <source>Release %1 is in %2: live is requested once staging has passed.</source>
        <translation>Mae rhyddhad %1 ar y cam %2: gofynnir am Live ar ôl i Staging basio.</translation>
    </message>
    <message>
        <source>Live has already been requested for release %1.</source>
        <translation>Mae cais am Live eisoes wedi&apos;i wneud ar gyfer rhyddhad %1.</translation>
    </message>
    <message>
        <source>%1 is already in the outbox for release %2 (entry %3, %4).</source>
        <translation>%1: eisoes yn y blwch allan ar gyfer rhyddhad %2 (cofnod %3, %4).</translation>
    </message>
    <message>
        <source>Release %1 is in %2: its notes are published once it is ready for staging.</source>
        <translation>Mae rhyddhad %1 ar y cam %2: caiff ei nodiadau eu cyhoeddi pan fydd yn barod ar gyfer Staging.</translation>
    </message>
</context>
<context>
    <name>ReleaseWorkflow</name>
    <message>
        <source>%1 is not in release %2.</source>
        <translation>Nid yw %1 yn rhyddhad %2.</translation>
    </message>
    <message>
        <source>%1 is the last task of release %2; a release keeps at least one. Cancel the release instead.</source>
        <translation>%1 yw tasg olaf rhyddhad %2; mae rhyddhad yn cadw o leiaf un. Canslwch y rhyddhad yn lle hynny.</translation>
    </message>
    <message>
        <source>Tasks are tested in CI-Dev and Staging, not in Live.</source>
        <translation>Caiff tasgau eu profi yn CI-Dev a Staging, nid yn Live.</translation>
    </message>
    <message>
        <source>A failed test needs a note that tells the developers what went wrong.</source>
        <translation>Mae angen nodyn ar brawf sydd wedi methu i ddweud wrth y datblygwyr beth aeth o&apos;i le.</translation>
    </message>
    <message>
        <source>Unknown task %1. Sync with Jira, or check the key.</source>
        <translation>Tasg anhysbys %1. Cysonwch gyda Jira, neu gwiriwch yr allwedd.</translation>
    </message>
    <message>
        <source>%1 passed in %2</source>
        <translation>Pasiodd %1 yn %2</translation>
    </message>
    <message>
        <source>%1 failed in %2</source>
        <translation>Methodd %1 yn %2</translation>
    </message>
    <message>
        <source>%1 back to untested in %2</source>
        <translation>%1 yn ôl heb ei brofi yn %2</translation>
    </message>
    <message>
        <source>Release %1 cannot go back to CI-Dev, so the verdict is not recorded: %2</source>
        <translation>Ni all rhyddhad %1 fynd yn ôl i CI-Dev, felly ni chafodd y dyfarniad ei gofnodi: %2</translation>
    </message>
    <message>
        <source>Say who is making this change.</source>
        <translation>Dywedwch pwy sy&apos;n gwneud y newid hwn.</translation>
    </message>
    <message>
        <source>Release %1 is %2; its record is closed.</source>
        <translation>Cam rhyddhad %1 yw %2; mae ei gofnod wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>A release needs a name.</source>
        <translation>Mae angen enw ar ryddhad.</translation>
    </message>
    <message>
        <source>There is already a release named %1.</source>
        <translation>Mae rhyddhad o&apos;r enw %1 eisoes yn bod.</translation>
    </message>
    <message>
        <source>Every service in a release needs a name.</source>
        <translation>Mae angen enw ar bob gwasanaeth mewn rhyddhad.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>Mae %1 wedi&apos;i restru ddwywaith.</translation>
    </message>
    <message>
        <source>A release needs at least one task.</source>
        <translation>Mae angen o leiaf un dasg ar ryddhad.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown tasks: %1. Sync with Jira, or check the keys.</source>
        <translation>
            <numerusform>Tasgau anhysbys: %1. Cysonwch gyda Jira, neu gwiriwch yr allweddi.</numerusform>
            <numerusform>Tasg anhysbys: %1. Cysonwch gyda Jira, neu gwiriwch yr allwedd.</numerusform>
            <numerusform>Tasgau anhysbys: %1. Cysonwch gyda Jira, neu gwiriwch yr allweddi.</numerusform>
            <numerusform>Tasgau anhysbys: %1. Cysonwch gyda Jira, neu gwiriwch yr allweddi.</numerusform>
            <numerusform>Tasgau anhysbys: %1. Cysonwch gyda Jira, neu gwiriwch yr allweddi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a back out or a cancellation is recorded as said.</source>
        <translation>Dim ond tynnu&apos;n ôl neu ganslo y gellir ei gofnodi ar sail yr hyn a ddywedwyd.</translation>
    </message>
    <message>
        <source>A release cannot move from %1 to %2.</source>
        <translation>Ni all rhyddhad symud o&apos;r cam %1 i&apos;r cam %2.</translation>
    </message>
    <message>
        <source>CI-Dev is deployed by the pipelines, not the release team.</source>
        <translation>Y piblinellau sy&apos;n lleoli i CI-Dev, nid y tîm rhyddhau.</translation>
    </message>
    <message>
        <source>The ServiceNow test task number is missing.</source>
        <translation>Mae rhif tasg brofi ServiceNow ar goll.</translation>
    </message>
    <message>
        <source>Say how the release team confirmed live.</source>
        <translation>Dywedwch sut y cadarnhaodd y tîm rhyddhau ei fod yn fyw.</translation>
    </message>
    <message>
        <source>Release %1 does not ship %2.</source>
        <translation>Nid yw rhyddhad %1 yn cynnwys %2.</translation>
    </message>
    <message>
        <source>A published page needs its Confluence id and address.</source>
        <translation>Mae angen id Confluence a chyfeiriad ar dudalen a gyhoeddwyd.</translation>
    </message>
    <message>
        <source>The change ticket number is missing.</source>
        <translation>Mae rhif y tocyn newid ar goll.</translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation>Mae %1 ar goll.</translation>
    </message>
    <message>
        <source>staging request message</source>
        <translation>neges y cais am Staging</translation>
    </message>
    <message>
        <source>ServiceNow test task number</source>
        <translation>rhif tasg brofi ServiceNow</translation>
    </message>
    <message>
        <source>live request message</source>
        <translation>neges y cais am Live</translation>
    </message>
    <message>
        <source>live confirmation message</source>
        <translation>neges gadarnhau Live</translation>
    </message>
</context>
<context>
    <name>ServiceNowClient</name>
    <message>
        <source>%1 ServiceNow said: %2</source>
        <translation>%1 Dywedodd ServiceNow: %2</translation>
    </message>
    <message>
        <source>ServiceNow %1: the answer could not be read: %2.</source>
        <translation>ServiceNow %1: nid oedd modd darllen yr ateb: %2.</translation>
    </message>
    <message>
        <source>ServiceNow: no assignment group is set in the connection settings.</source>
        <translation>ServiceNow: nid oes grŵp aseinio wedi&apos;i osod yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 lookup</source>
        <translation>chwilio %1</translation>
    </message>
    <message>
        <source>ServiceNow %1: the account signed in but may not read assignment groups (%2); it needs a role such as itil.</source>
        <translation>ServiceNow %1: mewngofnododd y cyfrif ond efallai na chaiff ddarllen grwpiau aseinio (%2); mae angen rôl fel itil arno.</translation>
    </message>
    <message>
        <source>ServiceNow %1: no group is named &quot;%2&quot;; check the assignment group in the connection settings.</source>
        <translation>ServiceNow %1: nid oes grŵp o&apos;r enw &quot;%2&quot;; gwiriwch y grŵp aseinio yng ngosodiadau&apos;r cysylltiad.</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>rhestr %1</translation>
    </message>
    <message>
        <source>ServiceNow %1: no correlation prefix was given.</source>
        <translation>ServiceNow %1: ni roddwyd rhagddodiad cydberthyniad.</translation>
    </message>
    <message>
        <source>ServiceNow %1: stopped after %2 pages without reaching the end.</source>
        <translation>ServiceNow %1: wedi stopio ar ôl %2 tudalen heb gyrraedd y diwedd.</translation>
    </message>
    <message>
        <source>ServiceNow %1: no correlation id was given.</source>
        <translation>ServiceNow %1: ni roddwyd id cydberthyniad.</translation>
    </message>
    <message>
        <source>%1 work notes</source>
        <translation>nodiadau gwaith %1</translation>
    </message>
    <message>
        <source>the field &apos;result.work_notes&apos; is missing</source>
        <translation>mae&apos;r maes &apos;result.work_notes&apos; ar goll</translation>
    </message>
    <message>
        <source>%1 create</source>
        <translation>creu %1</translation>
    </message>
    <message>
        <source>ServiceNow %1: %2</source>
        <translation>ServiceNow %1: %2</translation>
    </message>
    <message>
        <source>%1 update</source>
        <translation>diweddaru %1</translation>
    </message>
    <message>
        <source>ServiceNow %1: no change was named.</source>
        <translation>ServiceNow %1: ni enwyd cais newid.</translation>
    </message>
    <message>
        <source>%1 mandatory fields</source>
        <translation>meysydd gorfodol %1</translation>
    </message>
    <message>
        <source>ServiceNow %1: the account may not read the dictionary, so the fields the instance requires on a change cannot be checked beforehand.</source>
        <translation>ServiceNow %1: ni chaiff y cyfrif ddarllen y geiriadur, felly nid oes modd gwirio ymlaen llaw pa feysydd y mae&apos;r gweinydd ServiceNow yn eu mynnu ar gais newid.</translation>
    </message>
</context>
<context>
    <name>ServiceNowParse</name>
    <message>
        <source>the field &apos;%1&apos; is not a time: %2</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn amser: %2</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is empty</source>
        <translation>mae&apos;r maes &apos;%1&apos; yn wag</translation>
    </message>
    <message>
        <source>the field &apos;result[0].sys_id&apos; is empty</source>
        <translation>mae&apos;r maes &apos;result[0].sys_id&apos; yn wag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation>&apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>ServiceNow requires %1 on a change: set it in Connections → ServiceNow → Extra fields.</source>
        <translation>Mae ServiceNow yn mynnu %1 ar gais newid: gosodwch hyn yn Cysylltiadau → ServiceNow → Meysydd ychwanegol.</translation>
    </message>
</context>
<context>
    <name>ServiceNowSecrets</name>
    <message>
        <source>ServiceNow: the stored sign-in does not hold both the password and the OAuth client&apos;s secret; enter both again in Connections → ServiceNow.</source>
        <translation>ServiceNow: nid yw&apos;r mewngofnod sydd wedi&apos;i gadw yn cynnwys y cyfrinair a chyfrinach y cleient OAuth ill dau; rhowch y ddau eto yn Cysylltiadau → ServiceNow.</translation>
    </message>
</context>
<context>
    <name>ServiceNowSignIn</name>
    <message>
        <source>ServiceNow: signing in through an OAuth client takes the client&apos;s id and secret and the user&apos;s password; enter them in Connections → ServiceNow.</source>
        <translation>ServiceNow: mae mewngofnodi drwy gleient OAuth yn gofyn am id a chyfrinach y cleient a chyfrinair y defnyddiwr; rhowch nhw yn Cysylltiadau → ServiceNow.</translation>
    </message>
    <message>
        <source>no access token came</source>
        <translation>ni ddaeth tocyn mynediad</translation>
    </message>
    <message>
        <source>ServiceNow did not renew the sign-in (%1): sign in again. The next attempt signs in with the stored password; if that fails too, enter the password and the OAuth client&apos;s secret again in Connections → ServiceNow.</source>
        <translation>Ni adnewyddodd ServiceNow y mewngofnod (%1): mewngofnodwch eto. Bydd yr ymgais nesaf yn mewngofnodi â&apos;r cyfrinair sydd wedi&apos;i gadw; os bydd hynny&apos;n methu hefyd, rhowch y cyfrinair a chyfrinach y cleient OAuth eto yn Cysylltiadau → ServiceNow.</translation>
    </message>
    <message>
        <source>ServiceNow refused the sign-in of %1 through OAuth client %2 (%3): check the user, the password and the client&apos;s id and secret in Connections → ServiceNow.</source>
        <translation>Gwrthododd ServiceNow fewngofnod %1 drwy&apos;r cleient OAuth %2 (%3): gwiriwch y defnyddiwr, y cyfrinair, ac id a chyfrinach y cleient yn Cysylltiadau → ServiceNow.</translation>
    </message>
</context>
<context>
    <name>ServiceNowSync</name>
    <message>
        <source>changes</source>
        <translation>ceisiadau newid</translation>
    </message>
    <message>
        <source>change tasks</source>
        <translation>tasgau newid</translation>
    </message>
    <message>
        <source>%1: change ticket %2</source>
        <translation>%1: tocyn newid %2</translation>
    </message>
    <message>
        <source>%1: test task %2</source>
        <translation>%1: tasg brofi %2</translation>
    </message>
</context>
<context>
    <name>SlackClient</name>
    <message>
        <source>sign-in check</source>
        <translation>gwirio mewngofnodi</translation>
    </message>
    <message>
        <source>channel lookup</source>
        <translation>chwilio sianel</translation>
    </message>
    <message>
        <source>no channel is set; enter the release channel&apos;s name in the Slack connection settings.</source>
        <translation>nid oes sianel wedi&apos;i gosod; rhowch enw&apos;r sianel ryddhau yng ngosodiadau cysylltiad Slack.</translation>
    </message>
    <message>
        <source>channel history</source>
        <translation>hanes y sianel</translation>
    </message>
    <message>
        <source>thread replies</source>
        <translation>atebion edefyn</translation>
    </message>
    <message>
        <source>post message</source>
        <translation>postio neges</translation>
    </message>
    <message>
        <source>user groups</source>
        <translation>grwpiau defnyddwyr</translation>
    </message>
    <message>
        <source>there is no user group @%1; check the release team in the Slack connection settings.</source>
        <translation>nid oes grŵp defnyddwyr @%1; gwiriwch y tîm rhyddhau yng ngosodiadau cysylltiad Slack.</translation>
    </message>
    <message>
        <source>release team members</source>
        <translation>aelodau&apos;r tîm rhyddhau</translation>
    </message>
    <message>
        <source>user by email</source>
        <translation>defnyddiwr yn ôl e-bost</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>defnyddiwr %1</translation>
    </message>
</context>
<context>
    <name>SlackParse</name>
    <message>
        <source>the answer does not say &quot;ok&quot;: true</source>
        <translation>nid yw&apos;r ateb yn dweud &quot;ok&quot;: true</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a Slack timestamp: %2</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn stamp amser Slack: %2</translation>
    </message>
    <message>
        <source>no token was sent; enter the Slack app&apos;s bot token (xoxb-…) in the Slack connection settings.</source>
        <translation>ni anfonwyd tocyn; rhowch docyn bot ap Slack (xoxb-…) yng ngosodiadau cysylltiad Slack.</translation>
    </message>
    <message>
        <source>Slack did not accept the token; check the bot token in the Slack connection settings.</source>
        <translation>Ni dderbyniodd Slack y tocyn; gwiriwch y tocyn bot yng ngosodiadau cysylltiad Slack.</translation>
    </message>
    <message>
        <source>the token is no longer valid (%1); reinstall the Slack app in the workspace and enter its new bot token in the Slack connection settings.</source>
        <translation>nid yw&apos;r tocyn yn ddilys mwyach (%1); ailosodwch ap Slack yn y gweithle a rhowch ei docyn bot newydd yng ngosodiadau cysylltiad Slack.</translation>
    </message>
    <message>
        <source>the Slack app lacks a permission this needs; give it the scopes chat:write, channels:read, groups:read, channels:history, groups:history, users:read and usergroups:read, then reinstall it.</source>
        <translation>nid oes gan ap Slack ganiatâd sydd ei angen ar gyfer hyn; rhowch y cwmpasau chat:write, channels:read, groups:read, channels:history, groups:history, users:read a usergroups:read iddo, yna ei ailosod.</translation>
    </message>
    <message>
        <source>the Slack app lacks the permission %1; add it to the app&apos;s scopes, then reinstall it.</source>
        <translation>nid oes gan ap Slack y caniatâd %1; ychwanegwch ef at gwmpasau&apos;r ap, yna ei ailosod.</translation>
    </message>
    <message>
        <source>the channel #%1 was not found, or it is private and the app is not in it; check the channel&apos;s name in the Slack connection settings, or invite the app to the channel.</source>
        <translation>ni chafwyd hyd i&apos;r sianel #%1, neu mae&apos;n breifat ac nid yw&apos;r ap ynddi; gwiriwch enw&apos;r sianel yng ngosodiadau cysylltiad Slack, neu gwahoddwch yr ap i&apos;r sianel.</translation>
    </message>
    <message>
        <source>the app is not a member of #%1; invite it there with /invite.</source>
        <translation>nid yw&apos;r ap yn aelod o #%1; gwahoddwch ef yno gyda /invite.</translation>
    </message>
    <message>
        <source>the channel #%1 is archived; unarchive it, or choose another channel in the Slack connection settings.</source>
        <translation>mae&apos;r sianel #%1 wedi&apos;i harchifo; dad-archifwch hi, neu dewiswch sianel arall yng ngosodiadau cysylltiad Slack.</translation>
    </message>
    <message>
        <source>the message is too long for Slack; shorten it.</source>
        <translation>mae&apos;r neges yn rhy hir i Slack; byrhewch hi.</translation>
    </message>
    <message>
        <source>the message is empty; nothing was posted.</source>
        <translation>mae&apos;r neges yn wag; ni phostiwyd dim.</translation>
    </message>
    <message>
        <source>Slack did not accept the paging cursor, perhaps because the list changed while it was read; try again.</source>
        <translation>Ni dderbyniodd Slack y cyrchwr tudalennu, efallai am fod y rhestr wedi newid wrth ei darllen; ceisiwch eto.</translation>
    </message>
    <message>
        <source>Slack is limiting requests; try again in a few minutes.</source>
        <translation>Mae Slack yn cyfyngu ar geisiadau; ceisiwch eto ymhen ychydig funudau.</translation>
    </message>
    <message>
        <source>the release team&apos;s user group was not found in Slack; check the release team in the Slack connection settings.</source>
        <translation>ni chafwyd hyd i grŵp defnyddwyr y tîm rhyddhau yn Slack; gwiriwch y tîm rhyddhau yng ngosodiadau cysylltiad Slack.</translation>
    </message>
    <message>
        <source>a member of the release team was not found in Slack; check the release team&apos;s user ids in the Slack connection settings.</source>
        <translation>ni chafwyd hyd i aelod o&apos;r tîm rhyddhau yn Slack; gwiriwch ids defnyddwyr y tîm rhyddhau yng ngosodiadau cysylltiad Slack.</translation>
    </message>
    <message>
        <source>the thread was not found; its first message may have been deleted.</source>
        <translation>ni chafwyd hyd i&apos;r edefyn; efallai fod ei neges gyntaf wedi&apos;i dileu.</translation>
    </message>
    <message>
        <source>Slack refused the request (%1).</source>
        <translation>Gwrthododd Slack y cais (%1).</translation>
    </message>
    <message>
        <source>the answer says has_more but gives no next_cursor</source>
        <translation>mae&apos;r ateb yn dweud has_more ond nid yw&apos;n rhoi next_cursor</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a user id</source>
        <translation>nid yw&apos;r maes &apos;%1&apos; yn id defnyddiwr</translation>
    </message>
</context>
<context>
    <name>SlackSync</name>
    <message>
        <source>channel messages</source>
        <translation>negeseuon y sianel</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>edafedd</translation>
    </message>
    <message>
        <source>release team</source>
        <translation>tîm rhyddhau</translation>
    </message>
    <message>
        <source>a reply to a request in #%1 at %2: &quot;%3&quot;</source>
        <translation>ateb i gais yn #%1 am %2: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 is not in the release team, so nothing moved on their &quot;%2&quot;</source>
        <translation>nid yw %1 yn y tîm rhyddhau, felly ni symudodd dim ar sail eu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 stays %2 although the release team wrote &quot;%3&quot;</source>
        <translation>mae %1 yn aros yn %2 er i&apos;r tîm rhyddhau ysgrifennu &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (Slack)</source>
        <translation>%1 (Slack)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the answer to %1&apos;s request names %2: &quot;%3&quot;</source>
        <translation>mae&apos;r ateb i gais %1 yn enwi %2: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 is applied to staging, but no ServiceNow test task is known yet: &quot;%2&quot;</source>
        <translation>mae %1 wedi&apos;i osod ar Staging, ond nid oes tasg brofi ServiceNow yn hysbys eto: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: in staging, test task %2</source>
        <translation>%1: yn Staging, tasg brofi %2</translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation>%1: yn fyw</translation>
    </message>
    <message>
        <source>channel history</source>
        <translation>hanes y sianel</translation>
    </message>
    <message>
        <source>a page repeats newer messages</source>
        <translation>mae tudalen yn ailadrodd negeseuon mwy newydd</translation>
    </message>
</context>
<context>
    <name>SlackWebApi</name>
    <message>
        <source>Slack %1: %2</source>
        <translation>Slack %1: %2</translation>
    </message>
    <message>
        <source>Slack %1: the answer could not be read: %2.</source>
        <translation>Slack %1: nid oedd modd darllen yr ateb: %2.</translation>
    </message>
    <message>
        <source>%1 Slack said: %2</source>
        <translation>%1 Dywedodd Slack: %2</translation>
    </message>
    <message>
        <source>stopped after %1 pages without reaching the end.</source>
        <translation>wedi stopio ar ôl %1 tudalen heb gyrraedd y diwedd.</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>a sync cursor needs the name of its source</source>
        <translation>mae angen enw ei ffynhonnell ar gyrchwr cysoni</translation>
    </message>
    <message>
        <source>the sync cursor of %1: %2</source>
        <translation>cyrchwr cysoni %1: %2</translation>
    </message>
    <message>
        <source>Could not save the services: %1</source>
        <translation>Methu cadw&apos;r gwasanaethau: %1</translation>
    </message>
    <message>
        <source>Could not read the services: %1</source>
        <translation>Methu darllen y gwasanaethau: %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Methu cadw&apos;r ceisiadau newid: %1</translation>
    </message>
    <message>
        <source>Could not read the changes: %1</source>
        <translation>Methu darllen y ceisiadau newid: %1</translation>
    </message>
    <message>
        <source>Could not save the pipeline builds: %1</source>
        <translation>Methu cadw adeiladiadau&apos;r piblinellau: %1</translation>
    </message>
    <message>
        <source>Could not read the pipeline builds: %1</source>
        <translation>Methu darllen adeiladiadau&apos;r piblinellau: %1</translation>
    </message>
    <message>
        <source>Could not save the channel messages: %1</source>
        <translation>Methu cadw negeseuon y sianel: %1</translation>
    </message>
    <message>
        <source>Could not read the channel messages: %1</source>
        <translation>Methu darllen negeseuon y sianel: %1</translation>
    </message>
    <message>
        <source>Could not read the sync cursor of %1: %2</source>
        <translation>Methu darllen cyrchwr cysoni %1: %2</translation>
    </message>
    <message>
        <source>Could not save the sync state: %1</source>
        <translation>Methu cadw&apos;r cyflwr cysoni: %1</translation>
    </message>
    <message>
        <source>Could not read the test results: %1</source>
        <translation>Methu darllen canlyniadau&apos;r profion: %1</translation>
    </message>
    <message>
        <source>Could not read the releases of %1: %2</source>
        <translation>Methu darllen rhyddhadau %1: %2</translation>
    </message>
    <message>
        <source>there is no such entry</source>
        <translation>nid oes cofnod o&apos;r fath</translation>
    </message>
    <message>
        <source>it is “%1”</source>
        <translation>ei gyflwr yw “%1”</translation>
    </message>
    <message>
        <source>Could not read the outbox: %1</source>
        <translation>Methu darllen y blwch allan: %1</translation>
    </message>
    <message>
        <source>Could not read the outbox entry %1: %2</source>
        <translation>Methu darllen cofnod %1 y blwch allan: %2</translation>
    </message>
    <message>
        <source>there is no such entry, or another process is sending it</source>
        <translation>nid oes cofnod o&apos;r fath, neu mae proses arall yn ei anfon</translation>
    </message>
    <message>
        <source>Could not update the outbox entry %1 (“%2”): %3</source>
        <translation>Methu diweddaru cofnod %1 y blwch allan (“%2”): %3</translation>
    </message>
    <message>
        <source>Could not take the next outbox entry: %1</source>
        <translation>Methu cymryd y cofnod nesaf o&apos;r blwch allan: %1</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>cofnod %1: %2</translation>
    </message>
    <message>
        <source>entry %1 was moved while it was being taken</source>
        <translation>symudwyd cofnod %1 tra oedd yn cael ei gymryd</translation>
    </message>
    <message>
        <source>another process took it over and is sending it</source>
        <translation>cymerodd proses arall ef drosodd ac mae&apos;n ei anfon</translation>
    </message>
    <message>
        <source>saving the release “%1”: %2</source>
        <translation>cadw&apos;r rhyddhad “%1”: %2</translation>
    </message>
    <message>
        <source>Could not record the outbox entry %1 (“%2”) as sent: %3</source>
        <translation>Methu cofnodi bod cofnod %1 y blwch allan (“%2”) wedi&apos;i anfon: %3</translation>
    </message>
    <message>
        <source>Could not retry the outbox entry %1: %2</source>
        <translation>Methu ailgynnig cofnod %1 y blwch allan: %2</translation>
    </message>
    <message>
        <source>Could not discard the outbox entry %1: %2</source>
        <translation>Methu gwaredu cofnod %1 y blwch allan: %2</translation>
    </message>
    <message>
        <source>Could not save the peer reviews: %1</source>
        <translation>Methu cadw&apos;r adolygiadau gan gymheiriaid: %1</translation>
    </message>
    <message>
        <source>Could not read the peer reviews: %1</source>
        <translation>Methu darllen yr adolygiadau gan gymheiriaid: %1</translation>
    </message>
    <message>
        <source>Could not read the releases: %1</source>
        <translation>Methu darllen y rhyddhadau: %1</translation>
    </message>
    <message>
        <source>release %1: %2</source>
        <translation>rhyddhad %1: %2</translation>
    </message>
    <message>
        <source>updating the release: %1</source>
        <translation>diweddaru&apos;r rhyddhad: %1</translation>
    </message>
    <message>
        <source>there is no release with id %1</source>
        <translation>nid oes rhyddhad ag id %1</translation>
    </message>
    <message>
        <source>clearing its %1: %2</source>
        <translation>clirio ei %1: %2</translation>
    </message>
    <message>
        <source>writing its services: %1</source>
        <translation>ysgrifennu ei wasanaethau: %1</translation>
    </message>
    <message>
        <source>writing its service “%1”: %2</source>
        <translation>ysgrifennu ei wasanaeth “%1”: %2</translation>
    </message>
    <message>
        <source>writing its tasks: %1</source>
        <translation>ysgrifennu ei dasgau: %1</translation>
    </message>
    <message>
        <source>writing its task “%1”: %2</source>
        <translation>ysgrifennu ei dasg “%1”: %2</translation>
    </message>
    <message>
        <source>recording its history: %1</source>
        <translation>cofnodi ei hanes: %1</translation>
    </message>
    <message>
        <source>recording the “%1” event: %2</source>
        <translation>cofnodi&apos;r digwyddiad “%1”: %2</translation>
    </message>
    <message>
        <source>queuing its outbox entries: %1</source>
        <translation>rhoi ei gofnodion blwch allan yn y ciw: %1</translation>
    </message>
    <message>
        <source>queuing a “%1” outbox entry: it has no idempotency key</source>
        <translation>rhoi cofnod blwch allan “%1” yn y ciw: nid oes ganddo allwedd idempotency</translation>
    </message>
    <message>
        <source>queuing the “%1” outbox entry “%2”: %3</source>
        <translation>rhoi cofnod blwch allan “%1” “%2” yn y ciw: %3</translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation>methu creu&apos;r ffolder %1</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Methu agor y gronfa ddata %1: %2</translation>
    </message>
    <message>
        <source>Could not open the database: no file name was given.</source>
        <translation>Methu agor y gronfa ddata: ni roddwyd enw ffeil.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>nid yw gyrrwr SQLite Qt (QSQLITE) wedi&apos;i osod</translation>
    </message>
    <message>
        <source>the file is damaged or is not a ReleaseDesk database (%1)</source>
        <translation>mae&apos;r ffeil wedi&apos;i difrodi neu nid yw&apos;n gronfa ddata ReleaseDesk (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1); restore a copy (the one kept before the last upgrade is %2.bak-v&lt;N&gt;) or move it away to start afresh</source>
        <translation>mae&apos;r ffeil wedi&apos;i difrodi (%1); adferwch gopi (yr un a gadwyd cyn yr uwchraddiad diwethaf yw %2.bak-v&lt;N&gt;) neu symudwch hi o&apos;r ffordd i ddechrau o&apos;r newydd</translation>
    </message>
    <message>
        <source>writing the release: %1</source>
        <translation>ysgrifennu&apos;r rhyddhad: %1</translation>
    </message>
    <message>
        <source>Could not create the release “%1”: %2</source>
        <translation>Methu creu&apos;r rhyddhad “%1”: %2</translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation>Nid oes rhyddhad ag id %1.</translation>
    </message>
    <message>
        <source>Could not save the release “%1” (id %2): %3</source>
        <translation>Methu cadw&apos;r rhyddhad “%1” (id %2): %3</translation>
    </message>
    <message>
        <source>The change to the release with id %1 was refused.</source>
        <translation>Gwrthodwyd y newid i&apos;r rhyddhad ag id %1.</translation>
    </message>
    <message>
        <source>Could not save the release with id %1: %2</source>
        <translation>Methu cadw&apos;r rhyddhad ag id %1: %2</translation>
    </message>
    <message>
        <source>writing the result: %1</source>
        <translation>ysgrifennu&apos;r canlyniad: %1</translation>
    </message>
    <message>
        <source>moving the release “%1”: %2</source>
        <translation>symud y rhyddhad “%1”: %2</translation>
    </message>
    <message>
        <source>Could not record the test result for %1 in %2: %3</source>
        <translation>Methu cofnodi canlyniad y prawf ar gyfer %1 yn %2: %3</translation>
    </message>
    <message>
        <source>writing the result of %1: %2</source>
        <translation>ysgrifennu canlyniad %1: %2</translation>
    </message>
    <message>
        <source>Could not record the verdicts read: %1</source>
        <translation>Methu cofnodi&apos;r dyfarniadau a ddarllenwyd: %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 yn %2: %3</translation>
    </message>
    <message>
        <source>Could not update the verdicts: %1</source>
        <translation>Methu diweddaru&apos;r dyfarniadau: %1</translation>
    </message>
    <message>
        <source>Could not read the history of release %1: %2</source>
        <translation>Methu darllen hanes rhyddhad %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncStep</name>
    <message>
        <source>ReleaseDesk sync</source>
        <translation>Cysoniad ReleaseDesk</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>%1: not synced.</source>
        <translation>%1: heb gysoni.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: wedi methu: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: cancelled; %n new or changed kept.</source>
        <translation>
            <numerusform>%1: wedi&apos;i ganslo; cadwyd %n eitem newydd neu wedi newid.</numerusform>
            <numerusform>%1: wedi&apos;i ganslo; cadwyd %n eitem newydd neu wedi newid.</numerusform>
            <numerusform>%1: wedi&apos;i ganslo; cadwyd %n eitem newydd neu wedi newid.</numerusform>
            <numerusform>%1: wedi&apos;i ganslo; cadwyd %n eitem newydd neu wedi newid.</numerusform>
            <numerusform>%1: wedi&apos;i ganslo; cadwyd %n eitem newydd neu wedi newid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: synced, %2 read, %n new or changed.</source>
        <translation>
            <numerusform>%1: wedi cysoni, darllenwyd %2, %n eitem newydd neu wedi newid.</numerusform>
            <numerusform>%1: wedi cysoni, darllenwyd %2, %n eitem newydd neu wedi newid.</numerusform>
            <numerusform>%1: wedi cysoni, darllenwyd %2, %n eitem newydd neu wedi newid.</numerusform>
            <numerusform>%1: wedi cysoni, darllenwyd %2, %n eitem newydd neu wedi newid.</numerusform>
            <numerusform>%1: wedi cysoni, darllenwyd %2, %n eitem newydd neu wedi newid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Releases: %1.</source>
        <translation>Rhyddhadau: %1.</translation>
    </message>
    <message>
        <source>%1: not understood, please read: %2</source>
        <translation>%1: heb ei ddeall, darllenwch: %2</translation>
    </message>
    <message>
        <source>Releases taken over: %1.</source>
        <translation>Rhyddhadau a gymerwyd drosodd: %1.</translation>
    </message>
    <message>
        <source>Releases moved on elsewhere: %1.</source>
        <translation>Rhyddhadau a symudodd ymlaen mewn man arall: %1.</translation>
    </message>
    <message>
        <source>Taking over releases failed: %1</source>
        <translation>Methodd cymryd rhyddhadau drosodd: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; what was stored is kept.</source>
        <translation>Cysoni wedi&apos;i ganslo; mae&apos;r hyn a storiwyd yn cael ei gadw.</translation>
    </message>
</context>
<context>
    <name>TeamSettingsFile</name>
    <message>
        <source>The team settings could not be saved to %1.</source>
        <translation>Methu cadw gosodiadau&apos;r tîm i %1.</translation>
    </message>
    <message>
        <source>%1 cannot be imported as team settings: %2. Nothing was changed.</source>
        <translation>Nid oes modd mewnforio %1 fel gosodiadau&apos;r tîm: %2. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>it is not a file that &quot;Export team settings&quot; wrote</source>
        <translation>nid yw&apos;n ffeil a ysgrifennwyd gan &quot;Allforio gosodiadau&apos;r tîm&quot; (&quot;Export team settings&quot;)</translation>
    </message>
</context>
<context>
    <name>ThirdPartyComponents</name>
    <message>
        <source>The application framework, linked dynamically: modules Core, Gui, Widgets, Network, Sql and PrintSupport</source>
        <translation>Fframwaith yr ap, wedi&apos;i gysylltu&apos;n ddeinamig: y modiwlau Core, Gui, Widgets, Network, Sql a PrintSupport</translation>
    </message>
    <message>
        <source>Keeps tokens and passwords in the system keychain</source>
        <translation>Yn cadw tocynnau a chyfrineiriau yng nghadwyn allweddi&apos;r system</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Parth cyhoeddus</translation>
    </message>
    <message>
        <source>The profile&apos;s database, through Qt&apos;s QSQLITE driver</source>
        <translation>Cronfa ddata&apos;r proffil, drwy yrrwr QSQLITE Qt</translation>
    </message>
    <message>
        <source>Encrypted connections (TLS), through Qt&apos;s TLS backend</source>
        <translation>Cysylltiadau wedi&apos;u hamgryptio (TLS), drwy ôl-wyneb TLS Qt</translation>
    </message>
</context>
<context>
    <name>TimelineHtml</name>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Nid oes dim wedi digwydd eto.</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>amser anhysbys</translation>
    </message>
    <message>
        <source>asked for staging in Slack</source>
        <translation>wedi gofyn am Staging yn Slack</translation>
    </message>
    <message>
        <source>asked for live in Slack</source>
        <translation>wedi gofyn am Live yn Slack</translation>
    </message>
    <message>
        <source>replied in Slack: applied to staging</source>
        <translation>wedi ateb yn Slack: wedi&apos;i osod ar Staging</translation>
    </message>
    <message>
        <source>replied in Slack: live</source>
        <translation>wedi ateb yn Slack: Live</translation>
    </message>
    <message>
        <source>wrote in Slack: backed out of staging</source>
        <translation>wedi ysgrifennu yn Slack: wedi tynnu&apos;n ôl o Staging</translation>
    </message>
    <message>
        <source>wrote in Slack: backed out of live</source>
        <translation>wedi ysgrifennu yn Slack: wedi tynnu&apos;n ôl o Live</translation>
    </message>
    <message>
        <source>wrote in Slack: cancelled</source>
        <translation>wedi ysgrifennu yn Slack: wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>replied in Slack, not understood: read it and act on it</source>
        <translation>wedi ateb yn Slack, heb ei ddeall: darllenwch ef a gweithredwch arno</translation>
    </message>
    <message>
        <source>wrote in Slack, not from the release team: nothing was moved</source>
        <translation>wedi ysgrifennu yn Slack, nid o&apos;r tîm rhyddhau: ni symudwyd dim</translation>
    </message>
    <message>
        <source>wrote in Slack</source>
        <translation>wedi ysgrifennu yn Slack</translation>
    </message>
    <message>
        <source>Queued %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Yn y ciw %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> after %n attempts</source>
        <translation>
            <numerusform> ar ôl %n ymgais</numerusform>
            <numerusform> ar ôl %n ymgais</numerusform>
            <numerusform> ar ôl %n ymgais</numerusform>
            <numerusform> ar ôl %n ymgais</numerusform>
            <numerusform> ar ôl %n ymgais</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Gwall diwethaf: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ReleaseDesk cannot start</source>
        <translation>Ni all ReleaseDesk gychwyn</translation>
    </message>
    <message>
        <source> — demo</source>
        <translation> — demo</translation>
    </message>
    <message>
        <source>ReleaseDesk runs a team&apos;s release process from CI-Dev to Live in one window.</source>
        <translation>Mae ReleaseDesk yn rhedeg proses rhyddhau tîm o CI-Dev i Live mewn un ffenestr.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; instead of the standard data folder.</source>
        <translation>Cadw&apos;r gronfa ddata a&apos;r gosodiadau yn &lt;dir&gt; yn lle&apos;r ffolder data safonol.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Start on the demo: against the sandbox embedded in the app, in a fresh temporary folder unless --profile is given. Needs no account.</source>
        <translation>Cychwyn ar y demo: yn erbyn y blwch tywod sydd wedi&apos;i fewnosod yn yr ap, mewn ffolder dros dro newydd oni bai bod --profile wedi&apos;i roi. Nid oes angen cyfrif.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Dadl annisgwyl: %1</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>Mae angen ffolder ar --profile.</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; for this run: en (English) or cy (Welsh), instead of the language chosen in the app or the system&apos;s.</source>
        <translation>Siarad &lt;language&gt; ar gyfer y rhediad hwn: en (Saesneg) neu cy (Cymraeg), yn lle&apos;r iaith a ddewiswyd yn yr ap neu iaith y system.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>--language is en or cy.</source>
        <translation>Rhaid i --language fod yn en neu cy.</translation>
    </message>
    <message>
        <source>The translations are missing from %1.</source>
        <translation>Mae&apos;r cyfieithiadau ar goll o %1.</translation>
    </message>
</context>
</TS>
