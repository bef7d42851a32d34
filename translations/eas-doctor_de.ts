<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CollectorCommand</name>
    <message>
        <source>Collector written to %1. Run it in the Exchange Management Shell on an Exchange server, then pass the JSON it writes to diagnose --bundle.</source>
        <translation>Sammelskript wurde in %1 geschrieben. Führen Sie es in der Exchange Management Shell auf einem Exchange-Server aus, und übergeben Sie dann die erzeugte JSON-Datei an diagnose --bundle.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>eas-doctor: %1 is not available in this build yet; nothing was done.</source>
        <translation>eas-doctor: %1 ist in diesem Build noch nicht verfügbar; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>eas-doctor: there is no display for the wizard. Run &apos;eas-doctor diagnose --help&apos; for the headless diagnosis.</source>
        <translation>eas-doctor: Für den Assistenten ist keine Anzeige vorhanden. Führen Sie &apos;eas-doctor diagnose --help&apos; für die Diagnose ohne Benutzeroberfläche aus.</translation>
    </message>
</context>
<context>
    <name>EasDoctor</name>
    <message>
        <source>Finds out why Exchange ActiveSync connections are blocked.

Commands:
  (none)            the wizard; --demo starts the built-in simulated Exchange
  diagnose          the six steps, headless (--help for its options)
  simulate          run the built-in simulated Exchange on 127.0.0.1
  analyze-logs      IIS W3C logs and .evtx exports, headless
  collector-script  the read-only server-side collector (.ps1)

Exit status: 0 pass/info/skip, 1 warn, 2 fail, 3 usage or input error, 4 internal error.</source>
        <translation>Ermittelt, warum Exchange ActiveSync-Verbindungen blockiert werden.

Befehle:
  (keiner)          der Assistent; --demo startet den integrierten simulierten Exchange
  diagnose          die sechs Schritte ohne Benutzeroberfläche (--help für die Optionen)
  simulate          führt den integrierten simulierten Exchange auf 127.0.0.1 aus
  analyze-logs      IIS-W3C-Protokolle und .evtx-Exporte, ohne Benutzeroberfläche
  collector-script  das nur lesende serverseitige Sammelskript (.ps1)

Exitcode: 0 bestanden/Info/übersprungen, 1 Warnung, 2 fehlgeschlagen, 3 Aufruf- oder Eingabefehler, 4 interner Fehler.</translation>
    </message>
    <message>
        <source>Language of titles and details (en, de).</source>
        <translation>Sprache von Titeln und Details (en, de).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Less on stderr.</source>
        <translation>Weniger Ausgaben auf stderr.</translation>
    </message>
    <message>
        <source>More on stderr.</source>
        <translation>Mehr Ausgaben auf stderr.</translation>
    </message>
    <message>
        <source>The mailbox (SMTP address or UPN).</source>
        <translation>Das Postfach (SMTP-Adresse oder UPN).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>ActiveSync endpoint; default: Autodiscover.</source>
        <translation>ActiveSync-Endpunkt; Standard: Autodiscover.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Internal ActiveSync URL to check as well.</source>
        <translation>Interne ActiveSync-URL, die ebenfalls geprüft werden soll.</translation>
    </message>
    <message>
        <source>Start Autodiscover at this URL.</source>
        <translation>Autodiscover an dieser URL starten.</translation>
    </message>
    <message>
        <source>Logon name (UPN or DOMAIN\user).</source>
        <translation>Anmeldename (UPN oder DOMÄNE\Benutzer).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation>Kennwort aus der ersten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Kennwort aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>OAuth bearer token from this environment variable.</source>
        <translation>OAuth-Bearer-Token aus dieser Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Anonymous probes only.</source>
        <translation>Nur anonyme Testanfragen.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Go on after certificate errors (still reported).</source>
        <translation>Nach Zertifikatfehlern fortfahren (sie werden trotzdem gemeldet).</translation>
    </message>
    <message>
        <source>Server-side evidence bundle (JSON).</source>
        <translation>Server-Paket mit serverseitigen Nachweisen (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>IIS log file or folder (repeatable).</source>
        <translation>IIS-Protokolldatei oder -ordner (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Exported event log .evtx/.xml (repeatable).</source>
        <translation>Exportiertes Ereignisprotokoll .evtx/.xml (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Comma list of step ids to run.</source>
        <translation>Kommagetrennte Liste der auszuführenden Schritt-IDs.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Hard cap for each step (default 15).</source>
        <translation>Feste Obergrenze für jeden Schritt (Standard 15).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Also acknowledge the policy (creates a device partnership).</source>
        <translation>Zusätzlich die Richtlinie bestätigen (erstellt eine Gerätepartnerschaft).</translation>
    </message>
    <message>
        <source>Present as this DeviceId.</source>
        <translation>Mit dieser DeviceId auftreten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Present as this DeviceType.</source>
        <translation>Mit diesem DeviceType auftreten.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Present with this User-Agent.</source>
        <translation>Mit diesem User-Agent auftreten.</translation>
    </message>
    <message>
        <source>UA</source>
        <translation>UA</translation>
    </message>
    <message>
        <source>Write the result as JSON (- = stdout).</source>
        <translation>Ergebnis als JSON schreiben (- = stdout).</translation>
    </message>
    <message>
        <source>Write the report (.html or .pdf).</source>
        <translation>Bericht schreiben (.html oder .pdf).</translation>
    </message>
    <message>
        <source>Diagnose the built-in simulated Exchange.</source>
        <translation>Den integrierten simulierten Exchange diagnostizieren.</translation>
    </message>
    <message>
        <source>Simulator scenario for --demo.</source>
        <translation>Simulatorszenario für --demo.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an http(s) URL. Give the full address, for example https://mail.contoso.com/Microsoft-Server-ActiveSync.</source>
        <translation>--%1: &apos;%2&apos; ist keine http(s)-URL. Geben Sie die vollständige Adresse an, zum Beispiel https://mail.contoso.com/Microsoft-Server-ActiveSync.</translation>
    </message>
    <message>
        <source>--%1: do not put a user name or password into the URL; use --user and --password-stdin.</source>
        <translation>--%1: Geben Sie keinen Benutzernamen und kein Kennwort in der URL an; verwenden Sie --user und --password-stdin.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; does not exist. Check the path.</source>
        <translation>--%1: &apos;%2&apos; ist nicht vorhanden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is a folder; give a file.</source>
        <translation>--%1: &apos;%2&apos; ist ein Ordner; geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; cannot be read (permissions?).</source>
        <translation>--%1: &apos;%2&apos; kann nicht gelesen werden (Berechtigungen?).</translation>
    </message>
    <message>
        <source>Choose one of --password-stdin, --password-env, --token-env and --no-credentials.</source>
        <translation>Wählen Sie nur eine der Optionen --password-stdin, --password-env, --token-env oder --no-credentials.</translation>
    </message>
    <message>
        <source>--%1: the environment variable &apos;%2&apos; is not set or empty.</source>
        <translation>--%1: Die Umgebungsvariable &apos;%2&apos; ist nicht festgelegt oder leer.</translation>
    </message>
    <message>
        <source>--device-id: &apos;%1&apos; is not a DeviceId: use 1 to 32 letters and digits.</source>
        <translation>--device-id: &apos;%1&apos; ist keine gültige DeviceId: Verwenden Sie 1 bis 32 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>--device-type: &apos;%1&apos; is not a DeviceType: use 1 to 32 printable characters without spaces, &apos;&amp;&apos;, &apos;=&apos; or &apos;?&apos;.</source>
        <translation>--device-type: &apos;%1&apos; ist kein gültiger DeviceType: Verwenden Sie 1 bis 32 druckbare Zeichen ohne Leerzeichen, &apos;&amp;&apos;, &apos;=&apos; oder &apos;?&apos;.</translation>
    </message>
    <message>
        <source>--user-agent: give one line of at most 256 characters.</source>
        <translation>--user-agent: Geben Sie eine Zeile mit höchstens 256 Zeichen an.</translation>
    </message>
    <message>
        <source>--email: &apos;%1&apos; is not an e-mail address (name@domain).</source>
        <translation>--email: &apos;%1&apos; ist keine E-Mail-Adresse (name@domain).</translation>
    </message>
    <message>
        <source>Give --email ADDR (or --url and --user), or --demo to try the built-in simulated Exchange.</source>
        <translation>Geben Sie --email ADRESSE (oder --url und --user) an, oder verwenden Sie --demo, um den integrierten simulierten Exchange auszuprobieren.</translation>
    </message>
    <message>
        <source>--autodiscover-url needs --email: Autodiscover asks for a mailbox.</source>
        <translation>--autodiscover-url erfordert --email: Autodiscover benötigt ein Postfach.</translation>
    </message>
    <message>
        <source>--steps: &apos;%1&apos; is not a step. Use a comma list of: %2.</source>
        <translation>--steps: &apos;%1&apos; ist kein Schritt. Verwenden Sie eine kommagetrennte Liste aus: %2.</translation>
    </message>
    <message>
        <source>--timeout: &apos;%1&apos; is not a number of seconds between 0.1 and 3600.</source>
        <translation>--timeout: &apos;%1&apos; ist keine Anzahl Sekunden zwischen 0.1 und 3600.</translation>
    </message>
    <message>
        <source>--report: &apos;%1&apos; must end in .html or .pdf.</source>
        <translation>--report: &apos;%1&apos; muss auf .html oder .pdf enden.</translation>
    </message>
    <message>
        <source>Give --scenario NAME (see &apos;simulate --list&apos;).</source>
        <translation>Geben Sie --scenario NAME an (siehe &apos;simulate --list&apos;).</translation>
    </message>
    <message>
        <source>--scenario: &apos;%1&apos; is not a scenario. Known: %2.</source>
        <translation>--scenario: &apos;%1&apos; ist kein Szenario. Bekannt: %2.</translation>
    </message>
    <message>
        <source>--scenario goes with --demo.</source>
        <translation>--scenario ist nur zusammen mit --demo möglich.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0-65535; 0 picks a free one).</source>
        <translation>--port: &apos;%1&apos; ist keine Portnummer (0-65535; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>--password-env: the environment variable &apos;%1&apos; is not set or empty.</source>
        <translation>--password-env: Die Umgebungsvariable &apos;%1&apos; ist nicht festgelegt oder leer.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not an ISO-8601 time such as 2026-11-24T08:00:00Z.</source>
        <translation>--%1: &apos;%2&apos; ist keine ISO-8601-Zeitangabe wie 2026-11-24T08:00:00Z.</translation>
    </message>
    <message>
        <source>analyze-logs needs at least one PATH (an IIS log file or folder, an .evtx or .xml export).</source>
        <translation>analyze-logs benötigt mindestens einen PFAD (eine IIS-Protokolldatei oder einen IIS-Protokollordner, einen .evtx- oder .xml-Export).</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <source>--threads: &apos;%1&apos; is not a number from 1 to 256.</source>
        <translation>--threads: &apos;%1&apos; ist keine Zahl von 1 bis 256.</translation>
    </message>
    <message>
        <source>collector-script needs --email ADDR (the mailbox to collect evidence for).</source>
        <translation>collector-script benötigt --email ADRESSE (das Postfach, für das Nachweise gesammelt werden).</translation>
    </message>
    <message>
        <source>Scenario to serve.</source>
        <translation>Bereitzustellendes Szenario.</translation>
    </message>
    <message>
        <source>List the scenarios.</source>
        <translation>Szenarien auflisten.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free).</source>
        <translation>Port auf 127.0.0.1 (0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the root CA (PEM) here.</source>
        <translation>Zertifikat der Stamm-CA (PEM) hierhin schreiben.</translation>
    </message>
    <message>
        <source>Test user (default user@contoso.test).</source>
        <translation>Testbenutzer (Standard user@contoso.test).</translation>
    </message>
    <message>
        <source>Test password from this variable.</source>
        <translation>Testkennwort aus dieser Variablen.</translation>
    </message>
    <message>
        <source>Log files or folders.</source>
        <translation>Protokolldateien oder -ordner.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PFAD...</translation>
    </message>
    <message>
        <source>Write JSON (- = stdout).</source>
        <translation>JSON schreiben (- = stdout).</translation>
    </message>
    <message>
        <source>Only this user.</source>
        <translation>Nur dieser Benutzer.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Only lines at or after (ISO-8601).</source>
        <translation>Nur Zeilen ab diesem Zeitpunkt (ISO-8601).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Only lines at or before (ISO-8601).</source>
        <translation>Nur Zeilen bis zu diesem Zeitpunkt (ISO-8601).</translation>
    </message>
    <message>
        <source>Worker threads.</source>
        <translation>Anzahl der Worker-Threads.</translation>
    </message>
    <message>
        <source>The mailbox.</source>
        <translation>Das Postfach.</translation>
    </message>
    <message>
        <source>Write the script here.</source>
        <translation>Skript hierhin schreiben.</translation>
    </message>
    <message>
        <source>Start the built-in simulated Exchange.</source>
        <translation>Den integrierten simulierten Exchange starten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Run &apos;eas-doctor --help&apos; for the list.</source>
        <translation>&apos;%1&apos; ist kein Befehl. Führen Sie &apos;eas-doctor --help&apos; aus, um die Liste anzuzeigen.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Run &apos;eas-doctor %1 --help&apos; for the options.</source>
        <translation>Führen Sie &apos;eas-doctor %1 --help&apos; aus, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;; use one of: %2.</source>
        <translation>--lang: Für &apos;%1&apos; gibt es keine Übersetzung; verwenden Sie eine der folgenden Sprachen: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: %2 event records</source>
        <translation>%1: %2 Ereigniseinträge</translation>
    </message>
    <message>
        <source>MSExchange ActiveSync events: %1
</source>
        <translation>MSExchange ActiveSync-Ereignisse: %1
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>none of the inputs could be read.</source>
        <translation>keine der Eingaben konnte gelesen werden.</translation>
    </message>
    <message>
        <source>(found by Autodiscover)</source>
        <translation>(durch Autodiscover gefunden)</translation>
    </message>
    <message>
        <source>EAS Doctor %1: %2 at %3
</source>
        <translation>EAS Doctor %1: %2 bei %3
</translation>
    </message>
    <message>
        <source>WARNING: --trust-any-certificate was used: certificate errors did not stop the probes.
</source>
        <translation>WARNUNG: --trust-any-certificate wurde verwendet: Zertifikatfehler haben die Tests nicht abgebrochen.
</translation>
    </message>
    <message>
        <source>Root cause: %1 %2 (%3, step %4)
</source>
        <translation>Hauptursache: %1 %2 (%3, Schritt %4)
</translation>
    </message>
    <message>
        <source>Root cause: none found
</source>
        <translation>Hauptursache: keine gefunden
</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Result: %1 (exit %2) in %3 ms
</source>
        <translation>Ergebnis: %1 (Exitcode %2) in %3 ms
</translation>
    </message>
    <message>
        <source>Cannot write the simulator&apos;s CA to a temporary file.</source>
        <translation>Die CA des Simulators kann nicht in eine temporäre Datei geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Diagnosing the built-in simulated Exchange (scenario %1) at %2</source>
        <translation>Der integrierte simulierte Exchange (Szenario %1) unter %2 wird diagnostiziert</translation>
    </message>
    <message>
        <source>No password given: the steps that need a login are skipped (use --password-stdin or --password-env).</source>
        <translation>Kein Kennwort angegeben: Die Schritte, die eine Anmeldung erfordern, werden übersprungen (verwenden Sie --password-stdin oder --password-env).</translation>
    </message>
    <message>
        <source>--bundle: %1</source>
        <translation>--bundle: %1</translation>
    </message>
    <message>
        <source>Cannot write the CA to &apos;%1&apos;: %2</source>
        <translation>Die CA kann nicht in &apos;%1&apos; geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Reported under another step</source>
        <translation>Unter einem anderen Schritt gemeldet</translation>
    </message>
    <message>
        <source>What this step saw (%1) belongs to another step and is reported there.</source>
        <translation>Was dieser Schritt festgestellt hat (%1), gehört zu einem anderen Schritt und wird dort gemeldet.</translation>
    </message>
    <message>
        <source>Explained by another finding</source>
        <translation>Durch einen anderen Befund erklärt</translation>
    </message>
    <message>
        <source>What this step saw follows from a more specific finding reported under another step.</source>
        <translation>Was dieser Schritt festgestellt hat, folgt aus einem genaueren Befund, der unter einem anderen Schritt gemeldet wird.</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The step was cancelled before it finished.</source>
        <translation>Der Schritt wurde abgebrochen, bevor er beendet war.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>The step did not finish within its limit of %1 s. A server that accepts a connection but never answers looks like this to a phone too: check the load balancer, reverse proxy and the IIS application pool.</source>
        <translation>Der Schritt wurde nicht innerhalb seines Limits von %1 s beendet. Ein Server, der eine Verbindung annimmt, aber nie antwortet, wirkt auf ein Telefon genauso: Prüfen Sie den Load Balancer, den Reverseproxy und den IIS-Anwendungspool.</translation>
    </message>
    <message>
        <source>The run was cancelled before this step finished.</source>
        <translation>Die Ausführung wurde abgebrochen, bevor dieser Schritt beendet war.</translation>
    </message>
    <message>
        <source>The run was cancelled before this step started.</source>
        <translation>Die Ausführung wurde abgebrochen, bevor dieser Schritt begonnen hat.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Skipped: the %1 step could not get through, so there is nothing to check here yet. Fix the root cause first.</source>
        <translation>Übersprungen: Der Schritt %1 ist nicht durchgekommen, daher gibt es hier noch nichts zu prüfen. Beheben Sie zuerst die Hauptursache.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>User status</source>
        <translation>Benutzerstatus</translation>
    </message>
    <message>
        <source>Virtual directory</source>
        <translation>Virtuelles Verzeichnis</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Konnektivität</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Throttling</source>
        <translation>Drosselung</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Checks that ActiveSync is enabled for the mailbox and that its device policy and partnerships let a phone in. A mailbox with ActiveSync turned off, a blocked device or a full device quota refuses every phone.</source>
        <translation>Prüft, ob ActiveSync für das Postfach aktiviert ist und ob Geräterichtlinie und Gerätepartnerschaften ein Telefon zulassen. Ein Postfach mit deaktiviertem ActiveSync, ein blockiertes Gerät oder ein ausgeschöpftes Gerätekontingent weist jedes Telefon ab.</translation>
    </message>
    <message>
        <source>Checks the Microsoft-Server-ActiveSync virtual directory and the sign-in methods it offers. Phones use Basic or OAuth; a missing or broken virtual directory, or one that offers only Windows sign-in, blocks them all.</source>
        <translation>Prüft das virtuelle Verzeichnis Microsoft-Server-ActiveSync und die angebotenen Anmeldemethoden. Telefone verwenden Basic oder OAuth; ein fehlendes oder defektes virtuelles Verzeichnis oder eines, das nur die Windows-Anmeldung anbietet, blockiert alle Telefone.</translation>
    </message>
    <message>
        <source>Follows the path a phone takes: DNS, TCP, TLS, Autodiscover, OPTIONS and a first FolderSync. The first phase that fails explains everything after it.</source>
        <translation>Folgt dem Weg, den ein Telefon nimmt: DNS, TCP, TLS, Autodiscover, OPTIONS und ein erster FolderSync. Die erste fehlgeschlagene Phase erklärt alles, was danach folgt.</translation>
    </message>
    <message>
        <source>Checks the server certificate: expiry, the host name, the chain as sent and the TLS versions. Phones refuse a certificate a browser might accept.</source>
        <translation>Prüft das Serverzertifikat: Ablauf, Hostname, die gesendete Kette und die TLS-Versionen. Telefone lehnen Zertifikate ab, die ein Browser möglicherweise akzeptiert.</translation>
    </message>
    <message>
        <source>Looks for throttling and automatic blocking (503 with X-MS-ASThrottle, 429 from a proxy). Throttled devices are refused until their budget recovers.</source>
        <translation>Sucht nach Drosselung und automatischer Blockierung (503 mit X-MS-ASThrottle, 429 von einem Proxy). Gedrosselte Geräte werden abgewiesen, bis sich ihr Budget erholt hat.</translation>
    </message>
    <message>
        <source>Reads IIS logs and exported event logs for ActiveSync 401/403/500 answers and blocking events. They show what happened to the user&apos;s real devices.</source>
        <translation>Durchsucht IIS-Protokolle und exportierte Ereignisprotokolle nach ActiveSync-Antworten 401/403/500 und Blockierungsereignissen. Sie zeigen, was mit den echten Geräten des Benutzers passiert ist.</translation>
    </message>
    <message>
        <source>legacy .evt format (Windows Server 2003 and older) is not supported: open it in Event Viewer and save it as .evtx or XML</source>
        <translation>das alte .evt-Format (Windows Server 2003 und älter) wird nicht unterstützt: Öffnen Sie die Datei in der Ereignisanzeige, und speichern Sie sie als .evtx oder XML</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not an event log export: expected an .evtx file or Event Viewer / wevtutil XML</source>
        <translation>kein Ereignisprotokollexport: Erwartet wurde eine .evtx-Datei oder XML aus der Ereignisanzeige / wevtutil</translation>
    </message>
    <message>
        <source>cancelled: the rest of the file was not read</source>
        <translation>abgebrochen: Der Rest der Datei wurde nicht gelesen</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not read: cancelled</source>
        <translation>nicht gelesen: abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the events array are not event objects</source>
        <translation>
            <numerusform>%n Eintrag im Array events ist kein Ereignisobjekt</numerusform>
            <numerusform>%n Einträge im Array events sind keine Ereignisobjekte</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason in the event names what to change, for example ActiveSync turned off for the mailbox or a device access rule.</source>
        <translation>Der im Ereignis genannte Grund gibt an, was geändert werden muss, zum Beispiel ein für das Postfach deaktiviertes ActiveSync oder eine Gerätezugriffsregel.</translation>
    </message>
    <message>
        <source>Exchange may not create the user&apos;s device list in Active Directory: turn on permission inheritance on the user&apos;s account (often off on administrator accounts) so that the Exchange Servers group can create it.</source>
        <translation>Exchange darf die Geräteliste des Benutzers in Active Directory möglicherweise nicht erstellen: Aktivieren Sie die Berechtigungsvererbung für das Konto des Benutzers (bei Administratorkonten häufig deaktiviert), damit die Gruppe Exchange Servers sie erstellen kann.</translation>
    </message>
    <message>
        <source>The mailbox server answers too slowly: check its health and look for devices that send too many requests.</source>
        <translation>Der Postfachserver antwortet zu langsam: Prüfen Sie seinen Zustand, und suchen Sie nach Geräten, die zu viele Anfragen senden.</translation>
    </message>
    <message>
        <source>Read the full text of these events for what to change.</source>
        <translation>Lesen Sie den vollständigen Text dieser Ereignisse, um zu erfahren, was geändert werden muss.</translation>
    </message>
    <message numerus="yes">
        <source>Exchange logged %n event(s) that mean ActiveSync refused connections, between %1 and %2. The most frequent reason is &quot;%3&quot; (%4 of them). While these events keep coming, phones cannot sync even with the right settings and password. %5 After the fix, export the log again: no new events of this kind should appear.</source>
        <translation>
            <numerusform>Exchange hat im Zeitraum %1 bis %2 %n Ereignis protokolliert, das auf von ActiveSync abgewiesene Verbindungen hinweist. Der häufigste Grund ist &quot;%3&quot; (%4 davon). Solange solche Ereignisse auftreten, können Telefone auch mit den richtigen Einstellungen und dem richtigen Kennwort nicht synchronisieren. %5 Exportieren Sie das Protokoll nach der Korrektur erneut: Es sollten keine neuen Ereignisse dieser Art auftreten.</numerusform>
            <numerusform>Exchange hat im Zeitraum %1 bis %2 %n Ereignisse protokolliert, die auf von ActiveSync abgewiesene Verbindungen hinweisen. Der häufigste Grund ist &quot;%3&quot; (%4 davon). Solange solche Ereignisse auftreten, können Telefone auch mit den richtigen Einstellungen und dem richtigen Kennwort nicht synchronisieren. %5 Exportieren Sie das Protokoll nach der Korrektur erneut: Es sollten keine neuen Ereignisse dieser Art auftreten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ActiveSync blocking event(s) in the event logs</source>
        <translation>
            <numerusform>%n ActiveSync-Blockierungsereignis in den Ereignisprotokollen</numerusform>
            <numerusform>%n ActiveSync-Blockierungsereignisse in den Ereignisprotokollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ActiveSync blocking event(s) for %1</source>
        <translation>
            <numerusform>%n ActiveSync-Blockierungsereignis für %1</numerusform>
            <numerusform>%n ActiveSync-Blockierungsereignisse für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The event log files could not be read</source>
        <translation>Die Ereignisprotokolldateien konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1. Export the log again with Event Viewer (Save All Events As, .evtx or XML) or with wevtutil, and give that file.</source>
        <translation>%1. Exportieren Sie das Protokoll erneut mit der Ereignisanzeige (Alle Ereignisse speichern unter, .evtx oder XML) oder mit wevtutil, und geben Sie diese Datei an.</translation>
    </message>
    <message>
        <source>Some event log files were read only in part</source>
        <translation>Einige Ereignisprotokolldateien wurden nur teilweise gelesen</translation>
    </message>
    <message>
        <source>%1. The results cover what could be read.</source>
        <translation>%1. Die Ergebnisse umfassen, was gelesen werden konnte.</translation>
    </message>
    <message>
        <source>ActiveSync blocking events for other users</source>
        <translation>ActiveSync-Blockierungsereignisse für andere Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>No blocking event names %1, but %n event(s) block other users or name no user. A server-wide cause, such as a device access rule, may still affect this user.</source>
        <translation>
            <numerusform>Kein Blockierungsereignis nennt %1, aber %n Ereignis blockiert andere Benutzer oder nennt keinen Benutzer. Eine serverweite Ursache, etwa eine Gerätezugriffsregel, kann diesen Benutzer trotzdem betreffen.</numerusform>
            <numerusform>Kein Blockierungsereignis nennt %1, aber %n Ereignisse blockieren andere Benutzer oder nennen keinen Benutzer. Eine serverweite Ursache, etwa eine Gerätezugriffsregel, kann diesen Benutzer trotzdem betreffen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n record(s) read came from MSExchange ActiveSync. If you expected some, export the Application log of the Exchange servers that handle ActiveSync.</source>
        <translation>
            <numerusform>Der %n gelesene Eintrag stammt nicht von MSExchange ActiveSync. Wenn Sie solche Einträge erwartet haben, exportieren Sie das Anwendungsprotokoll der Exchange-Server, die ActiveSync verarbeiten.</numerusform>
            <numerusform>Keiner der %n gelesenen Einträge stammt von MSExchange ActiveSync. Wenn Sie solche Einträge erwartet haben, exportieren Sie das Anwendungsprotokoll der Exchange-Server, die ActiveSync verarbeiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ActiveSync event(s) were read; none of them means a refused connection.</source>
        <translation>
            <numerusform>%n ActiveSync-Ereignis wurde gelesen; es weist nicht auf eine abgewiesene Verbindung hin.</numerusform>
            <numerusform>%n ActiveSync-Ereignisse wurden gelesen; keines davon weist auf eine abgewiesene Verbindung hin.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ActiveSync blocking events in the event logs</source>
        <translation>Keine ActiveSync-Blockierungsereignisse in den Ereignisprotokollen</translation>
    </message>
    <message>
        <source>the XML ends inside an element at line %1: the file looks cut short</source>
        <translation>das XML endet innerhalb eines Elements in Zeile %1: Die Datei scheint abgeschnitten zu sein</translation>
    </message>
    <message>
        <source>invalid XML at line %1: %2</source>
        <translation>ungültiges XML in Zeile %1: %2</translation>
    </message>
    <message>
        <source>no &lt;Event&gt; element found: this XML is not an event log export</source>
        <translation>kein &lt;Event&gt;-Element gefunden: Dieses XML ist kein Ereignisprotokollexport</translation>
    </message>
    <message>
        <source>not XML: the file does not start with an element</source>
        <translation>kein XML: Die Datei beginnt nicht mit einem Element</translation>
    </message>
    <message>
        <source>not XML: the XML declaration is not closed</source>
        <translation>kein XML: Die XML-Deklaration ist nicht geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged chunk(s) skipped (first: %1)</source>
        <translation>
            <numerusform>%n beschädigter Block übersprungen (erster: %1)</numerusform>
            <numerusform>%n beschädigte Blöcke übersprungen (erster: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be decoded</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht decodiert werden</numerusform>
            <numerusform>%n Einträge konnten nicht decodiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>not an .evtx file (no ElfFile signature)</source>
        <translation>keine .evtx-Datei (keine ElfFile-Signatur)</translation>
    </message>
    <message numerus="yes">
        <source>the file is cut short inside its header (%n byte(s); the header alone takes 4096)</source>
        <translation>
            <numerusform>die Datei endet innerhalb ihres Dateikopfs (%n Byte; allein der Dateikopf umfasst 4096)</numerusform>
            <numerusform>die Datei endet innerhalb ihres Dateikopfs (%n Byte; allein der Dateikopf umfasst 4096)</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported .evtx format version %1.%2</source>
        <translation>nicht unterstützte .evtx-Formatversion %1.%2</translation>
    </message>
    <message>
        <source>the file is cut short: it ends inside chunk %1 of %2, so only the records of the first %3 chunk(s) were read</source>
        <translation>die Datei ist abgeschnitten: Sie endet in Block %1 von %2, daher wurden nur die Einträge der davor liegenden Blöcke gelesen (Anzahl: %3)</translation>
    </message>
    <message>
        <source>chunk %1 has no ElfChnk signature</source>
        <translation>Block %1 hat keine ElfChnk-Signatur</translation>
    </message>
    <message>
        <source>cannot open the compressed file</source>
        <translation>die komprimierte Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>keine protokolliert</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeitpunkt</translation>
    </message>
    <message>
        <source>ActiveSync logins failed with a wrong user name or password</source>
        <translation>ActiveSync-Anmeldungen sind mit falschem Benutzernamen oder Kennwort fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ActiveSync requests were refused with 401.1 (win32 1326: unknown user name or bad password), the last at %2. Most affected: %3.</source>
        <translation>%1 ActiveSync-Anfragen wurden mit 401.1 abgewiesen (win32 1326: unbekannter Benutzername oder falsches Kennwort), letzte: %2. Am stärksten betroffen: %3.</translation>
    </message>
    <message>
        <source>No request of this user succeeded after the last failure: the password on the device is wrong.</source>
        <translation>Nach dem letzten Fehler war keine Anfrage dieses Benutzers erfolgreich: Das Kennwort auf dem Gerät ist falsch.</translation>
    </message>
    <message>
        <source>%1 ActiveSync requests ended with HTTP %2 (front end %3, back end %4). Reasons Exchange logged: %5. Most affected: %6.</source>
        <translation>%1 ActiveSync-Anfragen endeten mit HTTP %2 (Front-End %3, Back-End %4). Von Exchange protokollierte Gründe: %5. Am stärksten betroffen: %6.</translation>
    </message>
    <message>
        <source>Exchange throttled or auto-blocked ActiveSync devices</source>
        <translation>Exchange hat ActiveSync-Geräte gedrosselt oder automatisch blockiert</translation>
    </message>
    <message>
        <source>%1 ActiveSync requests got 503 with an autoblock or throttling reason (%2). Most affected: %3.</source>
        <translation>%1 ActiveSync-Anfragen erhielten 503 mit einem Grund für automatische Blockierung oder Drosselung (%2). Am stärksten betroffen: %3.</translation>
    </message>
    <message>
        <source>A device of this user is in ActiveSync quarantine</source>
        <translation>Ein Gerät dieses Benutzers befindet sich in der ActiveSync-Quarantäne</translation>
    </message>
    <message>
        <source>%1 ActiveSync requests of this user were logged with As:Quarantined: an administrator has to allow the device.</source>
        <translation>%1 ActiveSync-Anfragen dieses Benutzers wurden mit As:Quarantined protokolliert: Ein Administrator muss das Gerät zulassen.</translation>
    </message>
    <message>
        <source>Other ActiveSync failures in the IIS logs</source>
        <translation>Weitere ActiveSync-Fehler in den IIS-Protokollen</translation>
    </message>
    <message>
        <source>%1 more ActiveSync requests failed, by HTTP status: %2.</source>
        <translation>%1 weitere ActiveSync-Anfragen sind fehlgeschlagen, nach HTTP-Status: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 data lines without a #Fields directive were not read</source>
        <translation>%1: %2 Datenzeilen ohne #Fields-Direktive wurden nicht gelesen</translation>
    </message>
    <message>
        <source>%1: %2 corrupt lines (first at line %3)</source>
        <translation>%1: %2 beschädigte Zeilen (erste in Zeile %3)</translation>
    </message>
    <message>
        <source>Some log lines or files could not be read</source>
        <translation>Einige Protokollzeilen oder -dateien konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>ActiveSync requests were refused (403) in the IIS logs</source>
        <translation>ActiveSync-Anfragen wurden in den IIS-Protokollen abgewiesen (403)</translation>
    </message>
    <message>
        <source>ActiveSync requests failed with server errors (500)</source>
        <translation>ActiveSync-Anfragen sind mit Serverfehlern fehlgeschlagen (500)</translation>
    </message>
    <message>
        <source>No ActiveSync requests in the logs</source>
        <translation>Keine ActiveSync-Anfragen in den Protokollen</translation>
    </message>
    <message>
        <source>The logs hold no ActiveSync request of %1 in the time range.</source>
        <translation>Die Protokolle enthalten im Zeitraum keine ActiveSync-Anfrage von %1.</translation>
    </message>
    <message>
        <source>The logs hold no request to /Microsoft-Server-ActiveSync in the time range.</source>
        <translation>Die Protokolle enthalten im Zeitraum keine Anfrage an /Microsoft-Server-ActiveSync.</translation>
    </message>
    <message>
        <source>No ActiveSync failures in the logs</source>
        <translation>Keine ActiveSync-Fehler in den Protokollen</translation>
    </message>
    <message>
        <source>%1 ActiveSync requests, none refused or failed.</source>
        <translation>%1 ActiveSync-Anfragen, keine davon abgewiesen oder fehlgeschlagen.</translation>
    </message>
    <message>
        <source>no IIS log files (u_ex*.log) in this folder</source>
        <translation>keine IIS-Protokolldateien (u_ex*.log) in diesem Ordner</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>IIS logs: %1 files, %2 MB, %3 lines, %4 requests, %5 ActiveSync</source>
        <translation>IIS-Protokolle: %1 Dateien, %2 MB, %3 Zeilen, %4 Anfragen, %5 ActiveSync</translation>
    </message>
    <message>
        <source>, %1 of them by %2</source>
        <translation>, %1 davon von %2</translation>
    </message>
    <message>
        <source> (front end %1, back end %2)</source>
        <translation> (Front-End %1, Back-End %2)</translation>
    </message>
    <message>
        <source>; %1 corrupt lines</source>
        <translation>; %1 beschädigte Zeilen</translation>
    </message>
    <message>
        <source>ActiveSync by HTTP status: %1</source>
        <translation>ActiveSync nach HTTP-Status: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Read in %1 s (%2 MB/s, %3 lines/s, %4 threads)</source>
        <translation>Gelesen in %1 s (%2 MB/s, %3 Zeilen/s, %4 Threads)</translation>
    </message>
    <message>
        <source>First failure %1, last failure %2</source>
        <translation>Erster Fehler %1, letzter Fehler %2</translation>
    </message>
    <message>
        <source>Users with the most failures: %1</source>
        <translation>Benutzer mit den meisten Fehlern: %1</translation>
    </message>
    <message>
        <source>Devices with the most failures: %1</source>
        <translation>Geräte mit den meisten Fehlern: %1</translation>
    </message>
    <message>
        <source>Client IPs with the most failures: %1</source>
        <translation>Client-IPs mit den meisten Fehlern: %1</translation>
    </message>
    <message>
        <source>Cancelled: the counts cover only what was read before.</source>
        <translation>Abgebrochen: Die Zahlen umfassen nur das bis dahin Gelesene.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from &apos;%1&apos;.</source>
        <translation>Aus &apos;%1&apos; konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>The IIS certificate has expired</source>
        <translation>Das IIS-Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>The certificate Exchange uses for IIS (%1) expired on %2.</source>
        <translation>Das Zertifikat, das Exchange für IIS verwendet (%1), ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The IIS certificate expires soon</source>
        <translation>Das IIS-Zertifikat läuft bald ab</translation>
    </message>
    <message>
        <source>The certificate Exchange uses for IIS (%1) expires on %2.</source>
        <translation>Das Zertifikat, das Exchange für IIS verwendet (%1), läuft am %2 ab.</translation>
    </message>
    <message>
        <source>The IIS certificate is not valid yet</source>
        <translation>Das IIS-Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate Exchange uses for IIS (%1) is valid from %2.</source>
        <translation>Das Zertifikat, das Exchange für IIS verwendet (%1), ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>Phones will not trust the IIS certificate</source>
        <translation>Telefone werden dem IIS-Zertifikat nicht vertrauen</translation>
    </message>
    <message>
        <source>The certificate Exchange uses for IIS (%1) is %2.</source>
        <translation>Das Zertifikat, das Exchange für IIS verwendet (%1), ist %2.</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>The IIS certificate does not name the ActiveSync host</source>
        <translation>Das IIS-Zertifikat enthält den ActiveSync-Host nicht</translation>
    </message>
    <message>
        <source>%1 is not among the certificate&apos;s domains (%2).</source>
        <translation>%1 gehört nicht zu den Domänen des Zertifikats (%2).</translation>
    </message>
    <message>
        <source>Phones get a different certificate than the one IIS uses</source>
        <translation>Telefone erhalten ein anderes Zertifikat als das von IIS verwendete</translation>
    </message>
    <message>
        <source>The certificate on the wire (%1) is not one Exchange has enabled for IIS: a reverse proxy or load balancer presents its own, or the IIS binding is stale.</source>
        <translation>Das tatsächlich übertragene Zertifikat (%1) ist keines, das Exchange für IIS aktiviert hat: Ein Reverseproxy oder Load Balancer präsentiert sein eigenes, oder die IIS-Bindung ist veraltet.</translation>
    </message>
    <message>
        <source>ActiveSync is turned off for the mailbox</source>
        <translation>ActiveSync ist für das Postfach deaktiviert</translation>
    </message>
    <message>
        <source>Get-CASMailbox reports ActiveSyncEnabled False for %1: Exchange refuses every device of this user.</source>
        <translation>Get-CASMailbox meldet ActiveSyncEnabled False für %1: Exchange weist jedes Gerät dieses Benutzers ab.</translation>
    </message>
    <message>
        <source>Exchange blocks devices of this user</source>
        <translation>Exchange blockiert Geräte dieses Benutzers</translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <translation>Blockiert: %1.</translation>
    </message>
    <message>
        <source>Devices of this user are in quarantine</source>
        <translation>Geräte dieses Benutzers befinden sich in Quarantäne</translation>
    </message>
    <message>
        <source>Quarantined until an administrator allows them: %1.</source>
        <translation>In Quarantäne, bis ein Administrator sie zulässt: %1.</translation>
    </message>
    <message>
        <source>The mailbox has used up its device partnerships</source>
        <translation>Das Postfach hat seine Gerätepartnerschaften ausgeschöpft</translation>
    </message>
    <message>
        <source>%1 partnerships; the throttling policy %2 allows %3 (EasMaxDevices).</source>
        <translation>%1 Partnerschaften; die Drosselungsrichtlinie %2 erlaubt %3 (EasMaxDevices).</translation>
    </message>
    <message>
        <source>The ActiveSync virtual directory offers no sign-in phones use</source>
        <translation>Das virtuelle ActiveSync-Verzeichnis bietet keine Anmeldung an, die Telefone verwenden</translation>
    </message>
    <message>
        <source>Basic is off and OAuth is not offered on %1, so phones have no way to sign in.</source>
        <translation>Basic ist deaktiviert und OAuth wird auf %1 nicht angeboten, daher können sich Telefone nicht anmelden.</translation>
    </message>
    <message>
        <source>There is no ActiveSync virtual directory</source>
        <translation>Es gibt kein virtuelles ActiveSync-Verzeichnis</translation>
    </message>
    <message>
        <source>Get-ActiveSyncVirtualDirectory returned nothing.</source>
        <translation>Get-ActiveSyncVirtualDirectory hat nichts zurückgegeben.</translation>
    </message>
    <message>
        <source>The ActiveSync configuration files are damaged</source>
        <translation>Die ActiveSync-Konfigurationsdateien sind beschädigt</translation>
    </message>
    <message>
        <source>These files are missing or still contain a literal %ExchangeInstallDir% (a failed update): %1.</source>
        <translation>Diese Dateien fehlen oder enthalten noch den Platzhalter %ExchangeInstallDir% im Klartext (ein fehlgeschlagenes Update): %1.</translation>
    </message>
    <message>
        <source>Exchange logged ActiveSync blocking events</source>
        <translation>Exchange hat ActiveSync-Blockierungsereignisse protokolliert</translation>
    </message>
    <message numerus="yes">
        <source>%n Event ID 1100 of MSExchange ActiveSync in the bundle.</source>
        <translation>
            <numerusform>%n Ereignis mit Ereignis-ID 1100 von MSExchange ActiveSync im Paket.</numerusform>
            <numerusform>%n Ereignisse mit Ereignis-ID 1100 von MSExchange ActiveSync im Paket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange logged ActiveSync throttling</source>
        <translation>Exchange hat ActiveSync-Drosselung protokolliert</translation>
    </message>
    <message numerus="yes">
        <source>%n MSExchange ActiveSync event(s) mention budgets or throttling.</source>
        <translation>
            <numerusform>%n MSExchange ActiveSync-Ereignis erwähnt Budgets oder Drosselung.</numerusform>
            <numerusform>%n MSExchange ActiveSync-Ereignisse erwähnen Budgets oder Drosselung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server-side evidence from the collector</source>
        <translation>Serverseitige Nachweise aus dem Sammelskript</translation>
    </message>
    <message>
        <source>Collected on %1 at %2 for %3.</source>
        <translation>Gesammelt auf %1 am %2 für %3.</translation>
    </message>
    <message>
        <source>The collector could not read section &apos;%1&apos;: %2</source>
        <translation>Das Sammelskript konnte den Abschnitt &apos;%1&apos; nicht lesen: %2</translation>
    </message>
    <message>
        <source>The bundle has no &apos;%1&apos; section.</source>
        <translation>Das Paket enthält keinen Abschnitt &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The bundle&apos;s &apos;%1&apos; section has the wrong shape and was ignored.</source>
        <translation>Der Abschnitt &apos;%1&apos; des Pakets hat eine falsche Struktur und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The file is not an EAS Doctor bundle (it has no schema field).</source>
        <translation>Die Datei ist kein EAS Doctor-Paket (sie enthält kein Feld schema).</translation>
    </message>
    <message>
        <source>Unsupported bundle schema &apos;%1&apos; (expected %2).</source>
        <translation>Nicht unterstütztes Paketschema &apos;%1&apos; (erwartet: %2).</translation>
    </message>
    <message>
        <source>The bundle is in an unsupported encoding (use UTF-8 or UTF-16).</source>
        <translation>Das Paket hat eine nicht unterstützte Codierung (verwenden Sie UTF-8 oder UTF-16).</translation>
    </message>
    <message>
        <source>The bundle is not valid UTF-8 or UTF-16 text.</source>
        <translation>Das Paket ist kein gültiger UTF-8- oder UTF-16-Text.</translation>
    </message>
    <message>
        <source>The bundle is not valid JSON (%1 at character %2).</source>
        <translation>Das Paket ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The bundle is not a JSON object.</source>
        <translation>Das Paket ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Cannot read the bundle %1: %2</source>
        <translation>Das Paket %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The bundle %1 is larger than %2 MiB.</source>
        <translation>Das Paket %1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>The bundle %1 is empty.</source>
        <translation>Das Paket %1 ist leer.</translation>
    </message>
    <message>
        <source>Run this script in the Exchange Management Shell on an Exchange server.</source>
        <translation>Führen Sie dieses Skript in der Exchange Management Shell auf einem Exchange-Server aus.</translation>
    </message>
    <message>
        <source>read-only collector of server-side ActiveSync evidence</source>
        <translation>nur lesendes Sammelskript für serverseitige ActiveSync-Nachweise</translation>
    </message>
    <message>
        <source>Run in the Exchange Management Shell on an Exchange server. It only reads (Get- cmdlets, IIS configuration, the Application event log) and writes one JSON file for eas-doctor diagnose --bundle FILE. A section it cannot read is left empty and listed under errors.</source>
        <translation>Führen Sie das Skript in der Exchange Management Shell auf einem Exchange-Server aus. Es liest nur (Get-Cmdlets, IIS-Konfiguration, das Ereignisprotokoll „Anwendung“) und schreibt eine JSON-Datei für eas-doctor diagnose --bundle FILE. Ein Abschnitt, den es nicht lesen kann, bleibt leer und wird unter errors aufgeführt.</translation>
    </message>
    <message>
        <source>Bundle written to </source>
        <translation>Server-Paket gespeichert unter </translation>
    </message>
    <message>
        <source>Sections with errors (the bundle is partial): </source>
        <translation>Abschnitte mit Fehlern (das Paket ist unvollständig): </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Logon name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>ActiveSync URL</source>
        <translation>ActiveSync-URL</translation>
    </message>
    <message>
        <source>found with Autodiscover</source>
        <translation>mit Autodiscover gefunden</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Ausführung gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Trust any certificate</source>
        <translation>Jedem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Acknowledge the policy (provision fully)</source>
        <translation>Richtlinie bestätigen (vollständige Bereitstellung)</translation>
    </message>
    <message>
        <source>Without credentials</source>
        <translation>Ohne Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Step time limit</source>
        <translation>Zeitlimit pro Schritt</translation>
    </message>
    <message>
        <source>Internal URL</source>
        <translation>Interne URL</translation>
    </message>
    <message>
        <source>Autodiscover URL</source>
        <translation>Autodiscover-URL</translation>
    </message>
    <message>
        <source>Extra CA files</source>
        <translation>Zusätzliche CA-Dateien</translation>
    </message>
    <message>
        <source>Server bundle</source>
        <translation>Server-Paket</translation>
    </message>
    <message>
        <source>IIS logs</source>
        <translation>IIS-Protokolle</translation>
    </message>
    <message>
        <source>Event logs</source>
        <translation>Ereignisprotokolle</translation>
    </message>
    <message>
        <source>Options used</source>
        <translation>Verwendete Optionen</translation>
    </message>
    <message>
        <source>⚠ This run used --trust-any-certificate: it went on after certificate errors. Phones do not; the certificate findings below still apply.</source>
        <translation>⚠ Diese Ausführung verwendete --trust-any-certificate: Sie wurde trotz Zertifikatfehlern fortgesetzt. Telefone tun das nicht; die folgenden Zertifikatbefunde gelten weiterhin.</translation>
    </message>
    <message>
        <source>Input warnings</source>
        <translation>Eingabewarnungen</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>Hauptursache:</translation>
    </message>
    <message>
        <source>No blocking cause found.</source>
        <translation>Keine blockierende Ursache gefunden.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>EAS Doctor report: %1</source>
        <translation>EAS Doctor-Bericht: %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Prüffehler</translation>
    </message>
    <message>
        <source>Fixes:</source>
        <translation>Korrekturen:</translation>
    </message>
    <message>
        <source>Findings and evidence</source>
        <translation>Befunde und Nachweise</translation>
    </message>
    <message>
        <source>whole step</source>
        <translation>gesamter Schritt</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeitmessungen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Fix and verification scripts</source>
        <translation>Korrektur- und Prüfskripts</translation>
    </message>
    <message>
        <source>Run these in the Exchange Management Shell, or from a workstation (they open a remote Exchange session). Destructive steps carry -WhatIf and IIS restarts need -Apply.</source>
        <translation>Führen Sie diese Skripts in der Exchange Management Shell oder auf einer Arbeitsstation aus (sie öffnen eine Exchange-Remotesitzung). Destruktive Schritte enthalten -WhatIf, und IIS-Neustarts erfordern -Apply.</translation>
    </message>
    <message>
        <source>Destructive: read the script and take the backup it makes before removing -WhatIf.</source>
        <translation>Destruktiv: Lesen Sie das Skript, und bewahren Sie die vom Skript erstellte Sicherung auf, bevor Sie -WhatIf entfernen.</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Behebt:</translation>
    </message>
    <message>
        <source>Quick fix: turn ActiveSync on for the mailbox</source>
        <translation>Sofortmaßnahme: ActiveSync für das Postfach aktivieren</translation>
    </message>
    <message>
        <source>Sets ActiveSyncEnabled to True for the mailbox and shows the result. If it reads False again later, a mailbox plan or a Client Access Rule turns it off.</source>
        <translation>Setzt ActiveSyncEnabled für das Postfach auf True und zeigt das Ergebnis an. Steht der Wert später wieder auf False, wird er durch einen Postfachplan oder eine Client Access Rule deaktiviert.</translation>
    </message>
    <message>
        <source>Quick fix: let the user&apos;s device policy accept devices that cannot be provisioned</source>
        <translation>Sofortmaßnahme: Geräte, die nicht bereitgestellt werden können, in der Geräterichtlinie des Benutzers zulassen</translation>
    </message>
    <message>
        <source>Sets AllowNonProvisionableDevices on the user&apos;s mobile device mailbox policy. The change applies to every mailbox that uses this policy.</source>
        <translation>Setzt AllowNonProvisionableDevices in der Postfachrichtlinie für mobile Geräte des Benutzers. Die Änderung gilt für jedes Postfach, das diese Richtlinie verwendet.</translation>
    </message>
    <message>
        <source>No policy name known: use the one assigned to the mailbox.</source>
        <translation>Kein Richtlinienname bekannt: Verwenden Sie die Richtlinie, die dem Postfach zugewiesen ist.</translation>
    </message>
    <message>
        <source>Let the user&apos;s blocked or quarantined devices in</source>
        <translation>Blockierte oder unter Quarantäne gestellte Geräte des Benutzers zulassen</translation>
    </message>
    <message>
        <source>Takes the devices off the mailbox&apos;s block list and adds them to its allow list (a personal exemption that outranks device access rules). Check the device IDs against the partnerships listed first.</source>
        <translation>Entfernt die Geräte aus der Liste blockierter Geräte des Postfachs und fügt sie seiner Liste zulässiger Geräte hinzu (eine persönliche Ausnahme, die Vorrang vor Gerätezugriffsregeln hat). Gleichen Sie die Geräte-IDs mit den vorab aufgelisteten Gerätepartnerschaften ab.</translation>
    </message>
    <message>
        <source>Solution 5: give the mailbox a throttling policy with more ActiveSync headroom</source>
        <translation>Lösung 5: Dem Postfach eine Drosselungsrichtlinie mit mehr Spielraum für ActiveSync zuweisen</translation>
    </message>
    <message>
        <source>Creates (or updates) a throttling policy with higher EasMaxDevices and EasMaxConcurrency and associates it with the mailbox. Removing stale partnerships (listed first) is the alternative to a higher device limit.</source>
        <translation>Erstellt (oder aktualisiert) eine Drosselungsrichtlinie mit höheren Werten für EasMaxDevices und EasMaxConcurrency und ordnet sie dem Postfach zu. Statt das Gerätelimit zu erhöhen, können Sie auch veraltete Gerätepartnerschaften (vorab aufgelistet) entfernen.</translation>
    </message>
    <message>
        <source>Clean-up: remove the device partnership EAS Doctor created</source>
        <translation>Bereinigung: Die von EAS Doctor erstellte Gerätepartnerschaft entfernen</translation>
    </message>
    <message>
        <source>The diagnosis acknowledged the device policy, which created a partnership for its own DeviceId. It counts toward EasMaxDevices; this removes it (Remove-MobileDevice asks for confirmation).</source>
        <translation>Die Diagnose hat die Geräterichtlinie bestätigt und dadurch eine Gerätepartnerschaft für ihre eigene DeviceId erstellt. Diese zählt für EasMaxDevices mit; dieses Skript entfernt sie (Remove-MobileDevice fragt nach einer Bestätigung).</translation>
    </message>
    <message>
        <source>No partnership with this DeviceId: nothing to remove.</source>
        <translation>Keine Gerätepartnerschaft mit dieser DeviceId: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Pass -InternalUrl and -ExternalUrl (https://host/Microsoft-Server-ActiveSync).</source>
        <translation>Geben Sie -InternalUrl und -ExternalUrl an (https://host/Microsoft-Server-ActiveSync).</translation>
    </message>
    <message>
        <source>IIS was not restarted. Run the script again with -Apply, or run iisreset /noforce on the server.</source>
        <translation>IIS wurde nicht neu gestartet. Führen Sie das Skript erneut mit -Apply aus, oder führen Sie iisreset /noforce auf dem Server aus.</translation>
    </message>
    <message>
        <source>Chain incomplete: import the issuing CA&apos;s intermediate certificate into the computer&apos;s Intermediate Certification Authorities store, then restart IIS; the thumbprint stays the same.</source>
        <translation>Kette unvollständig: Importieren Sie das Zwischenzertifikat der ausstellenden CA in den Speicher „Zwischenzertifizierungsstellen“ des Computers, und starten Sie dann IIS neu; der Fingerabdruck bleibt unverändert.</translation>
    </message>
    <message>
        <source>Name mismatch: the certificate must name the ActiveSync host in its subject alternative names; request one that does if none below does.</source>
        <translation>Namensabweichung: Das Zertifikat muss den ActiveSync-Host in seinen alternativen Antragstellernamen enthalten; fordern Sie ein solches Zertifikat an, falls keines der unten aufgeführten dies erfüllt.</translation>
    </message>
    <message>
        <source>Untrusted: phones need a certificate from a public CA (or one whose root every phone trusts); a self-signed certificate is not enough.</source>
        <translation>Nicht vertrauenswürdig: Telefone benötigen ein Zertifikat einer öffentlichen CA (oder einer CA, deren Stammzertifikat jedes Telefon vertraut); ein selbstsigniertes Zertifikat genügt nicht.</translation>
    </message>
    <message>
        <source>HTTPS to the ActiveSync URL works.</source>
        <translation>HTTPS zur ActiveSync-URL funktioniert.</translation>
    </message>
    <message>
        <source>Solution 1: reconfigure the ActiveSync virtual directory</source>
        <translation>Lösung 1: Virtuelles ActiveSync-Verzeichnis neu konfigurieren</translation>
    </message>
    <message>
        <source>Backs up the virtual directory&apos;s settings, sets its URLs and resets authentication to Basic (Windows off), then restarts IIS with -Apply.</source>
        <translation>Sichert die Einstellungen des virtuellen Verzeichnisses, legt seine URLs fest, setzt die Authentifizierung auf Basic zurück (Windows deaktiviert) und startet IIS anschließend mit -Apply neu.</translation>
    </message>
    <message>
        <source>Backup: </source>
        <translation>Sicherung: </translation>
    </message>
    <message>
        <source>Solution 2: recreate the ActiveSync virtual directory (destructive)</source>
        <translation>Lösung 2: Virtuelles ActiveSync-Verzeichnis neu erstellen (destruktiv)</translation>
    </message>
    <message>
        <source>Removes and recreates the virtual directory (there is no Reset- cmdlet for it). Its settings are exported first. Every change carries -WhatIf: read what it would do, delete -WhatIf from those lines, and run the script again with -Apply.</source>
        <translation>Entfernt das virtuelle Verzeichnis und erstellt es neu (dafür gibt es kein Reset-Cmdlet). Seine Einstellungen werden vorher exportiert. Jede Änderung enthält -WhatIf: Lesen Sie, was sie bewirken würde, löschen Sie -WhatIf aus diesen Zeilen, und führen Sie das Skript erneut mit -Apply aus.</translation>
    </message>
    <message>
        <source>Solution 3: offer the sign-in methods phones use</source>
        <translation>Lösung 3: Die von Telefonen verwendeten Anmeldemethoden anbieten</translation>
    </message>
    <message>
        <source>Turns Basic and Windows authentication on for the virtual directory. With -ModernAuth it also turns OAuth on for the organisation and offers it on the virtual directory (there is no -OAuthEnabled switch); do that only once hybrid modern authentication is set up. Client certificates: -ClientCertAuth Ignore, Accepted or Required.</source>
        <translation>Aktiviert die Basic- und Windows-Authentifizierung für das virtuelle Verzeichnis. Mit -ModernAuth wird außerdem OAuth für die Organisation aktiviert und im virtuellen Verzeichnis angeboten (einen Schalter -OAuthEnabled gibt es nicht); tun Sie das erst, wenn die moderne Hybridauthentifizierung eingerichtet ist. Clientzertifikate: -ClientCertAuth Ignore, Accepted oder Required.</translation>
    </message>
    <message>
        <source>Solution 4: bind a valid certificate to IIS</source>
        <translation>Lösung 4: Ein gültiges Zertifikat an IIS binden</translation>
    </message>
    <message>
        <source>Shows the certificate phones get now and the valid ones on the server, enables the chosen one for IIS and tests HTTPS. Pass -Thumbprint to choose another certificate.</source>
        <translation>Zeigt das Zertifikat an, das Telefone derzeit erhalten, sowie die gültigen Zertifikate auf dem Server, aktiviert das ausgewählte Zertifikat für IIS und testet HTTPS. Geben Sie -Thumbprint an, um ein anderes Zertifikat auszuwählen.</translation>
    </message>
    <message>
        <source>No valid replacement is known: run the script again with -Thumbprint and one of the thumbprints above.</source>
        <translation>Kein gültiger Ersatz bekannt: Führen Sie das Skript erneut mit -Thumbprint und einem der oben aufgeführten Fingerabdrücke aus.</translation>
    </message>
    <message>
        <source>Verification: check what the fixes change</source>
        <translation>Überprüfung: Prüfen, was die Korrekturen ändern</translation>
    </message>
    <message>
        <source>Read-only. Shows the virtual directory&apos;s URLs and authentication, the IIS certificate, the mailbox&apos;s ActiveSync settings and devices, runs Test-ActiveSyncConnectivity (it asks for the mailbox&apos;s sign-in) and counts Event ID 1100 of the last hour.</source>
        <translation>Nur lesend. Zeigt die URLs und die Authentifizierung des virtuellen Verzeichnisses, das IIS-Zertifikat sowie die ActiveSync-Einstellungen und Geräte des Postfachs an, führt Test-ActiveSyncConnectivity aus (fragt nach der Anmeldung für das Postfach) und zählt die Ereignisse mit der Ereignis-ID 1100 aus der letzten Stunde.</translation>
    </message>
    <message>
        <source>== ActiveSync virtual directory</source>
        <translation>== Virtuelles ActiveSync-Verzeichnis</translation>
    </message>
    <message>
        <source>== IIS certificate</source>
        <translation>== IIS-Zertifikat</translation>
    </message>
    <message>
        <source>== Mailbox</source>
        <translation>== Postfach</translation>
    </message>
    <message>
        <source>== Test-ActiveSyncConnectivity</source>
        <translation>== Test-ActiveSyncConnectivity</translation>
    </message>
    <message>
        <source>Sign-in of the mailbox to test</source>
        <translation>Anmeldung für das zu testende Postfach</translation>
    </message>
    <message>
        <source>The diagnosis ran with --trust-any-certificate, so this test does too.</source>
        <translation>Die Diagnose wurde mit --trust-any-certificate ausgeführt, daher gilt das auch für diesen Test.</translation>
    </message>
    <message>
        <source>== Event ID 1100 (MSExchange ActiveSync) in the last hour</source>
        <translation>== Ereignis-ID 1100 (MSExchange ActiveSync) in der letzten Stunde</translation>
    </message>
    <message>
        <source>Certificate not checked</source>
        <translation>Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <source>There is no https:// address to check yet. Give the ActiveSync URL, or let the Connectivity step find it with Autodiscover.</source>
        <translation>Es gibt noch keine https://-Adresse zum Prüfen. Geben Sie die ActiveSync-URL an, oder lassen Sie den Schritt „Konnektivität“ sie mit Autodiscover ermitteln.</translation>
    </message>
    <message numerus="yes">
        <source>Checking the certificate of %n server(s)</source>
        <translation>
            <numerusform>Das Zertifikat von %n Server wird geprüft</numerusform>
            <numerusform>Die Zertifikate von %n Servern werden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1:%2</source>
        <translation>%1:%2 geprüft</translation>
    </message>
    <message>
        <source>Could not connect to %1 (%2).</source>
        <translation>Keine Verbindung zu %1 möglich (%2).</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer the TLS handshake within %2 s.</source>
        <translation>%1 hat die Verbindung angenommen, aber innerhalb von %2 s nicht auf den TLS-Handshake geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not accept a connection within %2 s.</source>
        <translation>%1 hat innerhalb von %2 s keine Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Its certificate could not be seen; the Connectivity step reports the connection problem.</source>
        <translation>Das Zertifikat konnte nicht abgerufen werden; der Schritt „Konnektivität“ meldet das Verbindungsproblem.</translation>
    </message>
    <message>
        <source>Autodiscover</source>
        <translation>Autodiscover</translation>
    </message>
    <message>
        <source>Autodiscover found the ActiveSync URL</source>
        <translation>Autodiscover hat die ActiveSync-URL gefunden</translation>
    </message>
    <message>
        <source>Autodiscover answered with %1, the URL phones will use.</source>
        <translation>Autodiscover hat mit %1 geantwortet, der URL, die Telefone verwenden werden.</translation>
    </message>
    <message>
        <source>Autodiscover redirects to an unsafe place</source>
        <translation>Autodiscover leitet an ein unsicheres Ziel um</translation>
    </message>
    <message>
        <source>%1 The hop was not followed and no password was sent there: a phone that follows it hands the password to a host outside the organisation or over plain http. Fix the autodiscover DNS records or the redirect.</source>
        <translation>%1 Dieser Umleitung wurde nicht gefolgt, und es wurde kein Kennwort dorthin gesendet: Ein Telefon, das ihr folgt, übergibt das Kennwort an einen Host außerhalb der Organisation oder über unverschlüsseltes http. Korrigieren Sie die autodiscover-DNS-Einträge oder die Umleitung.</translation>
    </message>
    <message>
        <source>Autodiscover found no ActiveSync URL</source>
        <translation>Autodiscover hat keine ActiveSync-URL gefunden</translation>
    </message>
    <message>
        <source>No Autodiscover candidate answered with a mobilesync URL (tried %1). Phones that set up the account by e-mail address alone fail. Publish autodiscover.%2 or an SRV record, or give the URL by hand.</source>
        <translation>Kein Autodiscover-Kandidat hat mit einer mobilesync-URL geantwortet (versucht: %1). Telefone, die das Konto nur anhand der E-Mail-Adresse einrichten, schlagen fehl. Veröffentlichen Sie autodiscover.%2 oder einen SRV-Eintrag, oder geben Sie die URL manuell an.</translation>
    </message>
    <message>
        <source>The ActiveSync endpoint is plain http://</source>
        <translation>Der ActiveSync-Endpunkt verwendet unverschlüsseltes http://</translation>
    </message>
    <message>
        <source>%1 is not https://. Credentials are never sent there, and phones refuse it too. Use https:// and require SSL on the virtual directory.</source>
        <translation>%1 ist nicht https://. Anmeldeinformationen werden nie dorthin gesendet, und auch Telefone lehnen die Adresse ab. Verwenden Sie https://, und aktivieren Sie „SSL erforderlich“ für das virtuelle Verzeichnis.</translation>
    </message>
    <message>
        <source>DNS, TCP and TLS to %1</source>
        <translation>DNS, TCP und TLS zu %1</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>No TCP connection or TLS handshake within the limit. Check the firewall (a dropped SYN looks like this) and the load balancer.</source>
        <translation>Keine TCP-Verbindung und kein TLS-Handshake innerhalb des Zeitlimits. Prüfen Sie die Firewall (ein verworfenes SYN sieht so aus) und den Load Balancer.</translation>
    </message>
    <message>
        <source>No TLS session with %1</source>
        <translation>Keine TLS-Sitzung mit %1</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1). No password was sent. The certificate step says whether the certificate is the reason.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen (%1). Es wurde kein Kennwort gesendet. Der Schritt „Zertifikat“ zeigt, ob das Zertifikat die Ursache ist.</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>OPTIONS</translation>
    </message>
    <message>
        <source>OPTIONS lacks the ActiveSync headers</source>
        <translation>Der OPTIONS-Antwort fehlen die ActiveSync-Header</translation>
    </message>
    <message>
        <source>The OPTIONS answer has no MS-ASProtocolVersions header. A reverse proxy or URL filter is probably eating it; some phones refuse to continue.</source>
        <translation>Die OPTIONS-Antwort enthält keinen MS-ASProtocolVersions-Header. Vermutlich entfernt ihn ein Reverseproxy oder URL-Filter; einige Telefone brechen dann ab.</translation>
    </message>
    <message>
        <source>No common ActiveSync version</source>
        <translation>Keine gemeinsame ActiveSync-Version</translation>
    </message>
    <message>
        <source>The server offers %1; none of 2.5 to 16.1 is among them.</source>
        <translation>Der Server bietet %1 an; keine der Versionen 2.5 bis 16.1 ist darunter.</translation>
    </message>
    <message>
        <source>FolderSync (%1)</source>
        <translation>FolderSync (%1)</translation>
    </message>
    <message>
        <source>Every ActiveSync version is refused</source>
        <translation>Jede ActiveSync-Version wird abgelehnt</translation>
    </message>
    <message>
        <source>FolderSync was refused with 505 / Status 138 for %1 and 12.1. Check whether a protocol version is blocked on the server (e.g. BlockV160).</source>
        <translation>FolderSync wurde für %1 und 12.1 mit 505 / Status 138 abgelehnt. Prüfen Sie, ob auf dem Server eine Protokollversion blockiert ist (z. B. BlockV160).</translation>
    </message>
    <message>
        <source>The network path to ActiveSync works</source>
        <translation>Der Netzwerkpfad zu ActiveSync funktioniert</translation>
    </message>
    <message>
        <source>DNS, TCP and TLS to %1 work and the server answers HTTPS requests; the timings of each phase are in the evidence.</source>
        <translation>DNS, TCP und TLS zu %1 funktionieren, und der Server beantwortet HTTPS-Anfragen; die Zeiten der einzelnen Phasen finden Sie in den Nachweisen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve</source>
        <translation>Der Hostname %1 wird nicht aufgelöst</translation>
    </message>
    <message>
        <source>DNS has no address for %1, so no phone can reach it. Check the public DNS record (A/AAAA or CNAME) and, for Autodiscover, the autodiscover host.</source>
        <translation>DNS kennt keine Adresse für %1, daher kann kein Telefon den Host erreichen. Prüfen Sie den öffentlichen DNS-Eintrag (A/AAAA oder CNAME) und bei Autodiscover den autodiscover-Host.</translation>
    </message>
    <message>
        <source>No TCP connection to %1</source>
        <translation>Keine TCP-Verbindung zu %1</translation>
    </message>
    <message>
        <source>The connection to %1 port %2 was refused or is unreachable (%3). Check the firewall, the load balancer and that IIS listens on the port.</source>
        <translation>Die Verbindung zu %1 an Port %2 wurde abgelehnt oder ist nicht möglich (%3). Prüfen Sie die Firewall, den Load Balancer und ob IIS an diesem Port lauscht.</translation>
    </message>
    <message>
        <source>%1 did not answer %2 in time</source>
        <translation>%1 hat %2 nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>The server took the connection but gave no complete answer within the limit. Phones give up the same way. Check the reverse proxy or load balancer timeouts and the MSExchangeSyncAppPool application pool.</source>
        <translation>Der Server hat die Verbindung angenommen, aber innerhalb des Zeitlimits keine vollständige Antwort geliefert. Telefone geben auf dieselbe Weise auf. Prüfen Sie die Zeitüberschreitungen des Reverseproxys oder Load Balancers und den Anwendungspool MSExchangeSyncAppPool.</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1). Without TLS no phone connects. The certificate step says whether the certificate is the reason.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen (%1). Ohne TLS kann kein Telefon eine Verbindung herstellen. Der Schritt „Zertifikat“ zeigt, ob das Zertifikat die Ursache ist.</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of the answer</source>
        <translation>%1 hat die Verbindung mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>The server (or a device in front of it) cut the %1 response short. Phones see a network error. Check the load balancer, IPS/WAF and IIS request filtering.</source>
        <translation>Der Server (oder ein vorgeschaltetes Gerät) hat die %1-Antwort abgeschnitten. Telefone sehen einen Netzwerkfehler. Prüfen Sie den Load Balancer, IPS/WAF und die IIS-Anforderungsfilterung.</translation>
    </message>
    <message>
        <source>The %1 answer is far too large</source>
        <translation>Die %1-Antwort ist viel zu groß</translation>
    </message>
    <message>
        <source>The body passed %1 MiB and was cut off; an ActiveSync answer to this command is a few kilobytes. Something in front of Exchange is sending an endless or wrong body.</source>
        <translation>Der Antworttext hat %1 MiB überschritten und wurde abgeschnitten; eine ActiveSync-Antwort auf diesen Befehl umfasst nur wenige Kilobyte. Eine Komponente vor Exchange sendet einen endlosen oder falschen Antworttext.</translation>
    </message>
    <message>
        <source>Credentials are never sent over http://, and phones refuse it too. Use https:// and an SSL-required virtual directory.</source>
        <translation>Anmeldeinformationen werden nie über http:// gesendet, und auch Telefone lehnen dies ab. Verwenden Sie https:// und ein virtuelles Verzeichnis mit „SSL erforderlich“.</translation>
    </message>
    <message>
        <source>The %1 answer is not valid WBXML</source>
        <translation>Die %1-Antwort ist kein gültiges WBXML</translation>
    </message>
    <message>
        <source>The body cannot be decoded at byte %1 (%2). Phones drop such answers. Look for a proxy rewriting bodies, or a broken Exchange update.</source>
        <translation>Der Antworttext kann ab Byte %1 nicht dekodiert werden (%2). Telefone verwerfen solche Antworten. Suchen Sie nach einem Proxy, der Antworttexte umschreibt, oder nach einem fehlerhaften Exchange-Update.</translation>
    </message>
    <message>
        <source>ActiveSync is disabled for this mailbox</source>
        <translation>ActiveSync ist für dieses Postfach deaktiviert</translation>
    </message>
    <message>
        <source>Exchange answered Status 126 (UserDisabledForSync): ActiveSyncEnabled is false, or a Client Access Rule blocks ActiveSync. Every phone of this user is refused. Run Set-CASMailbox -ActiveSyncEnabled $true.</source>
        <translation>Exchange hat mit Status 126 (UserDisabledForSync) geantwortet: ActiveSyncEnabled ist false, oder eine Client Access Rule blockiert ActiveSync. Jedes Telefon dieses Benutzers wird abgelehnt. Führen Sie Set-CASMailbox -ActiveSyncEnabled $true aus.</translation>
    </message>
    <message>
        <source>The device is blocked</source>
        <translation>Das Gerät ist blockiert</translation>
    </message>
    <message>
        <source>Exchange answered Status %1: a device access rule, the mailbox&apos;s blocked device list or the organisation&apos;s default access level refuses this device. Check Get-MobileDevice (DeviceAccessState, Reason) and Get-ActiveSyncDeviceAccessRule.</source>
        <translation>Exchange hat mit Status %1 geantwortet: Eine Gerätezugriffsregel, die Liste blockierter Geräte des Postfachs oder die Standardzugriffsebene der Organisation lehnt dieses Gerät ab. Prüfen Sie Get-MobileDevice (DeviceAccessState, Reason) und Get-ActiveSyncDeviceAccessRule.</translation>
    </message>
    <message>
        <source>The user has too many device partnerships</source>
        <translation>Der Benutzer hat zu viele Gerätepartnerschaften</translation>
    </message>
    <message>
        <source>Exchange answered Status 177 (MaximumDevicesReached): the mailbox has as many partnerships as EasMaxDevices allows, so a new phone cannot be added. Remove stale devices or raise EasMaxDevices.</source>
        <translation>Exchange hat mit Status 177 (MaximumDevicesReached) geantwortet: Das Postfach hat so viele Gerätepartnerschaften, wie EasMaxDevices zulässt, daher kann kein neues Telefon hinzugefügt werden. Entfernen Sie veraltete Geräte, oder erhöhen Sie EasMaxDevices.</translation>
    </message>
    <message>
        <source>The account is disabled</source>
        <translation>Das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>Exchange answered Status 131 (AccountDisabled). Enable the user in Active Directory.</source>
        <translation>Exchange hat mit Status 131 (AccountDisabled) geantwortet. Aktivieren Sie den Benutzer in Active Directory.</translation>
    </message>
    <message>
        <source>No mailbox for this user</source>
        <translation>Kein Postfach für diesen Benutzer</translation>
    </message>
    <message>
        <source>Exchange answered Status %1: the logon name has no mailbox (or cannot be found). Check the UPN the phone uses.</source>
        <translation>Exchange hat mit Status %1 geantwortet: Zum Anmeldenamen gibt es kein Postfach (oder es wird nicht gefunden). Prüfen Sie den UPN, den das Telefon verwendet.</translation>
    </message>
    <message>
        <source>The mailbox is full</source>
        <translation>Das Postfach ist voll</translation>
    </message>
    <message>
        <source>Exchange answered Status 113 (MailboxQuotaExceeded). Free space or raise ProhibitSendReceiveQuota.</source>
        <translation>Exchange hat mit Status 113 (MailboxQuotaExceeded) geantwortet. Geben Sie Speicherplatz frei, oder erhöhen Sie ProhibitSendReceiveQuota.</translation>
    </message>
    <message>
        <source>The mailbox server is not available</source>
        <translation>Der Postfachserver ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Exchange answered Status %1: the mailbox database or server is offline. Check the database copy status and the back-end services.</source>
        <translation>Exchange hat mit Status %1 geantwortet: Die Postfachdatenbank oder der Server ist offline. Prüfen Sie den Status der Datenbankkopie und die Back-End-Dienste.</translation>
    </message>
    <message>
        <source>A remote wipe is pending for this device</source>
        <translation>Für dieses Gerät steht eine Remotezurücksetzung aus</translation>
    </message>
    <message>
        <source>Exchange answered Status 140 (RemoteWipeRequested). Check the device with Get-MobileDeviceStatistics before anything else.</source>
        <translation>Exchange hat mit Status 140 (RemoteWipeRequested) geantwortet. Prüfen Sie das Gerät vor allen weiteren Schritten mit Get-MobileDeviceStatistics.</translation>
    </message>
    <message>
        <source>The device cannot be provisioned</source>
        <translation>Das Gerät kann nicht bereitgestellt werden</translation>
    </message>
    <message>
        <source>Exchange answered Status %1: the mobile device mailbox policy cannot be applied to this device (139 not fully provisionable, 141 legacy device on a strict policy, 165 device information missing). Check the policy&apos;s AllowNonProvisionableDevices.</source>
        <translation>Exchange hat mit Status %1 geantwortet: Die Postfachrichtlinie für mobile Geräte kann nicht auf dieses Gerät angewendet werden (139: nicht vollständig bereitstellbar, 141: älteres Gerät bei strenger Richtlinie, 165: Geräteinformationen fehlen). Prüfen Sie AllowNonProvisionableDevices in der Richtlinie.</translation>
    </message>
    <message>
        <source>ActiveSync is refused for this user</source>
        <translation>ActiveSync wird für diesen Benutzer abgelehnt</translation>
    </message>
    <message>
        <source>After a successful login Exchange answered 403 Forbidden to %1 (protocol %2 reports errors as HTTP codes). For a user this means ActiveSync is disabled for the mailbox. Run Set-CASMailbox -ActiveSyncEnabled $true.</source>
        <translation>Nach erfolgreicher Anmeldung hat Exchange %1 mit 403 Forbidden beantwortet (Protokoll %2 meldet Fehler als HTTP-Codes). Bei einem Benutzer bedeutet das, dass ActiveSync für das Postfach deaktiviert ist. Führen Sie Set-CASMailbox -ActiveSyncEnabled $true aus.</translation>
    </message>
    <message>
        <source>The password has expired</source>
        <translation>Das Kennwort ist abgelaufen</translation>
    </message>
    <message>
        <source>Exchange answered 457: the user must change the password (%1).</source>
        <translation>Exchange hat mit 457 geantwortet: Der Benutzer muss das Kennwort ändern (%1).</translation>
    </message>
    <message>
        <source>for example in Outlook on the web</source>
        <translation>zum Beispiel in Outlook im Web</translation>
    </message>
    <message>
        <source>The password expires soon</source>
        <translation>Das Kennwort läuft bald ab</translation>
    </message>
    <message>
        <source>Exchange says the password expires in %1 day(s) (0 = within 24 hours). Phones stop syncing when it does.</source>
        <translation>Laut Exchange läuft das Kennwort in %1 Tag(en) ab (0 = innerhalb von 24 Stunden). Danach synchronisieren Telefone nicht mehr.</translation>
    </message>
    <message>
        <source>A proxy in front of Exchange answered 429 Too Many Requests.</source>
        <translation>Ein Proxy vor Exchange hat mit 429 Too Many Requests geantwortet.</translation>
    </message>
    <message>
        <source>Exchange answered 503 with X-MS-ASThrottle &apos;%1&apos;: the device or user is throttled or automatically blocked (autoblock).</source>
        <translation>Exchange hat mit 503 und X-MS-ASThrottle &apos;%1&apos; geantwortet: Das Gerät oder der Benutzer wird gedrosselt oder automatisch blockiert (autoblock).</translation>
    </message>
    <message>
        <source>It asks to wait %1 seconds before retrying; this tool does not retry sooner.</source>
        <translation>Der Server verlangt, vor einem erneuten Versuch %1 Sekunden zu warten; dieses Tool versucht es nicht früher erneut.</translation>
    </message>
    <message>
        <source>Check the user&apos;s throttling policy (EasMaxConcurrency, EasMaxBurst, EasRechargeRate) and Get-ActiveSyncDeviceAutoblockThreshold.</source>
        <translation>Prüfen Sie die Drosselungsrichtlinie des Benutzers (EasMaxConcurrency, EasMaxBurst, EasRechargeRate) und Get-ActiveSyncDeviceAutoblockThreshold.</translation>
    </message>
    <message>
        <source>Requests are throttled</source>
        <translation>Anfragen werden gedrosselt</translation>
    </message>
    <message>
        <source>Exchange redirects this mailbox to another server</source>
        <translation>Exchange leitet dieses Postfach an einen anderen Server um</translation>
    </message>
    <message>
        <source>Exchange answered 451 with X-MS-Location %1: the mailbox is served from another site. Phones that follow it work; check that the named URL is reachable from outside and that ExternalUrl is set on that server.</source>
        <translation>Exchange hat mit 451 und X-MS-Location %1 geantwortet: Das Postfach wird von einem anderen Standort bereitgestellt. Telefone, die der Umleitung folgen, funktionieren; prüfen Sie, ob die genannte URL von außen erreichbar ist und ob ExternalUrl auf diesem Server festgelegt ist.</translation>
    </message>
    <message>
        <source>The user name or password is rejected</source>
        <translation>Benutzername oder Kennwort wird abgelehnt</translation>
    </message>
    <message>
        <source>The server answered 401 again after the credentials were sent with %1, a scheme it offers. Check the password, the logon name format (UPN or DOMAIN\user) and whether the account is locked out.</source>
        <translation>Der Server hat erneut mit 401 geantwortet, nachdem die Anmeldeinformationen mit %1 gesendet wurden, einem vom Server angebotenen Verfahren. Prüfen Sie das Kennwort, das Format des Anmeldenamens (UPN oder DOMAIN\user) und ob das Konto gesperrt ist.</translation>
    </message>
    <message>
        <source>The logs took too long to read</source>
        <translation>Das Lesen der Protokolle hat zu lange gedauert</translation>
    </message>
    <message>
        <source>Reading the logs did not finish within %1 s; give fewer or smaller files, or run analyze-logs on its own.</source>
        <translation>Das Lesen der Protokolle wurde nicht innerhalb von %1 s abgeschlossen; geben Sie weniger oder kleinere Dateien an, oder führen Sie analyze-logs separat aus.</translation>
    </message>
    <message>
        <source>No logs given</source>
        <translation>Keine Protokolle angegeben</translation>
    </message>
    <message>
        <source>Give the IIS logs of the Exchange servers (C:\inetpub\logs\LogFiles\W3SVC1 and W3SVC2) and the exported Application log (.evtx) to see what happened to the user&apos;s real devices.</source>
        <translation>Geben Sie die IIS-Protokolle der Exchange-Server (C:\inetpub\logs\LogFiles\W3SVC1 und W3SVC2) und das exportierte Anwendungsprotokoll (.evtx) an, um zu sehen, was mit den tatsächlichen Geräten des Benutzers geschehen ist.</translation>
    </message>
    <message>
        <source>Reading logs</source>
        <translation>Protokolle werden gelesen</translation>
    </message>
    <message>
        <source>None of the IIS logs could be read</source>
        <translation>Keines der IIS-Protokolle konnte gelesen werden</translation>
    </message>
    <message>
        <source>No file under %1 could be read as an IIS W3C log. Check the path and that the files are u_ex*.log (or .gz) copies.</source>
        <translation>Keine Datei unter %1 konnte als IIS-W3C-Protokoll gelesen werden. Prüfen Sie den Pfad und ob es sich um Kopien von u_ex*.log (oder .gz) handelt.</translation>
    </message>
    <message>
        <source>Not checked without credentials</source>
        <translation>Ohne Anmeldeinformationen nicht geprüft</translation>
    </message>
    <message>
        <source>Throttling applies to signed-in requests; give the user&apos;s credentials.</source>
        <translation>Die Drosselung gilt für angemeldete Anfragen; geben Sie die Anmeldeinformationen des Benutzers an.</translation>
    </message>
    <message>
        <source>No ActiveSync URL</source>
        <translation>Keine ActiveSync-URL</translation>
    </message>
    <message>
        <source>Neither a URL nor Autodiscover gave an endpoint to ask.</source>
        <translation>Weder eine URL noch Autodiscover hat einen Endpunkt für die Abfrage geliefert.</translation>
    </message>
    <message>
        <source>FolderSync</source>
        <translation>FolderSync</translation>
    </message>
    <message>
        <source>A device access reason, not throttling</source>
        <translation>Ein Grund für den Gerätezugriff, keine Drosselung</translation>
    </message>
    <message>
        <source>The server answered %1 with X-MS-ASThrottle &apos;%2&apos;. That names why the device is blocked (see User status), not a spent budget.</source>
        <translation>Der Server hat mit %1 und X-MS-ASThrottle &apos;%2&apos; geantwortet. Das nennt den Grund, warum das Gerät blockiert ist (siehe „Benutzerstatus“), kein aufgebrauchtes Budget.</translation>
    </message>
    <message>
        <source>No throttling seen</source>
        <translation>Keine Drosselung festgestellt</translation>
    </message>
    <message>
        <source>The server answered %1 without X-MS-ASThrottle or Retry-After.</source>
        <translation>Der Server hat mit %1 ohne X-MS-ASThrottle oder Retry-After geantwortet.</translation>
    </message>
    <message>
        <source>The mailbox state can only be read with the user&apos;s credentials.</source>
        <translation>Der Postfachstatus kann nur mit den Anmeldeinformationen des Benutzers gelesen werden.</translation>
    </message>
    <message>
        <source>Provision: policy download</source>
        <translation>Provision: Richtlinie herunterladen</translation>
    </message>
    <message>
        <source>Provision: acknowledge the policy</source>
        <translation>Provision: Richtlinie bestätigen</translation>
    </message>
    <message>
        <source>Could not sign in to read the mailbox state</source>
        <translation>Anmeldung zum Lesen des Postfachstatus nicht möglich</translation>
    </message>
    <message>
        <source>The server offers only %1, which phones do not use; the virtual directory step explains it.</source>
        <translation>Der Server bietet nur %1 an, was Telefone nicht verwenden; der Schritt „Virtuelles Verzeichnis“ erläutert dies.</translation>
    </message>
    <message>
        <source>No device policy applies</source>
        <translation>Es gilt keine Geräterichtlinie</translation>
    </message>
    <message>
        <source>Provision answered Policy Status 2: no mobile device policy is defined for this client. That is normal, not a failure.</source>
        <translation>Provision hat mit Policy Status 2 geantwortet: Für diesen Client ist keine Richtlinie für mobile Geräte definiert. Das ist normal und kein Fehler.</translation>
    </message>
    <message>
        <source>The device policy downloads</source>
        <translation>Die Geräterichtlinie lässt sich herunterladen</translation>
    </message>
    <message>
        <source>Provision returned the mobile device mailbox policy (key %1).</source>
        <translation>Provision hat die Postfachrichtlinie für mobile Geräte zurückgegeben (Schlüssel %1).</translation>
    </message>
    <message>
        <source>Sync still asks for provisioning</source>
        <translation>Sync fordert weiterhin eine Bereitstellung an</translation>
    </message>
    <message>
        <source>The server asks phones to accept its policy</source>
        <translation>Der Server fordert Telefone auf, seine Richtlinie zu akzeptieren</translation>
    </message>
    <message>
        <source>FolderSync still answers 449 / Status 142 after the policy was acknowledged: Provision cannot satisfy the server. Check the mobile device mailbox policy.</source>
        <translation>FolderSync antwortet auch nach Bestätigung der Richtlinie mit 449 / Status 142: Provision kann die Anforderungen des Servers nicht erfüllen. Prüfen Sie die Postfachrichtlinie für mobile Geräte.</translation>
    </message>
    <message>
        <source>FolderSync answered 449 / Status 142 (device not provisioned). A phone accepts the policy and goes on; this tool stops after the download unless run with --provision-full, which creates a device partnership.</source>
        <translation>FolderSync hat mit 449 / Status 142 (Gerät nicht bereitgestellt) geantwortet. Ein Telefon akzeptiert die Richtlinie und fährt fort; dieses Tool hält nach dem Herunterladen an, sofern es nicht mit --provision-full ausgeführt wird, wodurch eine Gerätepartnerschaft erstellt wird.</translation>
    </message>
    <message>
        <source>The mailbox answers ActiveSync</source>
        <translation>Das Postfach antwortet auf ActiveSync</translation>
    </message>
    <message>
        <source>FolderSync succeeded: ActiveSync is enabled for the mailbox and the device is allowed.</source>
        <translation>FolderSync erfolgreich: ActiveSync ist für das Postfach aktiviert, und das Gerät ist zugelassen.</translation>
    </message>
    <message>
        <source>The mailbox state could not be read</source>
        <translation>Der Postfachstatus konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The server did not get as far as the mailbox (%1); see the other steps.</source>
        <translation>Die Anfrage ist nicht bis zum Postfach gelangt (%1); siehe die anderen Schritte.</translation>
    </message>
    <message>
        <source>Neither a URL nor Autodiscover gave an endpoint to check.</source>
        <translation>Weder eine URL noch Autodiscover lieferte einen Endpunkt zum Prüfen.</translation>
    </message>
    <message>
        <source>Anonymous OPTIONS to %1</source>
        <translation>Anonymes OPTIONS an %1</translation>
    </message>
    <message>
        <source>OPTIONS after login</source>
        <translation>OPTIONS nach der Anmeldung</translation>
    </message>
    <message>
        <source>The internal URL is not reachable from here</source>
        <translation>Die interne URL ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 did not answer from this computer (%2). That is expected outside the company network.</source>
        <translation>%1 hat von diesem Computer aus nicht geantwortet (%2). Außerhalb des Firmennetzwerks ist das zu erwarten.</translation>
    </message>
    <message>
        <source>the internal URL</source>
        <translation>interne URL</translation>
    </message>
    <message>
        <source>after login (back end)</source>
        <translation>nach der Anmeldung, Back-End</translation>
    </message>
    <message>
        <source>before login</source>
        <translation>vor der Anmeldung</translation>
    </message>
    <message>
        <source>The ActiveSync virtual directory is missing</source>
        <translation>Das virtuelle ActiveSync-Verzeichnis fehlt</translation>
    </message>
    <message>
        <source>%1 answered 404 %2. The Microsoft-Server-ActiveSync virtual directory does not exist on this site (front end) or on the mailbox server (back end). Recreate it with New-ActiveSyncVirtualDirectory.</source>
        <translation>%1 antwortete mit 404 (%2). Das virtuelle Verzeichnis Microsoft-Server-ActiveSync existiert auf dieser Website (Front-End) oder auf dem Postfachserver (Back-End) nicht. Erstellen Sie es mit New-ActiveSyncVirtualDirectory neu.</translation>
    </message>
    <message>
        <source>The ActiveSync virtual directory is broken</source>
        <translation>Das virtuelle ActiveSync-Verzeichnis ist defekt</translation>
    </message>
    <message>
        <source>%1 answered %2 %3. IIS cannot run the ActiveSync application: a broken web.config (unexpanded %ExchangeInstallDir%), a stopped MSExchangeSyncAppPool or failed update. Reset or recreate the virtual directory.</source>
        <translation>%1 antwortete mit %2 (%3). IIS kann die ActiveSync-Anwendung nicht ausführen: eine defekte web.config (nicht aufgelöstes %ExchangeInstallDir%), ein beendeter MSExchangeSyncAppPool oder ein fehlgeschlagenes Update. Setzen Sie das virtuelle Verzeichnis zurück, oder erstellen Sie es neu.</translation>
    </message>
    <message>
        <source>The server offers no sign-in method phones use</source>
        <translation>Der Server bietet keine Anmeldemethode an, die Telefone verwenden</translation>
    </message>
    <message>
        <source>%1 offers %2. Phones sign in with Basic or OAuth (Bearer), so every phone is refused. Enable Basic on the virtual directory (Set-ActiveSyncVirtualDirectory -BasicAuthEnabled $true) or set up modern auth.</source>
        <translation>%1 bietet %2 an. Telefone melden sich mit Basic oder OAuth (Bearer) an, daher wird jedes Telefon abgewiesen. Aktivieren Sie Basic für das virtuelle Verzeichnis (Set-ActiveSyncVirtualDirectory -BasicAuthEnabled $true), oder richten Sie moderne Authentifizierung ein.</translation>
    </message>
    <message>
        <source>no scheme at all</source>
        <translation>überhaupt kein Schema</translation>
    </message>
    <message>
        <source>ActiveSync answers without a login</source>
        <translation>ActiveSync antwortet ohne Anmeldung</translation>
    </message>
    <message>
        <source>%1 answered 200 to an anonymous request. Anonymous authentication is enabled on the virtual directory; phones may not be asked for credentials.</source>
        <translation>%1 hat auf eine anonyme Anfrage mit 200 geantwortet. Die anonyme Authentifizierung ist für das virtuelle Verzeichnis aktiviert; Telefone werden möglicherweise nicht nach Anmeldeinformationen gefragt.</translation>
    </message>
    <message>
        <source>The virtual directory answers and offers a phone sign-in</source>
        <translation>Das virtuelle Verzeichnis antwortet und bietet eine Anmeldung für Telefone an</translation>
    </message>
    <message>
        <source>The ActiveSync path exists and offers %1.</source>
        <translation>Der ActiveSync-Pfad existiert und bietet %1 an.</translation>
    </message>
    <message>
        <source>import it on every Exchange server and bind it to IIS with Enable-ExchangeCertificate -Thumbprint &lt;new thumbprint&gt; -Services IIS.</source>
        <translation>importieren Sie es anschließend auf jedem Exchange-Server und binden Sie es mit Enable-ExchangeCertificate -Thumbprint &lt;neuer Fingerabdruck&gt; -Services IIS an IIS.</translation>
    </message>
    <message>
        <source>The certificate of %1 (%2) expired on %3.</source>
        <translation>Das Zertifikat von %1 (%2) ist am %3 abgelaufen.</translation>
    </message>
    <message>
        <source>%1 sends the CA certificate %2, which expired on %3.</source>
        <translation>%1 sendet das CA-Zertifikat %2, das am %3 abgelaufen ist.</translation>
    </message>
    <message>
        <source>Renew the certificate with the same names, then %1</source>
        <translation>Erneuern Sie das Zertifikat mit denselben Namen, und %1</translation>
    </message>
    <message>
        <source>Install the current intermediate certificate from your CA on the server (and any load balancer) and restart IIS.</source>
        <translation>Installieren Sie das aktuelle Zwischenzertifikat Ihrer Zertifizierungsstelle auf dem Server (und allen Load Balancern), und starten Sie IIS neu.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>Phones refuse an expired certificate outright and stop syncing, even where a browser lets users click through.</source>
        <translation>Telefone lehnen ein abgelaufenes Zertifikat sofort ab und synchronisieren nicht mehr, auch wenn ein Browser das Weiterklicken erlaubt.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>Das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate %1 sent by %2 is valid only from %3. Phones refuse it until then, and also whenever the server&apos;s or the phone&apos;s clock is wrong. Check the server&apos;s clock and time zone; if they are right, bind the previous certificate again until this one starts: Enable-ExchangeCertificate -Thumbprint &lt;previous thumbprint&gt; -Services IIS.</source>
        <translation>Das Zertifikat %1, das %2 sendet, ist erst ab %3 gültig. Bis dahin lehnen Telefone es ab, ebenso immer dann, wenn die Uhr des Servers oder des Telefons falsch geht. Prüfen Sie Uhrzeit und Zeitzone des Servers; stimmen diese, binden Sie wieder das vorherige Zertifikat, bis dieses gültig wird: Enable-ExchangeCertificate -Thumbprint &lt;vorheriger Fingerabdruck&gt; -Services IIS.</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>Das Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>Phones connect to %1, but the certificate on %2 only names %3. A phone refuses a certificate that does not name the host it dialled. Use a certificate whose Subject Alternative Names include %1 (Get-ExchangeCertificate | fl Thumbprint,CertificateDomains lists them), then %4</source>
        <translation>Telefone verbinden sich mit %1, aber das Zertifikat auf %2 nennt nur %3. Ein Telefon lehnt ein Zertifikat ab, das den angewählten Host nicht nennt. Verwenden Sie ein Zertifikat, dessen Subject Alternative Names %1 enthalten (Get-ExchangeCertificate | fl Thumbprint,CertificateDomains listet sie auf), und %4</translation>
    </message>
    <message>
        <source>The certificate on %1 is self-signed (%2): no certification authority vouches for it. Exchange&apos;s own self-signed certificate is meant for server-to-server traffic, not for phones.</source>
        <translation>Das Zertifikat auf %1 ist selbstsigniert (%2): Keine Zertifizierungsstelle bürgt dafür. Das eigene selbstsignierte Zertifikat von Exchange ist für den Datenverkehr zwischen Servern gedacht, nicht für Telefone.</translation>
    </message>
    <message>
        <source>The certificate on %1 was issued by %2, which this computer does not trust.</source>
        <translation>Das Zertifikat auf %1 wurde von %2 ausgestellt; dieser Computer vertraut diesem Aussteller nicht.</translation>
    </message>
    <message>
        <source>The certificate is not trusted</source>
        <translation>Das Zertifikat ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Phones trust only public CAs and roots installed on them, so they refuse it. Use a certificate from a public CA for the names phones use and %1 For an in-house CA, deploy its root to every phone (MDM profile) and pass it to this tool with --ca-file.</source>
        <translation>Telefone vertrauen nur öffentlichen Zertifizierungsstellen und auf ihnen installierten Stammzertifikaten und lehnen es daher ab. Verwenden Sie ein Zertifikat einer öffentlichen Zertifizierungsstelle für die Namen, die Telefone verwenden, und %1 Verteilen Sie bei einer internen Zertifizierungsstelle deren Stammzertifikat an jedes Telefon (MDM-Profil), und übergeben Sie es diesem Tool mit --ca-file.</translation>
    </message>
    <message>
        <source>The server does not send the intermediate certificate</source>
        <translation>Der Server sendet das Zwischenzertifikat nicht</translation>
    </message>
    <message numerus="yes">
        <source>%1 sends %n certificate(s) and leaves out the CA certificate that issued %2 (%3). Desktop browsers often fill the gap on their own; phones usually do not and refuse the connection. Import the intermediate certificate from your CA into the server&apos;s &quot;Intermediate Certification Authorities&quot; store (and on any load balancer or reverse proxy that terminates TLS), then run iisreset.</source>
        <translation>
            <numerusform>%1 sendet %n Zertifikat und lässt das CA-Zertifikat aus, das %2 ausgestellt hat (%3). Desktop-Browser schließen die Lücke oft selbst; Telefone meist nicht, sie lehnen die Verbindung ab. Importieren Sie das Zwischenzertifikat Ihrer Zertifizierungsstelle in den Speicher &quot;Zwischenzertifizierungsstellen&quot; des Servers (und auf jedem Load Balancer oder Reverse Proxy, der TLS terminiert), und führen Sie dann iisreset aus.</numerusform>
            <numerusform>%1 sendet %n Zertifikate und lässt das CA-Zertifikat aus, das %2 ausgestellt hat (%3). Desktop-Browser schließen die Lücke oft selbst; Telefone meist nicht, sie lehnen die Verbindung ab. Importieren Sie das Zwischenzertifikat Ihrer Zertifizierungsstelle in den Speicher &quot;Zwischenzertifizierungsstellen&quot; des Servers (und auf jedem Load Balancer oder Reverse Proxy, der TLS terminiert), und führen Sie dann iisreset aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate expires soon</source>
        <translation>Das Zertifikat läuft bald ab</translation>
    </message>
    <message>
        <source>The certificate %1 on %2 expires on %3, in %4 day(s). On that day every phone stops syncing at once. Renew it now (the current one has the thumbprint %5), then %6</source>
        <translation>Das Zertifikat %1 auf %2 läuft am %3 ab, in %4 Tag(en). An diesem Tag synchronisiert kein Telefon mehr. Erneuern Sie es jetzt (das aktuelle hat den Fingerabdruck %5), und %6</translation>
    </message>
    <message>
        <source>Only outdated TLS versions</source>
        <translation>Nur veraltete TLS-Versionen</translation>
    </message>
    <message>
        <source>%1 accepts only %2. Current iOS and Android versions refuse TLS 1.0 and 1.1. Enable TLS 1.2 on the server and on any load balancer (on Windows: the SCHANNEL TLS 1.2 Server keys and the .NET SchUseStrongCrypto values), then restart it.</source>
        <translation>%1 akzeptiert nur %2. Aktuelle iOS- und Android-Versionen lehnen TLS 1.0 und 1.1 ab. Aktivieren Sie TLS 1.2 auf dem Server und auf allen Load Balancern (unter Windows: die SCHANNEL-Schlüssel für TLS 1.2 Server und die .NET-Werte SchUseStrongCrypto), und starten Sie ihn anschließend neu.</translation>
    </message>
    <message>
        <source>The server speaks only TLS versions that phones refuse.</source>
        <translation>Der Server unterstützt nur TLS-Versionen, die Telefone ablehnen.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate: if IIS requires one, phones without a certificate profile are refused. Check with Get-ActiveSyncVirtualDirectory | fl ClientCertAuth; the usual setting is Set-ActiveSyncVirtualDirectory -ClientCertAuth Ignore.</source>
        <translation>Der Server hat ein Clientzertifikat angefordert: Wenn IIS eines verlangt, werden Telefone ohne Zertifikatprofil abgewiesen. Prüfen Sie dies mit Get-ActiveSyncVirtualDirectory | fl ClientCertAuth; üblich ist Set-ActiveSyncVirtualDirectory -ClientCertAuth Ignore.</translation>
    </message>
    <message>
        <source>Phones meet the same failure. Check that the server (or its load balancer) offers TLS 1.2 or 1.3 with current cipher suites and that a certificate is bound to this port in IIS.</source>
        <translation>Telefone scheitern auf dieselbe Weise. Prüfen Sie, ob der Server (oder sein Load Balancer) TLS 1.2 oder 1.3 mit aktuellen Cipher Suites anbietet und ob in IIS ein Zertifikat an diesen Port gebunden ist.</translation>
    </message>
    <message>
        <source>No secure connection</source>
        <translation>Keine sichere Verbindung</translation>
    </message>
    <message>
        <source>No TLS session could be set up with %1: %2.</source>
        <translation>Mit %1 konnte keine TLS-Sitzung aufgebaut werden: %2.</translation>
    </message>
    <message>
        <source>The server asks for a client certificate</source>
        <translation>Der Server fordert ein Clientzertifikat an</translation>
    </message>
    <message>
        <source>%1 asks for a client certificate during the handshake (IIS &quot;SSL client certificates: Accept&quot; or &quot;Require&quot;). Phones without a certificate profile are refused where it is required: check with Get-ActiveSyncVirtualDirectory | fl ClientCertAuth.</source>
        <translation>%1 fordert während des Handshakes ein Clientzertifikat an (IIS &quot;SSL-Clientzertifikate: Akzeptieren&quot; oder &quot;Erforderlich&quot;). Wo es erforderlich ist, werden Telefone ohne Zertifikatprofil abgewiesen: Prüfen Sie dies mit Get-ActiveSyncVirtualDirectory | fl ClientCertAuth.</translation>
    </message>
    <message>
        <source>The certificate is fine</source>
        <translation>Das Zertifikat ist in Ordnung</translation>
    </message>
    <message>
        <source>%1 sends a complete chain for %2, valid until %3 (%4 days), and speaks %5.</source>
        <translation>%1 sendet eine vollständige Kette für %2, gültig bis %3 (%4 Tage), und unterstützt %5.</translation>
    </message>
    <message>
        <source>PDF output needs a QGuiApplication.</source>
        <translation>Die PDF-Ausgabe erfordert eine QGuiApplication.</translation>
    </message>
    <message>
        <source>EAS Doctor report</source>
        <translation>Bericht von EAS Doctor</translation>
    </message>
    <message>
        <source>This is not an EAS Doctor session (schema %1 expected).</source>
        <translation>Dies ist keine Sitzung von EAS Doctor (Schema %1 erwartet).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>everything works; FolderSync succeeds at once</source>
        <translation>alles funktioniert; FolderSync ist sofort erfolgreich</translation>
    </message>
    <message>
        <source>449 / Status 142 until the device is provisioned</source>
        <translation>449 / Status 142, bis das Gerät bereitgestellt ist</translation>
    </message>
    <message>
        <source>the server knows another password</source>
        <translation>der Server kennt ein anderes Kennwort</translation>
    </message>
    <message>
        <source>only Negotiate/NTLM offered</source>
        <translation>nur Negotiate/NTLM angeboten</translation>
    </message>
    <message>
        <source>ActiveSyncEnabled is false (Status 126 / 403)</source>
        <translation>ActiveSyncEnabled ist false (Status 126 / 403)</translation>
    </message>
    <message>
        <source>the device is blocked (Status 129, X-MS-ASThrottle)</source>
        <translation>das Gerät ist blockiert (Status 129, X-MS-ASThrottle)</translation>
    </message>
    <message>
        <source>the policy download is refused</source>
        <translation>der Download der Richtlinie wird abgelehnt</translation>
    </message>
    <message>
        <source>the user has too many partnerships (Status 177)</source>
        <translation>der Benutzer hat zu viele Gerätepartnerschaften (Status 177)</translation>
    </message>
    <message>
        <source>503 with X-MS-ASThrottle and Retry-After</source>
        <translation>503 mit X-MS-ASThrottle und Retry-After</translation>
    </message>
    <message>
        <source>404 on /Microsoft-Server-ActiveSync</source>
        <translation>404 für /Microsoft-Server-ActiveSync</translation>
    </message>
    <message>
        <source>IIS 500 from the ActiveSync path</source>
        <translation>IIS 500 aus dem ActiveSync-Pfad</translation>
    </message>
    <message>
        <source>451 with X-MS-Location to another server</source>
        <translation>451 mit X-MS-Location, die auf einen anderen Server verweist</translation>
    </message>
    <message>
        <source>the leaf certificate has expired</source>
        <translation>das Endzertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>the leaf certificate is not valid yet</source>
        <translation>das Endzertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the leaf names another host</source>
        <translation>das Endzertifikat nennt einen anderen Host</translation>
    </message>
    <message>
        <source>a self-signed leaf</source>
        <translation>ein selbstsigniertes Endzertifikat</translation>
    </message>
    <message>
        <source>the intermediate is not sent</source>
        <translation>das Zwischenzertifikat wird nicht gesendet</translation>
    </message>
    <message>
        <source>the leaf expires in 10 days</source>
        <translation>das Endzertifikat läuft in 10 Tagen ab</translation>
    </message>
    <message>
        <source>accepts connections, never answers</source>
        <translation>nimmt Verbindungen an, antwortet aber nie</translation>
    </message>
    <message>
        <source>resets the connection in the middle of a response</source>
        <translation>setzt die Verbindung mitten in einer Antwort zurück</translation>
    </message>
    <message>
        <source>answers one byte a second</source>
        <translation>antwortet mit einem Byte pro Sekunde</translation>
    </message>
    <message>
        <source>an endless response body</source>
        <translation>ein endloser Antworttext</translation>
    </message>
    <message>
        <source>FolderSync answers with broken WBXML</source>
        <translation>FolderSync antwortet mit fehlerhaftem WBXML</translation>
    </message>
    <message>
        <source>Autodiscover returns the mobilesync URL</source>
        <translation>Autodiscover gibt die mobilesync-URL zurück</translation>
    </message>
    <message>
        <source>Autodiscover redirects to http:// on another domain</source>
        <translation>Autodiscover leitet auf http:// in einer anderen Domäne um</translation>
    </message>
    <message>
        <source>Reading IIS logs</source>
        <translation>IIS-Protokolle werden gelesen</translation>
    </message>
    <message>
        <source>the file changed while it was read: it is shorter now, or a part of it could not be read</source>
        <translation>die Datei hat sich beim Lesen geändert: Sie ist jetzt kürzer, oder ein Teil davon konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SecretReader</name>
    <message>
        <source>Cannot read the password from stdin.</source>
        <translation>Das Kennwort kann nicht von stdin gelesen werden.</translation>
    </message>
    <message>
        <source>--password-stdin: stdin had no password line. Pipe it in, e.g. printf &apos;%s\n&apos; &quot;$PW&quot; | eas-doctor diagnose ...</source>
        <translation>--password-stdin: stdin enthielt keine Kennwortzeile. Übergeben Sie es per Pipe, z. B. printf &apos;%s\n&apos; &quot;$PW&quot; | eas-doctor diagnose ...</translation>
    </message>
</context>
<context>
    <name>WizardCommand</name>
    <message>
        <source>eas-doctor: the simulated Exchange did not start: %1</source>
        <translation>eas-doctor: Der simulierte Exchange konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>eas::net::AutodiscoverClient</name>
    <message>
        <source>Autodiscover would send the password over plain http://.</source>
        <translation>Autodiscover würde das Kennwort über unverschlüsseltes http:// senden.</translation>
    </message>
    <message>
        <source>Autodiscover: %1</source>
        <translation>Autodiscover: %1</translation>
    </message>
    <message>
        <source>The server redirected Autodiscover to plain http://.</source>
        <translation>Der Server hat Autodiscover auf unverschlüsseltes http:// umgeleitet.</translation>
    </message>
    <message>
        <source>The server redirected Autodiscover to %1, outside %2.</source>
        <translation>Der Server hat Autodiscover auf %1 umgeleitet, außerhalb von %2.</translation>
    </message>
    <message>
        <source>Autodiscover redirected the mailbox to %1, outside %2.</source>
        <translation>Autodiscover hat das Postfach auf %1 umgeleitet, außerhalb von %2.</translation>
    </message>
    <message>
        <source>Autodiscover: HTTP redirect check</source>
        <translation>Autodiscover: HTTP-Umleitungsprüfung</translation>
    </message>
    <message>
        <source>The HTTP redirect check points to %1, outside %2.</source>
        <translation>Die HTTP-Umleitungsprüfung verweist auf %1, außerhalb von %2.</translation>
    </message>
    <message>
        <source>Autodiscover: DNS SRV %1</source>
        <translation>Autodiscover: DNS SRV %1</translation>
    </message>
    <message>
        <source>The SRV record points to %1, outside %2.</source>
        <translation>Der SRV-Eintrag verweist auf %1, außerhalb von %2.</translation>
    </message>
</context>
<context>
    <name>eas::net::EasCall</name>
    <message>
        <source>The endpoint is not https://; credentials are never sent there.</source>
        <translation>Der Endpunkt ist nicht https://; Anmeldeinformationen werden niemals dorthin gesendet.</translation>
    </message>
</context>
<context>
    <name>eas::sim::SimulatedExchange</name>
    <message>
        <source>&apos;%1&apos; is not a scenario.</source>
        <translation>&apos;%1&apos; ist kein Szenario.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Lauschen auf 127.0.0.1:%1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>eas::wizard::AccountBox</name>
    <message>
        <source>The system keychain did not take part: %1</source>
        <translation>Der Schlüsselbund des Systems wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Kennwort ausblenden</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Kennwort anzeigen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Logon name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>jdoe@contoso.com</source>
        <translation>jdoe@contoso.com</translation>
    </message>
    <message>
        <source>Same as the e-mail address</source>
        <translation>Wie die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Kept in memory only</source>
        <translation>Nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Logon name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>The name the phone signs in with: user@domain or DOMAIN\user.</source>
        <translation>Der Name, mit dem sich das Telefon anmeldet: Benutzer@Domäne oder DOMÄNE\Benutzer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Kennwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Stores the password in the operating system&apos;s keychain, never in a file. Untick to remove it again.</source>
        <translation>Speichert das Kennwort im Schlüsselbund des Betriebssystems, nie in einer Datei. Deaktivieren Sie die Option, um es wieder zu entfernen.</translation>
    </message>
    <message>
        <source>Portable mode: EAS Doctor leaves nothing on this computer, so it does not store passwords in its keychain. Type the password each time.</source>
        <translation>Portabler Modus: EAS Doctor hinterlässt nichts auf diesem Computer und speichert daher keine Kennwörter im Schlüsselbund. Geben Sie das Kennwort jedes Mal ein.</translation>
    </message>
    <message>
        <source>%1 shows or hides the password.</source>
        <translation>%1 blendet das Kennwort ein oder aus.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::ChangesBox</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Root cause changed: was “%1”, now “%2”.</source>
        <translation>Hauptursache geändert: vorher „%1“, jetzt „%2“.</translation>
    </message>
    <message>
        <source>New: %1 %2</source>
        <translation>Neu: %1 %2</translation>
    </message>
    <message>
        <source>Gone: %1 %2</source>
        <translation>Entfallen: %1 %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Re-test: nothing changed since the last run.</source>
        <translation>Erneuter Test: Seit dem letzten Durchlauf hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Re-test: changed since the last run</source>
        <translation>Erneuter Test: Seit dem letzten Durchlauf geändert</translation>
    </message>
</context>
<context>
    <name>eas::wizard::ChecklistPanel</name>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Checklist of the six steps</source>
        <translation>Checkliste der sechs Schritte</translation>
    </message>
    <message>
        <source>What the words mean</source>
        <translation>Was die Begriffe bedeuten</translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation>%1: funktioniert</translation>
    </message>
    <message>
        <source>%1: worth knowing</source>
        <translation>%1: gut zu wissen</translation>
    </message>
    <message>
        <source>%1: may block phones soon</source>
        <translation>%1: kann Telefone bald blockieren</translation>
    </message>
    <message>
        <source>%1: blocks phones</source>
        <translation>%1: blockiert Telefone</translation>
    </message>
    <message>
        <source>%1: not checked, see why</source>
        <translation>%1: nicht geprüft, Grund ansehen</translation>
    </message>
    <message>
        <source>%1: could not be checked</source>
        <translation>%1: konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Each step with its status, in the order the ticked symptoms suggest.</source>
        <translation>Jeder Schritt mit seinem Status, in der Reihenfolge, die die ausgewählten Symptome nahelegen.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::DemoScenarioBox</name>
    <message>
        <source>a healthy result</source>
        <translation>ein fehlerfreies Ergebnis</translation>
    </message>
    <message>
        <source>the root cause %1</source>
        <translation>die Hauptursache %1</translation>
    </message>
    <message>
        <source>%1. A diagnosis should show %2.</source>
        <translation>%1. Eine Diagnose sollte %2 zeigen.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>A simulated Exchange runs inside EAS Doctor; nothing leaves this computer.</source>
        <translation>Ein simulierter Exchange läuft innerhalb von EAS Doctor; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Training scenario:</source>
        <translation>Ü&amp;bungsszenario:</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>Übungsszenario</translation>
    </message>
</context>
<context>
    <name>eas::wizard::DemoSession</name>
    <message>
        <source>Cannot write the simulator&apos;s root certificate to %1: %2</source>
        <translation>Das Stammzertifikat des Simulators kann nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>eas::wizard::DiagnosisWizard</name>
    <message>
        <source>EAS Doctor</source>
        <translation>EAS Doctor</translation>
    </message>
    <message>
        <source>EAS Doctor — training mode</source>
        <translation>EAS Doctor — Übungsmodus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The previous page; the results stay.</source>
        <translation>Die vorherige Seite; die Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>The next step in the checklist&apos;s order, then the summary.</source>
        <translation>Der nächste Schritt in der Reihenfolge der Checkliste, danach die Zusammenfassung.</translation>
    </message>
    <message>
        <source>Closes EAS Doctor.</source>
        <translation>Schließt EAS Doctor.</translation>
    </message>
    <message>
        <source>Closes EAS Doctor. Escape does the same once no step is running.</source>
        <translation>Schließt EAS Doctor. Die Esc-Taste bewirkt dasselbe, sobald kein Schritt mehr ausgeführt wird.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::EvidenceBox</name>
    <message>
        <source>Server-side evidence (optional)</source>
        <translation>Serverseitige Nachweise (optional)</translation>
    </message>
    <message>
        <source>What the server recorded about the user&apos;s real devices.</source>
        <translation>Was der Server über die echten Geräte des Benutzers aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>Server bun&amp;dle:</source>
        <translation>Server-&amp;Paket:</translation>
    </message>
    <message>
        <source>IIS l&amp;og folder:</source>
        <translation>IIS-Pr&amp;otokollordner:</translation>
    </message>
    <message>
        <source>E&amp;vent log files:</source>
        <translation>E&amp;reignisprotokolldateien:</translation>
    </message>
    <message>
        <source>Collector script&apos;s .json</source>
        <translation>.json des Sammelskripts</translation>
    </message>
    <message>
        <source>W3SVC1 folder</source>
        <translation>Ordner W3SVC1</translation>
    </message>
    <message>
        <source>Exported .evtx files</source>
        <translation>Exportierte .evtx-Dateien</translation>
    </message>
    <message>
        <source>The JSON file the collector script wrote on the server.</source>
        <translation>Die JSON-Datei, die das Sammelskript auf dem Server geschrieben hat.</translation>
    </message>
    <message>
        <source>C:\inetpub\logs\LogFiles\W3SVC1 (front end) or W3SVC2 (back end), copied from the server.</source>
        <translation>C:\inetpub\logs\LogFiles\W3SVC1 (Front-End) oder W3SVC2 (Back-End), vom Server kopiert.</translation>
    </message>
    <message>
        <source>Application log exports (.evtx), separated by ;</source>
        <translation>Exporte des Anwendungsprotokolls (.evtx), getrennt durch ;</translation>
    </message>
    <message>
        <source>Server bundle file</source>
        <translation>Server-Paketdatei</translation>
    </message>
    <message>
        <source>IIS log folder</source>
        <translation>IIS-Protokollordner</translation>
    </message>
    <message>
        <source>Event log files</source>
        <translation>Ereignisprotokolldateien</translation>
    </message>
    <message>
        <source>Choose the server bundle</source>
        <translation>Server-Paket auswählen</translation>
    </message>
    <message>
        <source>Choose the IIS log folder</source>
        <translation>IIS-Protokollordner auswählen</translation>
    </message>
    <message>
        <source>Choose exported event logs</source>
        <translation>Exportierte Ereignisprotokolle auswählen</translation>
    </message>
    <message>
        <source>Server bundles (*.json);;All files (*)</source>
        <translation>Server-Pakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Event logs (*.evtx *.xml);;All files (*)</source>
        <translation>Ereignisprotokolle (*.evtx *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2 Run the collector script again and choose the .json file it wrote.</source>
        <translation>%1 kann nicht verwendet werden: %2 Führen Sie das Sammelskript erneut aus, und wählen Sie die .json-Datei aus, die es geschrieben hat.</translation>
    </message>
    <message>
        <source>Bundle from %1 for %2, collected %3.</source>
        <translation>Paket von %1 für %2, gesammelt am %3.</translation>
    </message>
    <message>
        <source>Partial bundle, the checks use what it has: %1</source>
        <translation>Unvollständiges Paket, die Prüfungen verwenden die vorhandenen Daten: %1</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Paket wird gelesen…</translation>
    </message>
</context>
<context>
    <name>eas::wizard::FieldHint</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>eas::wizard::FindingCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Fix scripts: %1</source>
        <translation>Korrekturskripts: %1</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Hauptursache</translation>
    </message>
</context>
<context>
    <name>eas::wizard::FixActionsBox</name>
    <message>
        <source>No fix scripts yet: they appear when the steps have run.</source>
        <translation>Noch keine Korrekturskripts: Sie erscheinen, sobald die Schritte gelaufen sind.</translation>
    </message>
    <message>
        <source>Fix scripts</source>
        <translation>Korrekturskripts</translation>
    </message>
</context>
<context>
    <name>eas::wizard::FixScriptRow</name>
    <message>
        <source>Copied “%1” to the clipboard.</source>
        <translation>„%1“ wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save the fix script</source>
        <translation>Korrekturskript speichern</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripts (*.ps1)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Run in PowerShell</source>
        <translation>In PowerShell ausführen</translation>
    </message>
    <message>
        <source>“%1” changes or deletes server configuration. Run it now in PowerShell? Read the script first (Show Details).</source>
        <translation>„%1“ ändert oder löscht die Serverkonfiguration. Jetzt in PowerShell ausführen? Lesen Sie zuerst das Skript (Details einblenden).</translation>
    </message>
    <message>
        <source>Run “%1” now in PowerShell? Read the script first (Show Details).</source>
        <translation>„%1“ jetzt in PowerShell ausführen? Lesen Sie zuerst das Skript (Details einblenden).</translation>
    </message>
    <message>
        <source>Started “%1” in a PowerShell window.</source>
        <translation>„%1“ wurde in einem PowerShell-Fenster gestartet.</translation>
    </message>
    <message>
        <source>PowerShell could not be started.</source>
        <translation>PowerShell konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Destructive: changes or deletes server configuration</source>
        <translation>Destruktiv: ändert oder löscht die Serverkonfiguration</translation>
    </message>
    <message>
        <source>View the script of %1</source>
        <translation>Skript von %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy the script of %1</source>
        <translation>Skript von %1 kopieren</translation>
    </message>
    <message>
        <source>Save the script of %1 as a .ps1 file</source>
        <translation>Skript von %1 als .ps1-Datei speichern</translation>
    </message>
    <message>
        <source>Run the script of %1 in PowerShell</source>
        <translation>Skript von %1 in PowerShell ausführen</translation>
    </message>
    <message>
        <source>Script of %1</source>
        <translation>Skript von %1</translation>
    </message>
    <message>
        <source>%1 (destructive)</source>
        <translation>%1 (destruktiv)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save as .ps1…</source>
        <translation>Als .ps1 speichern…</translation>
    </message>
    <message>
        <source>Run in PowerShell…</source>
        <translation>In PowerShell ausführen…</translation>
    </message>
</context>
<context>
    <name>eas::wizard::LatencyChart</name>
    <message>
        <source>Connectivity: time per phase (ms)</source>
        <translation>Konnektivität: Zeit pro Phase (ms)</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 ms</translation>
    </message>
    <message>
        <source>No timings: the connectivity step has not measured the path yet.</source>
        <translation>Keine Zeitmessungen: Der Konnektivitätsschritt hat den Pfad noch nicht gemessen.</translation>
    </message>
    <message>
        <source>No connectivity timings yet</source>
        <translation>Noch keine Zeitmessungen zur Konnektivität</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
</context>
<context>
    <name>eas::wizard::LatencyPhases</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP-Verbindungsaufbau</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>OPTIONS first byte</source>
        <translation>OPTIONS erstes Byte</translation>
    </message>
    <message>
        <source>OPTIONS rest of the answer</source>
        <translation>OPTIONS Rest der Antwort</translation>
    </message>
    <message>
        <source>FolderSync first byte</source>
        <translation>FolderSync erstes Byte</translation>
    </message>
    <message>
        <source>FolderSync rest of the answer</source>
        <translation>FolderSync Rest der Antwort</translation>
    </message>
</context>
<context>
    <name>eas::wizard::LogsStepPage</name>
    <message>
        <source>Findin&amp;gs</source>
        <translation>Befun&amp;de</translation>
    </message>
    <message>
        <source>Top &amp;lists</source>
        <translation>To&amp;p-Listen</translation>
    </message>
    <message>
        <source>Per &amp;hour</source>
        <translation>Pr&amp;o Stunde</translation>
    </message>
    <message>
        <source>Log analysis</source>
        <translation>Protokollanalyse</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Lesegeschwindigkeit</translation>
    </message>
</context>
<context>
    <name>eas::wizard::LogsTables</name>
    <message>
        <source>Click a column header to sort by it.</source>
        <translation>Klicken Sie auf eine Spaltenüberschrift, um danach zu sortieren.</translation>
    </message>
    <message>
        <source>&amp;Users with the most failures</source>
        <translation>Be&amp;nutzer mit den meisten Fehlern</translation>
    </message>
    <message>
        <source>ActiveSync requests that failed, per user as logged. %1</source>
        <translation>Fehlgeschlagene ActiveSync-Anfragen pro Benutzer, wie protokolliert. %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Devices with the most failures</source>
        <translation>&amp;Geräte mit den meisten Fehlern</translation>
    </message>
    <message>
        <source>ActiveSync requests that failed, per DeviceId. %1</source>
        <translation>Fehlgeschlagene ActiveSync-Anfragen pro DeviceId. %1</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Client &amp;IPs with the most failures</source>
        <translation>&amp;Client-IPs mit den meisten Fehlern</translation>
    </message>
    <message>
        <source>ActiveSync requests that failed, per client address (c-ip). %1</source>
        <translation>Fehlgeschlagene ActiveSync-Anfragen pro Clientadresse (c-ip). %1</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Failure reas&amp;ons</source>
        <translation>Fehlerg&amp;ründe</translation>
    </message>
    <message>
        <source>The reasons Exchange logged (Log= Error:) with each HTTP status. %1</source>
        <translation>Die von Exchange protokollierten Gründe (Log= Error:) für jeden HTTP-Status. %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>eas::wizard::LogsTimelineChart</name>
    <message>
        <source>401 Unauthorized</source>
        <translation>401 Unauthorized</translation>
    </message>
    <message>
        <source>403 Forbidden</source>
        <translation>403 Forbidden</translation>
    </message>
    <message>
        <source>500 Server error</source>
        <translation>500 Serverfehler</translation>
    </message>
    <message>
        <source>503 Unavailable</source>
        <translation>503 Nicht verfügbar</translation>
    </message>
    <message>
        <source>Hour (local time)</source>
        <translation>Stunde (Ortszeit)</translation>
    </message>
    <message>
        <source>IIS logs: ActiveSync 401, 403, 500 and 503 per hour</source>
        <translation>IIS-Protokolle: ActiveSync 401, 403, 500 und 503 pro Stunde</translation>
    </message>
    <message>
        <source>No hourly counts: no IIS log has been read yet.</source>
        <translation>Keine Stundenwerte: Es wurde noch kein IIS-Protokoll gelesen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hours with requests: %1, from %2 to %3. In all, %4.</source>
        <translation>Stunden mit Anfragen: %1, von %2 bis %3. Insgesamt %4.</translation>
    </message>
    <message>
        <source>No hourly counts yet</source>
        <translation>Noch keine Stundenwerte</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>eas::wizard::PathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>eas::wizard::RankedTable</name>
    <message>
        <source>Sort by %1</source>
        <translation>Sortieren nach %1</translation>
    </message>
</context>
<context>
    <name>eas::wizard::RecentTargetsBox</name>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source>Autodiscover</source>
        <translation>Autodiscover</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Server: found with Autodiscover</source>
        <translation>Server: per Autodiscover ermittelt</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Server bundle: %1</source>
        <translation>Server-Paket: %1</translation>
    </message>
    <message>
        <source>IIS logs: %1</source>
        <translation>IIS-Protokolle: %1</translation>
    </message>
    <message>
        <source>Event log: %1</source>
        <translation>Ereignisprotokoll: %1</translation>
    </message>
    <message>
        <source>Recent &amp;mailboxes:</source>
        <translation>&amp;Zuletzt geprüfte Postfächer:</translation>
    </message>
    <message>
        <source>Choose one to fill in the page</source>
        <translation>Wählen Sie einen Eintrag aus, um die Seite auszufüllen</translation>
    </message>
    <message>
        <source>Recent mailboxes</source>
        <translation>Zuletzt geprüfte Postfächer</translation>
    </message>
    <message>
        <source>The mailboxes checked before, most recent first. The password is never kept with them.</source>
        <translation>Die zuvor geprüften Postfächer, das zuletzt geprüfte zuerst. Das Kennwort wird nie mit ihnen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Removes the chosen mailbox from the list.</source>
        <translation>Entfernt das ausgewählte Postfach aus der Liste.</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>Verlauf &amp;löschen</translation>
    </message>
    <message>
        <source>Removes every mailbox from the list.</source>
        <translation>Entfernt alle Postfächer aus der Liste.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::RootCauseBox</name>
    <message>
        <source>What to do next</source>
        <translation>Wie Sie weiter vorgehen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still running. The root cause appears here when they end.</source>
        <translation>
            <numerusform>%n Schritt läuft noch. Die Hauptursache erscheint hier, wenn er endet.</numerusform>
            <numerusform>%n Schritte laufen noch. Die Hauptursache erscheint hier, wenn sie enden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the checks, or press Cancel on a step&apos;s page to stop it.</source>
        <translation>Warten Sie auf die Prüfungen, oder klicken Sie auf der Seite eines Schritts auf „Abbrechen“, um ihn zu stoppen.</translation>
    </message>
    <message>
        <source>Fix this first: the other failures often follow from it.</source>
        <translation>Beheben Sie dies zuerst: Die anderen Fehler folgen oft daraus.</translation>
    </message>
    <message>
        <source>Then open the %1 page and press Re-run, or press Re-test below, to confirm it is gone.</source>
        <translation>Öffnen Sie dann die Seite %1, und klicken Sie auf „Erneut ausführen“ oder unten auf „Erneut testen“, um zu bestätigen, dass das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Fix scripts for it: %1.</source>
        <translation>Korrekturskripts dafür: %1.</translation>
    </message>
    <message>
        <source>%1 — root cause: %2</source>
        <translation>%1 — Hauptursache: %2</translation>
    </message>
    <message>
        <source>Found by the %1 step. %2</source>
        <translation>Gefunden im Schritt %1. %2</translation>
    </message>
    <message>
        <source>Nothing checked yet</source>
        <translation>Noch nichts geprüft</translation>
    </message>
    <message>
        <source>Go back to the first page and press Run all steps, or run the steps one by one.</source>
        <translation>Wechseln Sie zurück zur ersten Seite, und klicken Sie auf „Alle Schritte ausführen“, oder führen Sie die Schritte einzeln aus.</translation>
    </message>
    <message>
        <source>No problem found in the steps that ran</source>
        <translation>Kein Problem in den ausgeführten Schritten gefunden</translation>
    </message>
    <message>
        <source>Not fully checked: %1.</source>
        <translation>Nicht vollständig geprüft: %1.</translation>
    </message>
    <message>
        <source>Open those steps&apos; pages to see why, give them what they need (a password, logs, a bundle) and press Re-run.</source>
        <translation>Öffnen Sie die Seiten dieser Schritte, um den Grund zu sehen, geben Sie ihnen, was sie benötigen (ein Kennwort, Protokolle, ein Paket), und klicken Sie auf „Erneut ausführen“.</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Kein Problem gefunden</translation>
    </message>
    <message>
        <source>Every check passed: nothing on the server side blocks ActiveSync for this mailbox.</source>
        <translation>Alle Prüfungen bestanden: Serverseitig blockiert nichts ActiveSync für dieses Postfach.</translation>
    </message>
    <message>
        <source>If one phone still fails, remove the account on that phone and add it again.</source>
        <translation>Wenn ein Telefon weiterhin fehlschlägt, entfernen Sie das Konto auf diesem Telefon, und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>Check the phone&apos;s date and time and that it can reach the server&apos;s name.</source>
        <translation>Prüfen Sie Datum und Uhrzeit des Telefons und ob es den Namen des Servers erreichen kann.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::RunController</name>
    <message>
        <source>This step is already running.</source>
        <translation>Dieser Schritt wird bereits ausgeführt.</translation>
    </message>
    <message>
        <source>The checks could not be prepared for this target.</source>
        <translation>Die Prüfungen konnten für dieses Ziel nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The checks could not be prepared: %1</source>
        <translation>Die Prüfungen konnten nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled by the user; the other steps went on.</source>
        <translation>Vom Benutzer abgebrochen; die anderen Schritte liefen weiter.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::ScanRateText</name>
    <message>
        <source>%1 M lines/s</source>
        <translation>%1 Mio. Zeilen/s</translation>
    </message>
    <message>
        <source>%1 k lines/s</source>
        <translation>%1 Tsd. Zeilen/s</translation>
    </message>
    <message>
        <source>%1 lines/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>%1 of %2 · %3/s · %4</source>
        <translation>%1 von %2 · %3/s · %4</translation>
    </message>
</context>
<context>
    <name>eas::wizard::ServerBox</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Find the server with &amp;Autodiscover</source>
        <translation>Server per Auto&amp;discover ermitteln</translation>
    </message>
    <message>
        <source>&amp;Use this ActiveSync URL:</source>
        <translation>Diese ActiveSync-&amp;URL verwenden:</translation>
    </message>
    <message>
        <source>&amp;Internal URL:</source>
        <translation>&amp;Interne URL:</translation>
    </message>
    <message>
        <source>https://mail.contoso.com</source>
        <translation>https://mail.contoso.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>The URL used inside the network, e.g. https://exch01.contoso.local</source>
        <translation>Die im internen Netzwerk verwendete URL, z. B. https://exch01.contoso.local</translation>
    </message>
    <message>
        <source>ActiveSync URL</source>
        <translation>ActiveSync-URL</translation>
    </message>
    <message>
        <source>Internal URL</source>
        <translation>Interne URL</translation>
    </message>
</context>
<context>
    <name>eas::wizard::SettingsDialog</name>
    <message>
        <source>EAS Doctor settings</source>
        <translation>Einstellungen von EAS Doctor</translation>
    </message>
    <message>
        <source>Time limit per &amp;step:</source>
        <translation>Zeitlimit pro &amp;Schritt:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one step may take before it reports a timeout.</source>
        <translation>Wie lange ein Schritt dauern darf, bevor er eine Zeitüberschreitung meldet.</translation>
    </message>
    <message>
        <source>Time limit per step in seconds</source>
        <translation>Zeitlimit pro Schritt in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Trust a server certificate that fails the checks, for this session</source>
        <translation>Einem Serverzertifikat, das die Prüfungen nicht besteht, für diese Sitzung &amp;vertrauen</translation>
    </message>
    <message>
        <source>The certificate step still reports every problem; the other steps go on as a phone that accepts the certificate would. Never saved: the next start checks certificates again.</source>
        <translation>Der Schritt „Zertifikat“ meldet weiterhin jedes Problem; die anderen Schritte werden so fortgesetzt, wie es ein Telefon täte, das das Zertifikat akzeptiert. Wird nie gespeichert: Beim nächsten Start werden Zertifikate wieder geprüft.</translation>
    </message>
    <message>
        <source>&amp;Forget the recent mailboxes</source>
        <translation>&amp;Zuletzt geprüfte Postfächer vergessen</translation>
    </message>
    <message>
        <source>Removes every entry of the Recent list on the first page.</source>
        <translation>Entfernt alle Einträge der Liste „Zuletzt geprüfte Postfächer“ auf der ersten Seite.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::StatusProxyModel</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>AUSGELASSEN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>PRÜFFEHLER</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>eas::wizard::StepOrderProxyModel</name>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
</context>
<context>
    <name>eas::wizard::StepPage</name>
    <message>
        <source>Waiting for the steps this one builds on…</source>
        <translation>Warten auf die Schritte, auf denen dieser aufbaut…</translation>
    </message>
    <message>
        <source>Not checked yet. Press Run, or Run all steps on the first page.</source>
        <translation>Noch nicht geprüft. Klicken Sie auf „Ausführen“ oder auf der ersten Seite auf „Alle Schritte ausführen“.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>%1, checked in %2 s</source>
        <translation>%1, geprüft in %2 s</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>The findings appear here as soon as the step ends.</source>
        <translation>Die Befunde erscheinen hier, sobald der Schritt endet.</translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation>Noch keine Befunde.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Suggested first: the symptoms you ticked point to this step.</source>
        <translation>Zuerst empfohlen: Die ausgewählten Symptome deuten auf diesen Schritt hin.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stops this step now; it reports what it got to.</source>
        <translation>Stoppt diesen Schritt sofort; er meldet, wie weit er gekommen ist.</translation>
    </message>
    <message>
        <source>Checks this step again; its findings are replaced.</source>
        <translation>Prüft diesen Schritt erneut; seine Befunde werden ersetzt.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::SummaryPage</name>
    <message>
        <source>Select a finding to read its detail.</source>
        <translation>Wählen Sie einen Befund aus, um die Details zu lesen.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf)</source>
        <translation>Webseite (*.html);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>EAS Doctor sessions (*.json)</source>
        <translation>Sitzungen von EAS Doctor (*.json)</translation>
    </message>
    <message>
        <source>Session saved to %1 (without the password).</source>
        <translation>Sitzung unter %1 gespeichert (ohne das Kennwort).</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Session opened from %1. Enter the password to run the steps again.</source>
        <translation>Sitzung aus %1 geöffnet. Geben Sie das Kennwort ein, um die Schritte erneut auszuführen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The most likely cause first, then everything each step found.</source>
        <translation>Zuerst die wahrscheinlichste Ursache, dann alles, was jeder Schritt gefunden hat.</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Fi&amp;x scripts</source>
        <translation>&amp;Korrekturskripts</translation>
    </message>
    <message>
        <source>T&amp;imings</source>
        <translation>Ze&amp;iten</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Every finding</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Re-&amp;test</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>Runs every step again and shows what changed since the last run.</source>
        <translation>Führt alle Schritte erneut aus und zeigt, was sich seit dem letzten Durchlauf geändert hat.</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Be&amp;richt speichern…</translation>
    </message>
    <message>
        <source>Saves the report as a web page (.html) or a PDF (.pdf).</source>
        <translation>Speichert den Bericht als Webseite (.html) oder als PDF (.pdf).</translation>
    </message>
    <message>
        <source>Save s&amp;ession…</source>
        <translation>Sitz&amp;ung speichern…</translation>
    </message>
    <message>
        <source>Saves the target and the results, without the password, to resume later or hand on.</source>
        <translation>Speichert das Ziel und die Ergebnisse ohne das Kennwort, um später fortzufahren oder sie weiterzugeben.</translation>
    </message>
    <message>
        <source>Ope&amp;n session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Restores the target and the results of a saved session.</source>
        <translation>Stellt das Ziel und die Ergebnisse einer gespeicherten Sitzung wieder her.</translation>
    </message>
    <message>
        <source>Each step with its findings; the selected finding&apos;s detail and evidence show below the list.</source>
        <translation>Jeder Schritt mit seinen Befunden; die Details und Nachweise des ausgewählten Befunds werden unter der Liste angezeigt.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::SymptomCatalog</name>
    <message>
        <source>Every device of the user fails to sync</source>
        <translation>Kein Gerät des Benutzers synchronisiert</translation>
    </message>
    <message>
        <source>The Exchange account cannot be added on any device</source>
        <translation>Das Exchange-Konto lässt sich auf keinem Gerät hinzufügen</translation>
    </message>
    <message>
        <source>&quot;Cannot connect to server&quot; right away</source>
        <translation>Sofort &quot;Keine Verbindung zum Server&quot;</translation>
    </message>
    <message>
        <source>Password prompts that always fail</source>
        <translation>Kennwortabfragen, die immer fehlschlagen</translation>
    </message>
    <message>
        <source>Webmail works, mobile mail does not</source>
        <translation>Webmail funktioniert, mobile E-Mail nicht</translation>
    </message>
    <message>
        <source>All users are affected at once</source>
        <translation>Alle Benutzer sind gleichzeitig betroffen</translation>
    </message>
    <message>
        <source>Event ID 1100 (MSExchange ActiveSync) in the Application log</source>
        <translation>Ereignis-ID 1100 (MSExchange ActiveSync) im Anwendungsprotokoll</translation>
    </message>
    <message>
        <source>401 or 403 for /Microsoft-Server-ActiveSync in IIS logs</source>
        <translation>401 oder 403 für /Microsoft-Server-ActiveSync in den IIS-Protokollen</translation>
    </message>
    <message>
        <source>Test-ActiveSyncConnectivity fails</source>
        <translation>Test-ActiveSyncConnectivity schlägt fehl</translation>
    </message>
    <message>
        <source>Errors on the virtual directory in the admin center</source>
        <translation>Fehler beim virtuellen Verzeichnis im Admin Center</translation>
    </message>
    <message>
        <source>Certificate warnings</source>
        <translation>Zertifikatwarnungen</translation>
    </message>
    <message>
        <source>Authentication failures in the Security log</source>
        <translation>Authentifizierungsfehler im Sicherheitsprotokoll</translation>
    </message>
</context>
<context>
    <name>eas::wizard::SymptomPicker</name>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>On the user&apos;s devices</source>
        <translation>Auf den Geräten des Benutzers</translation>
    </message>
    <message>
        <source>&amp;What do you see? (optional)</source>
        <translation>Was se&amp;hen Sie? (optional)</translation>
    </message>
    <message>
        <source>Tick what the user or the server shows; the steps that explain it move to the front.</source>
        <translation>Kreuzen Sie an, was der Benutzer oder der Server zeigt; die Schritte, die es erklären, rücken nach vorn.</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
</context>
<context>
    <name>eas::wizard::TargetPage</name>
    <message>
        <source>Checking: %1 of %2 steps done. Press Next to watch each step.</source>
        <translation>Prüfung läuft: %1 von %2 Schritten fertig. Klicken Sie auf „Weiter“, um jeden Schritt zu verfolgen.</translation>
    </message>
    <message>
        <source>%1 of %2 steps checked. Press Next to go through the results.</source>
        <translation>%1 von %2 Schritten geprüft. Klicken Sie auf „Weiter“, um die Ergebnisse durchzugehen.</translation>
    </message>
    <message>
        <source>Runs the six steps together. Or press Next to go step by step.</source>
        <translation>Führt die sechs Schritte gemeinsam aus. Oder klicken Sie auf „Weiter“, um Schritt für Schritt vorzugehen.</translation>
    </message>
    <message>
        <source>Which mailbox cannot sync?</source>
        <translation>Welches Postfach kann nicht synchronisieren?</translation>
    </message>
    <message>
        <source>Enter the account a phone uses and where its server is. EAS Doctor then checks the six things that block ActiveSync.</source>
        <translation>Geben Sie das Konto ein, das ein Telefon verwendet, und wo sich sein Server befindet. EAS Doctor prüft dann die sechs Dinge, die ActiveSync blockieren.</translation>
    </message>
    <message>
        <source>&amp;Run all steps</source>
        <translation>Alle Schritte aus&amp;führen</translation>
    </message>
    <message>
        <source>Starts every step at once; the checklist fills as they finish.</source>
        <translation>Startet alle Schritte gleichzeitig; die Checkliste füllt sich, sobald sie fertig sind.</translation>
    </message>
    <message>
        <source>&amp;Cancel all</source>
        <translation>Alle abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stops every running step; each one reports what it got to.</source>
        <translation>Stoppt alle laufenden Schritte; jeder meldet, wie weit er gekommen ist.</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>EAS Doctor sessions (*.json)</source>
        <translation>Sitzungen von EAS Doctor (*.json)</translation>
    </message>
    <message>
        <source>Session opened from %1. Enter the password to run the steps again.</source>
        <translation>Sitzung aus %1 geöffnet. Geben Sie das Kennwort ein, um die Schritte erneut auszuführen.</translation>
    </message>
    <message>
        <source>Open a &amp;saved session…</source>
        <translation>Gespeicherte Sitzung öff&amp;nen…</translation>
    </message>
    <message>
        <source>Restores the target and the results of a saved session, to resume it or go through what a colleague handed on.</source>
        <translation>Stellt das Ziel und die Ergebnisse einer gespeicherten Sitzung wieder her, um sie fortzusetzen oder durchzugehen, was ein Kollege übergeben hat.</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Eins&amp;tellungen…</translation>
    </message>
    <message>
        <source>The step time limit, certificate trust for this session, and where the settings are kept.</source>
        <translation>Das Zeitlimit pro Schritt, das Vertrauen in Zertifikate für diese Sitzung und der Speicherort der Einstellungen.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::TargetValidation</name>
    <message>
        <source>Enter the mailbox&apos;s e-mail address, for example jdoe@contoso.com.</source>
        <translation>Geben Sie die E-Mail-Adresse des Postfachs ein, zum Beispiel jdoe@contoso.com.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: it needs a name, one @ and a domain, for example jdoe@contoso.com.</source>
        <translation>Dies ist keine E-Mail-Adresse: Sie benötigt einen Namen, genau ein @ und eine Domäne, zum Beispiel jdoe@contoso.com.</translation>
    </message>
    <message>
        <source>A logon name has no spaces. Use DOMAIN\user or user@domain.</source>
        <translation>Ein Anmeldename enthält keine Leerzeichen. Verwenden Sie DOMÄNE\Benutzer oder Benutzer@Domäne.</translation>
    </message>
    <message>
        <source>Write the logon name as DOMAIN\user, with one backslash between the domain and the user.</source>
        <translation>Schreiben Sie den Anmeldenamen als DOMÄNE\Benutzer, mit genau einem umgekehrten Schrägstrich zwischen Domäne und Benutzer.</translation>
    </message>
    <message>
        <source>Without a password, the checks that need a sign-in are skipped.</source>
        <translation>Ohne Kennwort werden die Prüfungen übersprungen, die eine Anmeldung erfordern.</translation>
    </message>
    <message>
        <source>Enter the ActiveSync URL, for example https://mail.contoso.com, or choose Autodiscover.</source>
        <translation>Geben Sie die ActiveSync-URL ein, zum Beispiel https://mail.contoso.com, oder wählen Sie Autodiscover.</translation>
    </message>
    <message>
        <source>This is not a web address.
Type it like https://mail.contoso.com</source>
        <translation>Dies ist keine Webadresse.
Geben Sie sie in der Form https://mail.contoso.com ein</translation>
    </message>
    <message>
        <source>http:// is not encrypted: the check reports it and never sends the password there.</source>
        <translation>http:// ist nicht verschlüsselt: Die Prüfung meldet dies und sendet das Kennwort niemals dorthin.</translation>
    </message>
    <message>
        <source>There is no file %1. Choose the .json bundle the collector script wrote.</source>
        <translation>Die Datei %1 ist nicht vorhanden. Wählen Sie das .json-Paket, das das Sammelskript geschrieben hat.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Choose the .json bundle the collector script wrote.</source>
        <translation>%1 kann nicht gelesen werden. Wählen Sie das .json-Paket, das das Sammelskript geschrieben hat.</translation>
    </message>
    <message>
        <source>There is no folder %1. Choose the W3SVC folder that holds the u_ex*.log files.</source>
        <translation>Der Ordner %1 ist nicht vorhanden. Wählen Sie den W3SVC-Ordner, der die u_ex*.log-Dateien enthält.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a readable file. Export the log from Event Viewer as .evtx and choose that file.</source>
        <translation>%1 ist keine lesbare Datei. Exportieren Sie das Protokoll in der Ereignisanzeige als .evtx, und wählen Sie diese Datei aus.</translation>
    </message>
</context>
<context>
    <name>eas::wizard::WizardSettings</name>
    <message>
        <source>Nothing is saved between sessions.</source>
        <translation>Zwischen Sitzungen wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Portable mode: settings and logs stay beside the program, in %1. Nothing is written to this computer.</source>
        <translation>Portabler Modus: Einstellungen und Protokolle bleiben neben dem Programm in %1. Auf diesen Computer wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Settings are saved in %1.</source>
        <translation>Einstellungen werden in %1 gespeichert.</translation>
    </message>
</context>
</TS>
