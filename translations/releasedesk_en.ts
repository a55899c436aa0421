<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChannelWording</name>
    <message>
        <source>staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: give at least one word the team uses for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: &quot;%1&quot; is not a single word for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: &quot;%1&quot; cannot name both staging and live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: the pattern &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a |, which separates patterns in the connections dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with what the reply says: &quot;applied:&quot;, &quot;backed out:&quot; or &quot;cancelled:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a { without its }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown part {%1}; the parts are {environment}, {release} and {testTask}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {%1} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {testTask}, which only an applied reply names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a } without its {.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs words of its own besides its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the release with {release}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Store connections from a JSON document (the shape the sandbox prints); secrets go to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List releases, their stage and what blocks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the connected systems into the store (only what changed since the last sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, send, retry or discard the writes waiting for the remote systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk&apos;s engine from the command line.

Commands:
%1
Run &apos;releasedesk-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt; (default: the desktop app&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. The commands are:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores connections from a JSON document in the shape the sandbox prints (an object per system with url, account, settings and secret). Systems in the document replace their stored connection; the others are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Jira or Confluence offer both, use the Cloud account (email + API token) rather than a personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where ServiceNow offers both, use the OAuth token rather than user and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document; &apos;-&apos; or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect takes one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1. Settings in %2; secrets in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (release %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an outbox entry id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, %2 waiting to be tried again, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded %1 to %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is discarded; it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every write to the remote systems waits in the outbox until it is sent.
  list [--json]              the entries, newest first
  send                       sends what is due, then stops; exit 1 if one failed
  retry ID... | --all        puts failed entries back to be sent
  discard ID --reason TEXT   drops an entry for good, with the reason in the release&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry: every failed entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discard: why, for the release&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, send, retry or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox list takes no arguments besides --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox send takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox retry takes entry ids or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox discard takes one entry id and --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outbox action &apos;%1&apos;; the actions are list, send, retry and discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the releases under way (or all of them), their stage, and what keeps each from its next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include live, backed-out and cancelled releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON, one array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    before %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a release, show it, and take it through its stages as the window does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass or fail a task in CI-Dev or Staging, signed with your Jira account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the team&apos;s settings (no secrets, no accounts) or import a colleague&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then take the team&apos;s settings from &lt;file&gt; (written by &apos;settings export&apos;) over the document&apos;s, keeping this desk&apos;s accounts; without a document, only them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings imported: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings imported; changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares the team&apos;s connection settings: &apos;export FILE&apos; writes them without secrets and without anyone&apos;s account; &apos;import FILE&apos; takes them over, keeping this desk&apos;s accounts and secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: settings export FILE | settings import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings written to %1 (no secrets, no accounts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>ReleaseDesk does not know who you are yet: connect Jira and run &apos;releasedesk-cli sync&apos; once, so that your actions are signed with your Jira account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcourseClient</name>
    <message>
        <source>%1 Concourse said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Concourse builds: %1 has more than %n pages of builds; stopped reading.</source>
        <translation>
            <numerusform>Concourse builds: %1 has more than %n page of builds; stopped reading.</numerusform>
            <numerusform>Concourse builds: %1 has more than %n pages of builds; stopped reading.</numerusform>
        </translation>
    </message>
    <message>
        <source>build resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse builds: the server gave the next page at %1, not at %2 where the connection points; stopped rather than send the credentials there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcourseParse</name>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse build: an entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse builds: the answer is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a known job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a known status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcourseSignInToken</name>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: there is no %1, where fly keeps its sign-ins; run `fly -t %2 login -c &lt;address&gt;` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than fly writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: %1 is not a file fly wrote, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: %1 has no target &apos;%2&apos; (%3); run `fly -t %2 login -c &lt;address&gt;` or correct the fly target in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: fly target &apos;%1&apos; points at %2, team %3, but the connection at %4, team %5; clear the address and team to use the target&apos;s, or choose the target that matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to Concourse with fly target &apos;%1&apos;: run `fly -t %1 login` and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: fly target &apos;%1&apos; holds a token of type &quot;%2&quot;, not a bearer token; run `fly -t %1 login` again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Concourse sign-in for target &apos;%1&apos; has expired: run `fly -t %1 login` and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Concourse token has expired or was refused: paste a new token in the connection settings and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcourseSync</name>
    <message>
        <source>pipelines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfluenceClient</name>
    <message>
        <source>%1 Confluence said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluence %1: the answer could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluence %1: no space key is set; enter the key of the release notes&apos; space in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluence %1: there is no space with the key %2, or the account cannot see it; check the space key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent page check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluence %1: there is no page with the id %2, or the account cannot see it; check the parent page in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluence %1: the page %2 is in the space %3, not in %4; choose a parent page of the release notes&apos; space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluence pages: stopped after %1 requests without reaching the end of the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfluenceParse</name>
    <message>
        <source>the field &apos;%1&apos; is not a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a link below &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;_links.next&apos; is not a link below &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page %1 is at version %2, the last one Confluence can number; it cannot be updated again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfluenceSync</name>
    <message>
        <source>release notes pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notes page %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Signed in to Concourse %1 as a member of team %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1, but project %2 was not found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Jira as %1; project %2 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Slack workspace %1 as %2; channel #%3 found and the app is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Confluence as %1; space %2 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to ServiceNow; assignment group &quot;%1&quot; found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Jira as %1; projects %2 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Developers&apos; channel #%2 found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to GitHub as %1; the repositories of %2 found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDocument</name>
    <message>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection document is not a JSON object: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list holding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the entry must be an object with the connection&apos;s fields, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object holding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection document names none of concourse, jira, confluence, servicenow, slack and github.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSecrets</name>
    <message>
        <source>%1: no secret is stored for this connection. Enter it in the connection settings (or run releasedesk-cli connect).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>%1: %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the address %2 is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release team (a user group or user ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: %1 is not a Slack user id (U…); find it in the person&apos;s profile, under Copy member ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the address is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the address %2 holds a user name or password; give the account and its secret in their own fields instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the address %2 is plain http://, which is allowed only to this computer; use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build job&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan job&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the apply job&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: the job %1 is named for more than one of build, plan and apply; each needs a job of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: &quot;%1=%2&quot; does not say which pipeline builds which service; write pipeline=service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: the pipelines %1 and %2 both build %3; a service is read from one pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow: %1 &quot;%2&quot; is not a choice value; give its number, such as 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow: the planned start and duration are hours from now and cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow: the extra field &quot;%1&quot; is not a column name such as u_business_service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fly target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concourse: the sign-in &quot;%1&quot; is none of password, token and fly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira: %1 is not a project key (such as CHS); several are apart by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field that names a task&apos;s service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name that signs in through the OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test task&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: %1 is not a repository name (&quot;payments&quot; or &quot;acme/payments&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsFile</name>
    <message>
        <source>The connection settings in %1 could not be read; fix or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 is not a JSON object of text: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings in %1 could not be read (%2); fix or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCells</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tasks passed in %2</source>
        <translation>
            <numerusform>%1 of %n task passed in %2</numerusform>
            <numerusform>%1 of %n tasks passed in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release ships no service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>The demo cannot use the profile folder %1: its connections cannot be read (%2). Choose another folder with --profile, or leave --profile out for a temporary one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cannot use the profile folder %1: it is connected to %2. The demo would replace those connections with its sandbox. Choose another folder with --profile, or leave --profile out for a temporary one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cannot use the profile folder %1: changes in its outbox have not been sent (%2, waiting or failed), and the demo would send them to its sandbox instead. Choose another folder with --profile, or leave --profile out for a temporary one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditCommand</name>
    <message>
        <source>edit of the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of the backout plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of the config changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;No config changes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of the version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit of the deployment type of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixVersionFollow</name>
    <message>
        <source>%1 no longer has fix version %2 in Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has fix version %2 in Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from Jira: fix version %1 is released (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from Jira: fix version %1 is archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixVersionSender</name>
    <message>
        <source>Jira: the fix version %1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira: the fix version %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira: %1 could not be added to release %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira: %1 could not be removed from release %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira: the fix version %1 is gone, so it cannot be %2. Create it again in Jira, or discard this write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira: the fix version %1 could not be marked released: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira: the fix version %1 could not be archived: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flyrc</name>
    <message>
        <source>the indentation does not match the lines above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab indents the line; YAML allows spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fly writes no lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of a mapping must be &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a quoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value starts with &quot;%1&quot;, YAML that fly does not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value goes on over several lines, which fly does not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block value&apos;s header must be |, |- or |+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value holds an escape YAML does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value does not end on its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 must be text, not a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 must be a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 insecure must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message numerus="yes">
        <source>GitHub %1: the rate limit is spent; try again in %n minutes.</source>
        <translation>
            <numerusform>GitHub %1: the rate limit is spent; try again in %n minute.</numerusform>
            <numerusform>GitHub %1: the rate limit is spent; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GitHub said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub %1: the answer is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub %1: the next page is on another server (%2); the token is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub %1: more than %2 pages; narrow the repositories in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: no organisation or user %1 was found, or the token may not see it; check the owner in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubSync</name>
    <message>
        <source>GitHub: peer review looks for the Jira project&apos;s task keys in the pull requests; connect Jira with its project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 %2: the server did not answer within %3 seconds; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the secure connection failed (%3); the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the answer broke off (%3); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: could not reach the server (%3); check the network and the address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server did not accept the credentials (%3); check the account and token in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the account is not allowed to do this (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not found (%3); check the address and that the item still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server reported a conflict (%3); someone may have changed it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server gave up waiting (%3); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server is limiting requests (%3); try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: the server answered %3 %n times; try again later.</source>
        <translation>
            <numerusform>%1 %2: the server answered %3 once; try again later.</numerusform>
            <numerusform>%1 %2: the server answered %3 %n times; try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: the server answered %3; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server refused the request (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the answer was cut off (%3 of %4 bytes arrived); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server answered with a web page instead of data; a proxy or single sign-on login may be in the way: check the address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server answered with %3 instead of JSON; check the address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the answer is not valid JSON (%3 at byte %4); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: refusing to send to %3; only https:// addresses are allowed, and plain http:// only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the answer is larger than %3; stopped reading it. Check the address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 sent the request on to %4; refusing to follow it there, so that the credentials stay with %3. Check the address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 refused the connection; check the proxy in the connection settings, or that it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 was not found; check the proxy in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 closed the connection before the server answered; it may not let this address through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 did not answer in time; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 asks for a sign-in (407), which ReleaseDesk cannot give; ask for this address to be let through, or choose another proxy in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the proxy %3 failed (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server&apos;s certificate is not trusted: issued by &apos;%3&apos;, not in the system&apos;s CA list. If the company inspects secure connections, give its CA bundle in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the server&apos;s certificate is not trusted: issued by &apos;%3&apos;, not in the system&apos;s CA list nor in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CA bundle %2 holds no certificate that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Integrations</name>
    <message>
        <source>%1 is not connected. Set it up in Settings → Connections (or with releasedesk-cli connect).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JiraClient</name>
    <message>
        <source>%1 Jira said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira %1: the answer could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira search: stopped after %1 pages without reaching the end; narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira comments: stopped after %1 pages without reaching the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira: the service field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JiraParse</name>
    <message>
        <source>the field &apos;%1&apos; is not a time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is neither text nor a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira has no field named &quot;%1&quot; that this account can see; give the field&apos;s name as Jira lists it, or its id (customfield_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira has several fields named &quot;%1&quot; (%2); give the id of the one that names the service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JiraSync</name>
    <message>
        <source>Jira connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comments of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JiraTaskQuery</name>
    <message>
        <source>Type a JQL query, such as fixVersion = &quot;2026.11.3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JQL cannot be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JqlQuery</name>
    <message>
        <source>The extra JQL closes a parenthesis it did not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra JQL leaves a quote open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra JQL leaves a parenthesis open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra JQL may only restrict the search; ReleaseDesk sets the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra JQL has a backslash outside quotes; put the value in quotes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keychain available: %1. ReleaseDesk keeps secrets only in the system keychain; start and unlock a Secret Service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow ReleaseDesk to use it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access; it may be locked. Unlock it and try again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be removed from the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>The release has no tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n tasks not yet passed in %2: %3</source>
        <translation>
            <numerusform>%1 of %n task not yet passed in %2: %3</numerusform>
            <numerusform>%1 of %n tasks not yet passed in %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed in %1, to be fixed and tested again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release ships no service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no version to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 has not succeeded (latest build #%4 %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 has not run for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: the description of changes is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: the backout plan is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: config changes are not stated (describe them, or mark that there are none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: %1 has no version to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: %1 has no deployment type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes: no service version to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release notes are not published to Confluence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ServiceNow change ticket has been raised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change ticket needs the link to the published notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging has not been requested in the release channel yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release team has not confirmed staging: no ServiceNow test task number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live has not been requested in the release channel yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release team has not confirmed the release is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backout plan to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release cannot move from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a release to %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no pull request names it; name the task in the pull request&apos;s title or branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its pull request %2 is not merged (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration list is broken: step %1 has version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer ReleaseDesk (schema %1; this build knows up to %2). It was not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database to schema %1 (%2); it stays at schema %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of the database at schema %1 in %2 before upgrading it; it was not changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkRoute</name>
    <message>
        <source>%1: the proxy %2 is not a proxy address; write it as http://host:port (or socks5://host:port), or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the proxy address holds a user name or password, which the connection settings must not keep; give the address alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CA bundle %2 cannot be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the CA bundle %2 holds no certificate; it must be a PEM file of &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesDraftFolder</name>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has format %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say when it was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field of the notes has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service in it is not a service name with a version and a deployment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft notes in %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft notes in %1 could not be read: %2. The file is left as it is; move it away to start a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft notes could not be kept in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft notes in %1 could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTemplate</name>
    <message>
        <source>The version of %1 that is live now is not known (no earlier successful cidev-apply build): say which version to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the pipelines have no successful build of %1 at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not match the pipelines: their latest successful build is %3 (%4 #%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not match the Jira fix version %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTitle</name>
    <message>
        <source>the page title pattern &quot;%1&quot; must hold %2 once, where the release&apos;s name goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page title pattern &quot;%1&quot; needs words besides %2, by which its pages are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of the release notes; the sections are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heading of the section &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxEffects</name>
    <message>
        <source>sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPayloads</name>
    <message>
        <source>The %1 payload cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of outbox entry “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“edit” is “%1”, not add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“releaseDate” is “%1”, not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“purpose” is “%1”, not one of staging-request, live-request, test-failure, release-team-action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRetry</name>
    <message numerus="yes">
        <source>Gave up after %n attempts: %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Jira: %1 cannot move from %2 to %3; its workflow has no transition there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow: there is no change with correlation id %1 to note it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira: %1 has no transition &quot;%2&quot; from %3; the transitions it offers now: %4. Check the pass and fail transitions in the Jira connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerReviews</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes requested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1, not merged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed without merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the profile folder %1. Check that its parent exists and is writable, or choose another with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseActionRunner</name>
    <message>
        <source>Give the ServiceNow test task&apos;s number, e.g. CTASK0010002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how live was confirmed: the reply&apos;s reference or who said so, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why; it goes in the release&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every task passed in CI-Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to staging, recorded by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to live, recorded by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is ready for staging: write and publish its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change for %1 is queued for ServiceNow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staging request for %1 is queued for the release channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as in staging with test task %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as backed out; the release channel and the change are told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is cancelled; the release channel is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live requested for release %1: the request is queued for the release channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseActions</name>
    <message>
        <source>Already in the outbox (entry %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is in %2; this is for a release in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is past CI-Dev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every task passed in CI-Dev and the pipelines are green: the release&apos;s notes can be written and published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the ServiceNow change with the notes&apos; description, link and backout plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the release team for staging in the release channel, with the notes and the change ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release team applied the release to staging but their reply was not recognised: record it, with the ServiceNow test task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release team applied the release to live but their reply was not recognised: record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a release requested for staging or later can be backed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the release was backed out, following its backout plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is %2; its record is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the release; its record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to staging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update change %1 with the notes as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseAdopter</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseAdoption</name>
    <message>
        <source>ReleaseDesk sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from Jira: version %1 is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from Jira/Slack: the release team&apos;s reply &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from Jira/Slack: the live request of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from Jira/Slack: the staging request of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from Jira/ServiceNow: change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from Jira/Confluence: the release notes page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from Jira: fix version %1, no later evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from Jira/Slack: the release team&apos;s &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseBoard</name>
    <message>
        <source>Could not read the releases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the test results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the pipeline builds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history of release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the release channel of release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the outbox of release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the peer review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseCandidates</name>
    <message>
        <source>A release needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a release named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in ReleaseDesk yet, sync first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in release %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of %1 cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk</name>
    <message>
        <source>CI-Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed without merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::BackgroundBoardSource</name>
    <message>
        <source>The database %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::CandidateSourceBar</name>
    <message>
        <source>All fix versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only code that reached CI-&amp;Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by key, summary, assignee or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JQL, such as fixVersion = &quot;2026.11.3&quot; AND status = Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Jira; with no JQL, show every task again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JQL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::CandidateTaskModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in release %2, which is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no successful build: its version cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What cidev-apply deployed to CI-Dev, else what docker-build-ecr built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has never run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CI-Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ConnectionForm</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of the team&apos;s, or a comma-separated list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Center (personal access token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud (email and API token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra JQL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. labels = release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent page id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release team group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user group&apos;s handle or id, e.g. release-team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release team members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: Slack user ids (U…), comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services of pipelines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: pipeline=service, comma-separated; else a pipeline is named after its service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the get step whose number is the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password, token (pasted as the password) or fly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fly target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the fly sign-in: the target of fly -t &lt;target&gt; login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHS, or several: CHS, PAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components, labels, or a custom field&apos;s name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service label prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels only, e.g. service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rework status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where a failed task goes back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass transition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: by name, else the one to the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail transition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section headings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backout=Rollback plan; config=Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: sign in with the password instead of a pasted token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the model&apos;s sys_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard change template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the template&apos;s sys_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the CI&apos;s sys_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: 2 High, 3 Moderate, 4 Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: 1 High, 2 Medium, 3 Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start (hours after raising):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned duration (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: no planned window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: u_business_service=Payments; column=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test task type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers&apos; channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: failed tests go here, to the assignee; else to the release channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, |-separated: applied: shipped {release} to {environment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, |-separated: ship {release} to {environment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for staging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. staging, stage, stg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. live, production, prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.github.com, or https://github.example.com/api/v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token that may read the pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of the organisation&apos;s, or a comma-separated list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s; or http://proxy.example.com:3128, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file of the company&apos;s CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team conventions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret to test with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export team settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import team settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings (*.ini);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export team settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import team settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings written to %1, without secrets or accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team settings are the same as these; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported team settings: %1. Your accounts and secrets are kept; save to keep the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DashboardFilterBar</name>
    <message>
        <source>Search releases, services, tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the releases at one stage, or those a gate blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the releases that ship one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide releases that are live, backed out or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DashboardModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to move to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks passed in CI-Dev until the release is in staging, in Staging from then on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI-Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks passed ✓, failed ✗ and not yet tested · in CI-Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks passed ✓, failed ✗ and not yet tested · in Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-build-ecr, cidev-plan and cidev-apply of each service shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the release has been at its stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DashboardPage</name>
    <message>
        <source>Loading the releases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the releases. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases: %1 · active: %2 · blocked: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::DesktopSession</name>
    <message>
        <source>A write to a remote system failed and waits for you to retry or discard it (releasedesk-cli outbox): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1: %2 %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync at %1 incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) waiting to be sent</source>
        <translation>
            <numerusform>%n write waiting to be sent</numerusform>
            <numerusform>%n writes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release team replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (release %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in development: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release team answered, but not in words ReleaseDesk can read. If they applied the release, record it with Applied to staging… or Applied to live…: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::FailureNoteDialog</name>
    <message>
        <source>Fail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong? The developers read this in the release channel and on the Jira task, and the task goes back to In Progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 500 on the filing history page for a dissolved company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::MainWindow</name>
    <message>
        <source>ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the releases again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Concourse, Jira, Confluence, ServiceNow and Slack now (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up and test the connections to the five systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every release, where it stands and what blocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass or fail the selected release&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and publish the selected release&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle tested tasks into a new release (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing what was synced last. Your changes are kept and requests wait in the outbox until the systems can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::NewReleaseDialog</name>
    <message>
        <source>New release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching Jira is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JQL search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks Jira found: %1; in ReleaseDesk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in ReleaseDesk yet, sync first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create release %1 in CI-Dev with tasks %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::NotesForm</name>
    <message>
        <source>Description of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the release changes, one line per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: version and deployment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backout plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to return to the versions live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No config changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, secrets or feature flags to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::OutboxWorker</name>
    <message>
        <source>%1 did not answer within %2 seconds; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseActionsBar</name>
    <message>
        <source>Developers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a release first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseDecisionDialog</name>
    <message>
        <source>%1 — release %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the release team applied %1 to staging. Testers then sign its tasks off in Staging against the ServiceNow test task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow test task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the release team applied %1 to live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that %1 was backed out. The backout plan:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1. Its history is kept; it can no longer move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam in the release channel, 14:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? It goes in the release&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to add (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseDetailPane</name>
    <message>
        <source>moved the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded a test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved the release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a release to see what blocks it and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No services yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Services:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release notes, change ticket or test task yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 of %3 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gates ahead: the release is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>— %n to do</source>
        <translation>
            <numerusform>— %n to do</numerusform>
            <numerusform>— %n to do</numerusform>
        </translation>
    </message>
    <message>
        <source>Staging requested in Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live requested in Slack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ReleaseNotesEditor</name>
    <message>
        <source>Draft kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the Confluence page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then, what is typed here is not kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft of these notes from %1 was restored; it is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft from %1 is older than the notes saved %2: the saved notes are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a release to edit its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is %2; its notes can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the form shows the notes as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are published: they may be improved but not emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes in ReleaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes and publish them to Confluence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes and update their Confluence page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are saved, but their draft is still in the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are saved and on their way to Confluence: the page is written when the outbox next sends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::ServicesPreview</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and versions to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no successful docker-build-ecr or cidev-apply build: its version cannot be told. Wait for its pipeline, or leave its tasks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service named in Jira for %1: it adds no service to the release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::SignOffModel</name>
    <message>
        <source>Tasks are signed off in CI-Dev and Staging, not in Live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is %2; its record is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live has already been requested for release %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is in %2: live is requested once it is in staging and every task has passed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the local copy of Jira yet; sync to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed in %1: it blocks the release until it is tested again and passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s status in Jira, as last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest verdict in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s pull requests in GitHub, as last synced; double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::SignOffView</name>
    <message>
        <source>Show the verdicts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tasks without a verdict in this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read release %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the verdicts in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the release&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be read again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded, so still selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed in %1: %2. The developers are told in the release channel and on Jira.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live was not requested. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing off as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 passed · %3 failed · %4 not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow test task: not given yet (the release team gives it in their reply to the staging request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow test task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a release first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every task has passed in staging: ask the release team for live in the release channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the selected tasks in %1 (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail the selected tasks in %1 with a note for the developers (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to untested in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected tasks&apos; verdicts in %1: they are untested again (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk does not know who you are yet: connect Jira (Connections…) and sync, so that your verdicts are signed with your Jira account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to Jira yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::SyncEngine</name>
    <message>
        <source>the sync was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira&apos;s fix versions were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read in this sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release channel has not been read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases this desk knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseDesk::TrayNotifier</name>
    <message>
        <source>ReleaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseFollower</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseRequests</name>
    <message>
        <source>Release %1 is %2; its record is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the outbox for release %2 (entry %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing the release notes to Confluence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is in %2: its notes are published once it is ready for staging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release notes of %1 are not published yet; the change ticket links to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raising the change ticket in ServiceNow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is in %2: staging is requested once the change ticket is raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging has already been requested for release %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting staging in the release channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is in %2: live is requested once staging has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live has already been requested for release %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting live in the release channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseWorkflow</name>
    <message>
        <source>Say who is making this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a release named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service in a release needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release needs at least one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unknown tasks: %1. Sync with Jira, or check the keys.</source>
        <translation>
            <numerusform>Unknown task: %1. Sync with Jira, or check the key.</numerusform>
            <numerusform>Unknown tasks: %1. Sync with Jira, or check the keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks are tested in CI-Dev and Staging, not in Live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed test needs a note that tells the developers what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown task %1. Sync with Jira, or check the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 is %2; its record is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published page needs its Confluence id and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change ticket number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging request message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow test task number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live request message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live confirmation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 cannot go back to CI-Dev, so the verdict is not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 does not ship %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI-Dev is deployed by the pipelines, not the release team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ServiceNow test task number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the release team confirmed live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in release %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last task of release %2; a release keeps at least one. Cancel the release instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a back out or a cancellation is recorded as said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release cannot move from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back to untested in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceNowClient</name>
    <message>
        <source>%1 ServiceNow said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow %1: the answer could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow: no assignment group is set in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow %1: the account signed in but may not read assignment groups (%2); it needs a role such as itil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow %1: no group is named &quot;%2&quot;; check the assignment group in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow %1: no correlation prefix was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow %1: stopped after %2 pages without reaching the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow %1: no correlation id was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow %1: no change was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 work notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;result.work_notes&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mandatory fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow %1: the account may not read the dictionary, so the fields the instance requires on a change cannot be checked beforehand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceNowParse</name>
    <message>
        <source>the field &apos;%1&apos; is not a time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;result[0].sys_id&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow requires %1 on a change: set it in Connections → ServiceNow → Extra fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceNowSecrets</name>
    <message>
        <source>ServiceNow: the stored sign-in does not hold both the password and the OAuth client&apos;s secret; enter both again in Connections → ServiceNow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceNowSignIn</name>
    <message>
        <source>ServiceNow: signing in through an OAuth client takes the client&apos;s id and secret and the user&apos;s password; enter them in Connections → ServiceNow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow did not renew the sign-in (%1): sign in again. The next attempt signs in with the stored password; if that fails too, enter the password and the OAuth client&apos;s secret again in Connections → ServiceNow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceNow refused the sign-in of %1 through OAuth client %2 (%3): check the user, the password and the client&apos;s id and secret in Connections → ServiceNow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceNowSync</name>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: change ticket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: test task %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackClient</name>
    <message>
        <source>sign-in check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no channel is set; enter the release channel&apos;s name in the Slack connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user group @%1; check the release team in the Slack connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user by email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackParse</name>
    <message>
        <source>the answer does not say &quot;ok&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a Slack timestamp: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token was sent; enter the Slack app&apos;s bot token (xoxb-…) in the Slack connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack did not accept the token; check the bot token in the Slack connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is no longer valid (%1); reinstall the Slack app in the workspace and enter its new bot token in the Slack connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Slack app lacks the permission %1; add it to the app&apos;s scopes, then reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel #%1 was not found, or it is private and the app is not in it; check the channel&apos;s name in the Slack connection settings, or invite the app to the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app is not a member of #%1; invite it there with /invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel #%1 is archived; unarchive it, or choose another channel in the Slack connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is too long for Slack; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is empty; nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack did not accept the paging cursor, perhaps because the list changed while it was read; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack is limiting requests; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the thread was not found; its first message may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer says has_more but gives no next_cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Slack app lacks a permission this needs; give it the scopes chat:write, channels:read, groups:read, channels:history, groups:history, users:read and usergroups:read, then reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release team&apos;s user group was not found in Slack; check the release team in the Slack connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member of the release team was not found in Slack; check the release team&apos;s user ids in the Slack connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is not a user id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackSync</name>
    <message>
        <source>channel messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply to a request in #%1 at %2: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to %1&apos;s request names %2: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in staging, test task %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the release team, so nothing moved on their &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays %2 although the release team wrote &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Slack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page repeats newer messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is applied to staging, but no ServiceNow test task is known yet: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackWebApi</name>
    <message>
        <source>Slack %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack %1: the answer could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Slack said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 pages without reaching the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>Could not read the releases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing its %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing its services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing its service “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing its tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing its task “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording its history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the “%1” event: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queuing its outbox entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queuing a “%1” outbox entry: it has no idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queuing the “%1” outbox entry “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database: no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the pipeline builds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the pipeline builds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the release “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the release “%1” (id %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no release with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the test result for %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the test results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history of release %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the outbox entry %1 (“%2”): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sync cursor needs the name of its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync cursor of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the channel messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the channel messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sync cursor of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the sync state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the outbox entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take the next outbox entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the release “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the outbox entry %1 (“%2”) as sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retry the outbox entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not discard the outbox entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving the release “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the releases of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the verdicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the result of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the verdicts read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such entry, or another process is sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was moved while it was being taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process took it over and is sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or is not a ReleaseDesk database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1); restore a copy (the one kept before the last upgrade is %2.bak-v&lt;N&gt;) or move it away to start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the release with id %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to the release with id %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the peer reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the peer reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStep</name>
    <message>
        <source>ReleaseDesk sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>%1: not synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: cancelled; %n new or changed kept.</source>
        <translation>
            <numerusform>%1: cancelled; %n new or changed kept.</numerusform>
            <numerusform>%1: cancelled; %n new or changed kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: synced, %2 read, %n new or changed.</source>
        <translation>
            <numerusform>%1: synced, %2 read, %n new or changed.</numerusform>
            <numerusform>%1: synced, %2 read, %n new or changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Releases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not understood, please read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases taken over: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking over releases failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; what was stored is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases moved on elsewhere: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSettingsFile</name>
    <message>
        <source>The team settings could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported as team settings: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file that &quot;Export team settings&quot; wrote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineHtml</name>
    <message>
        <source>Nothing has happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for staging in Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for live in Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied in Slack: applied to staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied in Slack: live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied in Slack, not understood: read it and act on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote in Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> after %n attempts</source>
        <translation>
            <numerusform> after %n attempt</numerusform>
            <numerusform> after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote in Slack: backed out of staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote in Slack: backed out of live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote in Slack: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote in Slack, not from the release team: nothing was moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ReleaseDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReleaseDesk runs a team&apos;s release process from CI-Dev to Live in one window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; instead of the standard data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the demo: against the sandbox embedded in the app, in a fresh temporary folder unless --profile is given. Needs no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
