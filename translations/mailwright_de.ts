<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthPage</name>
    <message>
        <location filename="../ui/AuthPage.ui" line="+16"/>
        <source>&amp;Method:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP authentication method</source>
        <translation>SMTP-Authentifizierungsverfahren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP login name</source>
        <translation>SMTP-Anmeldename</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>often the full e-mail address</source>
        <translation>oft die vollständige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passwords stored &amp;in:</source>
        <translation>Passwörter gespeichert &amp;in:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where passwords are stored</source>
        <translation>Wo Passwörter gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password &amp;file:</source>
        <translation>Passwort&amp;datei:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password file</source>
        <translation>Passwortdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file only you can read (mode 0600)</source>
        <translation>eine Datei, die nur Sie lesen können (Modus 0600)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose password file</source>
        <translation>Passwortdatei wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>POP before SMTP logs in to the POP3 server of the POP3 tab, then sends without an SMTP login.</source>
        <translation>POP before SMTP meldet sich beim POP3-Server des POP3-Reiters an und sendet dann ohne SMTP-Anmeldung.</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <location filename="../ui/CopiesPage.ui" line="+16"/>
        <source>Copy &amp;all e-mails to:</source>
        <translation>&amp;Alle E-Mails in Kopie an:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy all e-mails to</source>
        <translation>Alle E-Mails in Kopie an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: receives a copy of every message</source>
        <translation>optional: erhält eine Kopie jeder Nachricht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy all &amp;errors to:</source>
        <translation>Alle &amp;Fehler in Kopie an:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy all errors to</source>
        <translation>Alle Fehler in Kopie an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: e.g. the technician on call</source>
        <translation>optional: z. B. der Techniker in Bereitschaft</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Co&amp;nsole jobs to:</source>
        <translation>Kon&amp;solenaufträge an:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Console jobs to</source>
        <translation>Konsolenaufträge an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: messages of jobs run from the console</source>
        <translation>optional: Nachrichten von Aufträgen, die an der Konsole gestartet wurden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Permitted recipients:</source>
        <translation>&amp;Zugelassene Empfänger:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permitted recipients</source>
        <translation>Zugelassene Empfänger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: everyone.  e.g. ops@example.com, @example.com</source>
        <translation>leer: alle.  z. B. ops@example.com, @example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Separate permitted addresses with commas; &quot;@example.com&quot; permits a whole domain.</source>
        <translation>Zugelassene Adressen durch Kommas trennen; „@example.com“ lässt eine ganze Domain zu.</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <location filename="../ui/DeliveryPage.ui" line="+16"/>
        <source>&amp;Method:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery method</source>
        <translation>Zustellverfahren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Pickup folder:</source>
        <translation>A&amp;bholordner:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pickup folder</source>
        <translation>Abholordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local mail server&apos;s pickup folder</source>
        <translation>der Abholordner des lokalen Mailservers</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+43"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+43"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Choose pickup folder</source>
        <translation>Abholordner wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Queue folder:</source>
        <translation>&amp;Warteschlangenordner:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Queue folder</source>
        <translation>Warteschlangenordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the per-user data folder</source>
        <translation>leer: der Datenordner des Benutzers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose queue folder</source>
        <translation>Warteschlangenordner wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Retry every:</source>
        <translation>&amp;Wiederholen alle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry interval in seconds</source>
        <translation>Wiederholungsintervall in Sekunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messages that cannot be sent wait in the queue folder and are retried one by one.</source>
        <translation>Nachrichten, die nicht gesendet werden können, warten im Warteschlangenordner und werden einzeln erneut versucht.</translation>
    </message>
</context>
<context>
    <name>MailboxesPage</name>
    <message>
        <location filename="../ui/MailboxesPage.ui" line="+16"/>
        <source>&amp;From address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Backup server</source>
        <translation>z. B. Sicherungsserver</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System n&amp;otification mailbox:</source>
        <translation>Benachrichtigungspostfach des Syste&amp;ms:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System notification mailbox</source>
        <translation>Benachrichtigungspostfach des Systems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receives system alerts and the Send Test message</source>
        <translation>erhält Systemwarnungen und die Testnachricht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Bounced-alerts mailbox:</source>
        <translation>Postfach für &amp;unzustellbare Meldungen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bounced-alerts mailbox</source>
        <translation>Postfach für unzustellbare Meldungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receives bounces; empty: the From address</source>
        <translation>erhält Unzustellbarkeitsmeldungen; leer: die Absenderadresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Debug log file:</source>
        <translation>&amp;Debug-Protokolldatei:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Debug log file</source>
        <translation>Debug-Protokolldatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: every session appends its transcript (passwords hidden)</source>
        <translation>optional: jede Sitzung hängt ihr Protokoll an (Passwörter verborgen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose debug log file</source>
        <translation>Debug-Protokolldatei wählen</translation>
    </message>
</context>
<context>
    <name>Pop3Page</name>
    <message>
        <location filename="../ui/Pop3Page.ui" line="+16"/>
        <source>&amp;Enable POP3 (checked periodically; also used by POP before SMTP)</source>
        <translation>POP3 &amp;aktivieren (regelmäßig geprüft; auch für POP-before-SMTP verwendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable POP3</source>
        <translation>POP3 aktivieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 ser&amp;ver:</source>
        <translation>POP3-Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 server</source>
        <translation>POP3-Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pop.example.com  or  pop.example.com,995</source>
        <translation>pop.example.com  oder  pop.example.com,995</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 port</source>
        <translation>POP3-Port</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Securit&amp;y:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 connection security</source>
        <translation>Verbindungssicherheit für POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 sign-in method</source>
        <translation>POP3-Anmeldemethode</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 login name</source>
        <translation>POP3-Anmeldename</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>often the full e-mail address</source>
        <translation>oft die vollständige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 password</source>
        <translation>POP3-Passwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check &amp;interval:</source>
        <translation>Prüf&amp;intervall:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 check interval in minutes</source>
        <translation>POP3-Prüfintervall in Minuten</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Relay window:</source>
        <translation>&amp;Relay-Zeitfenster:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP before SMTP relay window in minutes</source>
        <translation>Relay-Zeitfenster für POP before SMTP in Minuten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 timeout per step in seconds</source>
        <translation>POP3-Zeitlimit pro Schritt in Sekunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s per step</source>
        <translation> s pro Schritt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted &amp;CA file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>POP3 trusted CA certificates file</source>
        <translation>Datei mit vertrauenswürdigen CA-Zertifikaten für POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PEM file of extra trusted certificates</source>
        <translation>optional: PEM-Datei mit zusätzlichen vertrauenswürdigen Zertifikaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose POP3 trusted CA certificates file</source>
        <translation>Datei mit vertrauenswürdigen CA-Zertifikaten für POP3 wählen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This account receives the &amp;bounced-alerts mailbox: read its delivery reports at every check</source>
        <translation>Dieses Konto empfängt das Postfach für unzustellbare &amp;Meldungen: bei jeder Prüfung seine Zustellberichte lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch the bounced-alerts mailbox</source>
        <translation>Postfach für unzustellbare Meldungen überwachen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete each delivery report from the server once it is recorded</source>
        <translation>Jeden Zustellbericht vom Server &amp;löschen, sobald er erfasst ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete recorded delivery reports</source>
        <translation>Erfasste Zustellberichte löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bounced alerts</source>
        <translation>Unzustellbare Meldungen</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Trusted certi&amp;ficate:</source>
        <translation>Vertrauenswürdiges Zerti&amp;fikat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 trusted certificate fingerprint</source>
        <translation>Fingerabdruck des vertrauenswürdigen POP3-Zertifikats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: SHA-256 fingerprint of one certificate you trust</source>
        <translation>optional: SHA-256-Fingerabdruck eines Zertifikats, dem Sie vertrauen</translation>
    </message>
</context>
<context>
    <name>RemoteStatusPage</name>
    <message>
        <location filename="../ui/RemoteStatusPage.ui" line="+24"/>
        <source>Status requests and alerts</source>
        <translation>Statusanfragen und Warnungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remote status</source>
        <translation>Status-Fernabfrage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answ&amp;er status requests sent by e-mail to the POP3 mailbox</source>
        <translation>Per E-Mail an das POP3-Postfach gesendete Statusanfragen &amp;beantworten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer status requests</source>
        <translation>Statusanfragen beantworten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status requests are read from the POP3 mailbox: enable POP3 on the POP3 tab first.</source>
        <translation>Statusanfragen werden aus dem POP3-Postfach gelesen: schalten Sie zuerst POP3 auf dem Reiter „POP3“ ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status requests need POP3</source>
        <translation>Statusanfragen benötigen POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status &amp;recipients:</source>
        <translation>Status&amp;empfänger:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status recipients</source>
        <translation>Statusempfänger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses allowed to request the status; the answer goes to them. All empty: any sender.</source>
        <translation>Adressen, die den Status anfordern dürfen; die Antwort geht an sie. Alle leer: jeder Absender.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add address</source>
        <translation>Adresse &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a status recipient</source>
        <translation>Einen Statusempfänger hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another address allowed to request the status</source>
        <translation>Eine weitere Adresse, die den Status anfordern darf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read-only pa&amp;ssword:</source>
        <translation>Nur-Lese-Pa&amp;sswort:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read-only password</source>
        <translation>Nur-Lese-Passwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Clear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the read-only password</source>
        <translation>Das Nur-Lese-Passwort löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the stored read-only password now: every status request is refused until a new one is saved</source>
        <translation>Das gespeicherte Nur-Lese-Passwort jetzt entfernen: jede Statusanfrage wird abgelehnt, bis ein neues gespeichert ist</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Read-only password state</source>
        <translation>Zustand des Nur-Lese-Passworts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trusted authserv-&amp;id:</source>
        <translation>Vertrauenswürdige authserv-&amp;id:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trusted authserv-id</source>
        <translation>Vertrauenswürdige authserv-id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: the receiving server in Authentication-Results, e.g. mx.example.com</source>
        <translation>optional: der empfangende Server in Authentication-Results, z. B. mx.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Request format:</source>
        <translation>Format der Anfrage:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request format</source>
        <translation>Format der Anfrage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Co&amp;py example request</source>
        <translation>Beispielanfrage &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy an example status request</source>
        <translation>Eine Beispiel-Statusanfrage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the example request to the clipboard (without any password)</source>
        <translation>Kopiert die Beispielanfrage in die Zwischenablage (ohne Passwort)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last requests:</source>
        <translation>Letzte Anfragen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last status requests</source>
        <translation>Letzte Statusanfragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last status requests, newest first</source>
        <translation>Letzte Statusanfragen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh &amp;list</source>
        <translation>&amp;Liste aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the last status requests</source>
        <translation>Die letzten Statusanfragen aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the list of processed status requests again</source>
        <translation>Die Liste der bearbeiteten Statusanfragen erneut lesen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send &amp;notices about failing mail to the notification mailbox</source>
        <translation>&amp;Hinweise zu fehlschlagenden E-Mails an das Benachrichtigungspostfach senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send notices about failing mail</source>
        <translation>Hinweise zu fehlschlagenden E-Mails senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notice when:</source>
        <translation>Hinweis, wenn:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a message is &amp;dead-lettered</source>
        <translation>eine Nachricht als &amp;unzustellbar abgelegt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when a message is dead-lettered</source>
        <translation>Hinweis, wenn eine Nachricht als unzustellbar abgelegt wird</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the &amp;queue is held (login refused, sign-in required, storage)</source>
        <translation>die &amp;Warteschlange angehalten ist (Anmeldung abgelehnt, Anmeldung erforderlich, Speicher)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when the queue is held</source>
        <translation>Hinweis, wenn die Warteschlange angehalten ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a server certificate e&amp;xpires soon or changes</source>
        <translation>ein Serverzertifikat bald ab&amp;läuft oder sich ändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when a server certificate expires soon or changes</source>
        <translation>Hinweis, wenn ein Serverzertifikat bald abläuft oder sich ändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the SMTP server does not answer (&amp;outage)</source>
        <translation>der SMTP-Server nicht antwortet (&amp;Ausfall)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when the SMTP server does not answer</source>
        <translation>Hinweis, wenn der SMTP-Server nicht antwortet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outage dela&amp;y:</source>
        <translation>Ausfall&amp;verzögerung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes without an answer before an outage is noticed</source>
        <translation>Minuten ohne Antwort, bevor ein Ausfall gemeldet wird</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate &amp;warning:</source>
        <translation>Zertifikats&amp;warnung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days before a certificate expires to send a notice</source>
        <translation>Wie viele Tage vor Ablauf eines Zertifikats ein Hinweis gesendet wird</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> days before expiry</source>
        <translation> Tage vor Ablauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minimum interval:</source>
        <translation>&amp;Mindestabstand:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes between two notices about the same kind of event</source>
        <translation>Minuten zwischen zwei Hinweisen zur selben Art von Ereignis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min between notices of a kind</source>
        <translation> min zwischen gleichartigen Hinweisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert webhook format</source>
        <translation>Format des Warnungs-Webhooks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also send each notice directly to a chat or monitoring service over HTTPS, not through the mail server</source>
        <translation>Jeden Hinweis zusätzlich direkt über HTTPS an einen Chat- oder Überwachungsdienst senden, nicht über den Mailserver</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook &amp;URL:</source>
        <translation>Webhook-&amp;URL:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert webhook URL</source>
        <translation>URL des Warnungs-Webhooks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… (kept in the password store: it carries an access token)</source>
        <translation>https://… (im Passwortspeicher aufbewahrt: sie enthält ein Zugriffstoken)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook C&amp;A file:</source>
        <translation>Webhook-C&amp;A-Datei:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alert webhook trusted CA certificates file</source>
        <translation>Datei mit vertrauenswürdigen CA-Zertifikaten für den Warnungs-Webhook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PEM file used instead of the system&apos;s certificates</source>
        <translation>optional: PEM-Datei, die statt der Zertifikate des Systems verwendet wird</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose alert webhook trusted CA certificates file</source>
        <translation>Datei mit vertrauenswürdigen CA-Zertifikaten für den Warnungs-Webhook wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write each notice to the system log</source>
        <translation>Jeden Hinweis in das Systemprotokoll schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write each notice to the system &amp;log</source>
        <translation>Jeden Hinweis zusätzlich in das System&amp;protokoll schreiben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send a test alert</source>
        <translation>Eine Testwarnung senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;test alert</source>
        <translation>&amp;Testwarnung senden</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/ServerPage.ui" line="+16"/>
        <source>&amp;Enable outgoing mail through an SMTP server</source>
        <translation>Ausgehende E-Mails über einen SMTP-Server &amp;aktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable outgoing mail</source>
        <translation>Ausgehende E-Mails aktivieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>SMTP-Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>smtp.example.com  or  smtp.example.com,587</source>
        <translation>smtp.example.com  oder  smtp.example.com,587</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Securit&amp;y:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP connection security</source>
        <translation>Verbindungssicherheit für SMTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EHLO &amp;name:</source>
        <translation>EHLO-&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: this computer&apos;s name</source>
        <translation>leer: der Name dieses Computers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP timeout per step in seconds</source>
        <translation>SMTP-Zeitlimit pro Schritt in Sekunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s per step</source>
        <translation> s pro Schritt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted &amp;CA file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP trusted CA certificates file</source>
        <translation>Datei mit vertrauenswürdigen CA-Zertifikaten für SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PEM file of extra trusted certificates</source>
        <translation>optional: PEM-Datei mit zusätzlichen vertrauenswürdigen Zertifikaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose sMTP trusted CA certificates file</source>
        <translation>Datei mit vertrauenswürdigen CA-Zertifikaten für SMTP wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trusted certi&amp;ficate:</source>
        <translation>Vertrauenswürdiges Zerti&amp;fikat:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP trusted certificate fingerprint</source>
        <translation>Fingerabdruck des vertrauenswürdigen SMTP-Zertifikats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: SHA-256 fingerprint of one certificate you trust</source>
        <translation>optional: SHA-256-Fingerabdruck eines Zertifikats, dem Sie vertrauen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/FirstPaint.cpp" line="+75"/>
        <source>TLS unavailable</source>
        <translation>TLS nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS library could not be loaded, so no encrypted connection (STARTTLS or TLS) can be made. Reinstall Mailwright or install OpenSSL 3.</source>
        <translation>Die TLS-Bibliothek konnte nicht geladen werden, daher ist keine verschlüsselte Verbindung (STARTTLS oder TLS) möglich. Installieren Sie Mailwright neu oder installieren Sie OpenSSL 3.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+34"/>
        <source>Sets up and tests how this system sends e-mail.</source>
        <translation>Richtet ein und testet, wie dieses System E-Mails versendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open this configuration file instead of the per-user one.</source>
        <translation>Diese Konfigurationsdatei statt der benutzereigenen öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start hidden, with the status in the tray (when the tray is on in the window and the desktop has one).</source>
        <translation>Verborgen starten, mit dem Status im Infobereich (wenn der Infobereich im Fenster eingeschaltet ist und der Desktop einen hat).</translation>
    </message>
</context>
<context>
    <name>mw</name>
    <message>
        <location filename="../core/protocol/Result.cpp" line="+120"/>
        <source>Completed successfully.</source>
        <translation>Erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings are incomplete or invalid.</source>
        <translation>Die Einstellungen sind unvollständig oder ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name could not be found.</source>
        <translation>Der Servername wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network connection failed.</source>
        <translation>Die Netzwerkverbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection (TLS) could not be established.</source>
        <translation>Die sichere Verbindung (TLS) konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer STARTTLS, so no secure connection is possible.</source>
        <translation>Der Server bietet kein STARTTLS an, daher ist keine sichere Verbindung möglich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers no login method that can be used safely.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das sicher verwendet werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the login name or password.</source>
        <translation>Der Server hat Anmeldename oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the sender address.</source>
        <translation>Der Server hat die Absenderadresse abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the recipient address.</source>
        <translation>Der Server hat die Empfängeradresse abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the message.</source>
        <translation>Der Server hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported a temporary problem.</source>
        <translation>Der Server hat ein vorübergehendes Problem gemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered in a way that does not follow the protocol.</source>
        <translation>Der Server hat auf eine Weise geantwortet, die nicht dem Protokoll folgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Correct the field named in the message and try again.</source>
        <translation>Korrigieren Sie das in der Meldung genannte Feld und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the spelling of the server name and that this machine&apos;s DNS works.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens und ob das DNS dieses Rechners funktioniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the port number, and that the mail service is running and not blocked by a firewall.</source>
        <translation>Prüfen Sie die Portnummer und ob der Maildienst läuft und nicht von einer Firewall blockiert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that a firewall does not drop the connection, or raise the timeout.</source>
        <translation>Prüfen Sie, ob eine Firewall die Verbindung verwirft, oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network connection and try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the security setting: port 465 expects implicit TLS, ports 587 and 25 expect STARTTLS.</source>
        <translation>Prüfen Sie die Sicherheitseinstellung: Port 465 erwartet implizites TLS, Ports 587 und 25 erwarten STARTTLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you know this certificate is right, trust its fingerprint; otherwise ask the server&apos;s administrator.</source>
        <translation>Wenn Sie wissen, dass dieses Zertifikat richtig ist, vertrauen Sie seinem Fingerabdruck; sonst fragen Sie die Administration des Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use implicit TLS (port 465) if the server offers it, or ask the server&apos;s administrator to enable STARTTLS.</source>
        <translation>Verwenden Sie implizites TLS (Port 465), wenn der Server es anbietet, oder bitten Sie die Administration des Servers, STARTTLS einzuschalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another authentication method or a secure connection.</source>
        <translation>Wählen Sie ein anderes Authentifizierungsverfahren oder eine sichere Verbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the login name and password; some providers need an app password.</source>
        <translation>Prüfen Sie Anmeldename und Passwort; manche Anbieter verlangen ein App-Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a From address that the server allows this account to send as.</source>
        <translation>Verwenden Sie eine Absenderadresse, mit der dieses Konto laut Server senden darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the recipient address, and that the server relays for this login.</source>
        <translation>Prüfen Sie die Empfängeradresse und ob der Server für diese Anmeldung weiterleitet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the server&apos;s reply: the message may be too large or look like spam.</source>
        <translation>Lesen Sie die Antwort des Servers: die Nachricht ist vielleicht zu groß oder sieht nach Spam aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again later; the message stays queued.</source>
        <translation>Versuchen Sie es später erneut; die Nachricht bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the host and port belong to a mail server of the right kind.</source>
        <translation>Prüfen Sie, ob Rechner und Port zu einem Mailserver der richtigen Art gehören.</translation>
    </message>
    <message>
        <location filename="../core/session/KerberosTicket.cpp" line="+27"/>
        <source>No Kerberos ticket — run kinit or log in to the domain.</source>
        <translation>Kein Kerberos-Ticket – führen Sie kinit aus oder melden Sie sich an der Domäne an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Kerberos ticket of %1 expired at %2 — run kinit or log in to the domain again.</source>
        <translation>Das Kerberos-Ticket von %1 ist um %2 abgelaufen – führen Sie kinit aus oder melden Sie sich erneut an der Domäne an.</translation>
    </message>
</context>
<context>
    <name>mw::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+30"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service (libsecret) or KWallet, over D-Bus</source>
        <translation>Secret Service (libsecret) oder KWallet, über D-Bus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not available: encrypted connections cannot be made</source>
        <translation>nicht verfügbar: verschlüsselte Verbindungen sind nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (Qt backend: %2)</source>
        <translation>%1 (Qt-Backend: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mailwright</source>
        <translation>Mailwright</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QtKeychain %1, %2</source>
        <translation>QtKeychain %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords stored in</source>
        <translation>Passwörter gespeichert in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Mailwright</source>
        <translation>Über Mailwright</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sets up, proves and keeps working how this system sends its notification e-mail.</source>
        <translation>Richtet ein, prüft und hält in Betrieb, wie dieses System seine Benachrichtigungs-E-Mails versendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>mw::AccessTokenSource</name>
    <message>
        <location filename="../core/oauth/AccessTokenSource.cpp" line="+49"/>
        <source>The provider issued a new OAuth2 refresh token, but the secret store could not save it: %1</source>
        <translation>Der Anbieter hat ein neues OAuth2-Refresh-Token ausgestellt, aber der Passwortspeicher konnte es nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>oauth/client_id is not set: enter the client id registered with the provider.</source>
        <translation>oauth/client_id ist nicht gesetzt: geben Sie die beim Anbieter registrierte Client-ID ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secret store is available for the OAuth2 sign-in.</source>
        <translation>Für die OAuth2-Anmeldung ist kein Passwortspeicher verfügbar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The OAuth2 client secret could not be read: %1</source>
        <translation>Das OAuth2-Client-Secret konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The provider signed you in but issued no refresh token, so Mailwright could not send later. Ask for the offline_access scope (oauth/scopes) or allow refresh tokens for this client.</source>
        <translation>Der Anbieter hat Sie angemeldet, aber kein Refresh-Token ausgestellt, daher könnte Mailwright später nicht senden. Fordern Sie den Scope offline_access an (oauth/scopes) oder erlauben Sie Refresh-Tokens für diesen Client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secret store is available.</source>
        <translation>Kein Passwortspeicher verfügbar.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Signed out here; the provider could not be reached to revoke the sign-in (%1).</source>
        <translation>Hier abgemeldet; der Anbieter war nicht erreichbar, um die Anmeldung zu widerrufen (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out here; the provider offers no revocation, so the sign-in ends when it expires there.</source>
        <translation>Hier abgemeldet; der Anbieter bietet keinen Widerruf an, daher endet die Anmeldung dort erst, wenn sie abläuft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out here; the provider did not confirm the revocation (%1).</source>
        <translation>Hier abgemeldet; der Anbieter hat den Widerruf nicht bestätigt (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>mw::AddressVerifier</name>
    <message>
        <location filename="../core/diagnostics/AddressVerifier.cpp" line="+67"/>
        <source>No role address (notification, copies, console) is set.</source>
        <translation>Keine Rollenadresse (Benachrichtigung, Kopien, Konsole) gesetzt.</translation>
    </message>
</context>
<context>
    <name>mw::AlertChannels</name>
    <message>
        <location filename="../core/notify/AlertChannels.cpp" line="+89"/>
        <source>No secret store: the alert webhook&apos;s URL cannot be read.</source>
        <translation>Kein Passwortspeicher: die URL des Warnungs-Webhooks kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The alert webhook&apos;s URL could not be read: %1</source>
        <translation>Die URL des Warnungs-Webhooks konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No URL is stored for the alert webhook (secret %1).</source>
        <translation>Für den Warnungs-Webhook ist keine URL gespeichert (Eintrag %1 im Passwortspeicher).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mailwright: test alert</source>
        <translation>Mailwright: Testwarnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a test alert from Mailwright on %1. Alerts about failing mail reach you this way.</source>
        <translation>Dies ist eine Testwarnung von Mailwright auf %1. Warnungen zu fehlschlagenden E-Mails erreichen Sie auf diesem Weg.</translation>
    </message>
</context>
<context>
    <name>mw::AlertEngine</name>
    <message>
        <location filename="../core/notify/AlertEngine.cpp" line="+28"/>
        <source>The server said nothing.</source>
        <translation>Der Server hat nichts gesagt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Message %1 (subject &quot;%2&quot;, Message-ID %3, queued %4) to %5 was refused for good at %6 and moved to the dead letters.</source>
        <translation>Die Nachricht %1 (Betreff „%2“, Message-ID %3, eingereiht am %4) an %5 wurde am %6 endgültig abgelehnt und zu den unzustellbaren Nachrichten verschoben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1 (%2)</source>
        <translation>Fehler: %1 (%2)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Since %1 the queue is held: %2 (%3).</source>
        <translation>Seit %1 ist die Warteschlange angehalten: %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) wait in the queue.</source>
        <translation>
            <numerusform>%n Nachricht wartet in der Warteschlange.</numerusform>
            <numerusform>%n Nachrichten warten in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>From %1 to %2 (%n minute(s)) the SMTP server %3 could not be reached.</source>
        <translation>
            <numerusform>Von %1 bis %2 (%n Minute) war der SMTP-Server %3 nicht erreichbar.</numerusform>
            <numerusform>Von %1 bis %2 (%n Minuten) war der SMTP-Server %3 nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last error: %1 (%2)</source>
        <translation>Letzter Fehler: %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The certificate of %1 changed at %2.</source>
        <translation>Das Zertifikat von %1 hat sich am %2 geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: SHA-256 %1</source>
        <translation>Vorher: SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: SHA-256 %1, %2, valid until %3</source>
        <translation>Jetzt: SHA-256 %1, %2, gültig bis %3</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The certificate of %1 expires at %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Das Zertifikat von %1 läuft am %2 ab (in %n Tag).</numerusform>
            <numerusform>Das Zertifikat von %1 läuft am %2 ab (in %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 expired at %2.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>Zertifikat: %1, ausgestellt von %2, SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../core/notify/AlertFailover.cpp" line="+19"/>
        <source>At %1 the mail queue moved to the backup SMTP server %2: the primary server %3 cannot take mail (%4).</source>
        <translation>Am %1 ist die E-Mail-Warteschlange auf den Backup-SMTP-Server %2 gewechselt: der primäre Server %3 nimmt keine E-Mails an (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The primary server has been unreachable since %1.</source>
        <translation>Der primäre Server ist seit %1 nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1 the primary SMTP server %2 answered again: the mail queue is back on it.</source>
        <translation>Am %1 hat der primäre SMTP-Server %2 wieder geantwortet: die E-Mail-Warteschlange läuft wieder über ihn.</translation>
    </message>
</context>
<context>
    <name>mw::AlertNotice</name>
    <message numerus="yes">
        <location filename="../core/notify/AlertNotice.cpp" line="+31"/>
        <source>Mailwright: %n message(s) could not be delivered</source>
        <translation>
            <numerusform>Mailwright: %n Nachricht konnte nicht zugestellt werden</numerusform>
            <numerusform>Mailwright: %n Nachrichten konnten nicht zugestellt werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail queue is held</source>
        <translation>Mailwright: Die E-Mail-Warteschlange ist angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail server&apos;s certificate expires soon</source>
        <translation>Mailwright: Das Zertifikat des Mailservers läuft bald ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail server&apos;s certificate changed</source>
        <translation>Mailwright: Das Zertifikat des Mailservers hat sich geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail server could not be reached</source>
        <translation>Mailwright: Der Mailserver war nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: mail goes through the backup SMTP server</source>
        <translation>Mailwright: E-Mails laufen über den Backup-SMTP-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: mail goes through the primary SMTP server again</source>
        <translation>Mailwright: E-Mails laufen wieder über den primären SMTP-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailwright: notice about failing mail</source>
        <translation>Mailwright: Hinweis zu fehlschlagenden E-Mails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the recipient addresses and the server&apos;s reply. &quot;mailwright-cli queue list&quot; shows the dead letters, &quot;mailwright-cli queue retry ID&quot; sends one again, &quot;mailwright-cli queue purge ID&quot; removes it.</source>
        <translation>Prüfen Sie die Empfängeradressen und die Antwort des Servers. „mailwright-cli queue list“ zeigt die unzustellbaren Nachrichten, „mailwright-cli queue retry ID“ sendet eine davon erneut, „mailwright-cli queue purge ID“ entfernt sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is sent until the cause is fixed: store the right password (&quot;mailwright-cli secret set smtp&quot;), sign in again (&quot;mailwright-cli oauth login&quot;), accept what the server offers now (&quot;mailwright-cli probe --accept-changes&quot;) or free space for the queue folder; then &quot;mailwright-cli queue flush&quot;. This notice waits in the queue until then.</source>
        <translation>Bis die Ursache behoben ist, wird nichts gesendet: speichern Sie das richtige Passwort („mailwright-cli secret set smtp“), melden Sie sich erneut an („mailwright-cli oauth login“), akzeptieren Sie, was der Server jetzt anbietet („mailwright-cli probe --accept-changes“), oder schaffen Sie Platz für den Warteschlangenordner; dann „mailwright-cli queue flush“. Dieser Hinweis wartet bis dahin in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the administrator of the mail server to renew the certificate. If its fingerprint is pinned (smtp/pin_sha256), update the pin after the renewal.</source>
        <translation>Bitten Sie die Administration des Mailservers, das Zertifikat zu erneuern. Wenn sein Fingerabdruck hinterlegt ist (smtp/pin_sha256), aktualisieren Sie den hinterlegten Wert nach der Erneuerung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the certificate was not renewed on purpose, check that nobody intercepts the connection to the mail server.</source>
        <translation>Wenn das Zertifikat nicht absichtlich erneuert wurde, prüfen Sie, dass niemand die Verbindung zum Mailserver abfängt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The messages queued meanwhile are sent now. Check the network and the mail server&apos;s logs for the time above.</source>
        <translation>Die in der Zwischenzeit eingereihten Nachrichten werden jetzt gesendet. Prüfen Sie das Netzwerk und die Protokolle des Mailservers für den oben genannten Zeitraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail is delivered meanwhile. Fix the primary server (or its password: &quot;mailwright-cli secret set smtp&quot;); the queue goes back to it as soon as it answers.</source>
        <translation>E-Mails werden in der Zwischenzeit zugestellt. Beheben Sie das Problem am primären Server (oder mit seinem Passwort: „mailwright-cli secret set smtp“); die Warteschlange wechselt zu ihm zurück, sobald er antwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do: this is for the record.</source>
        <translation>Nichts zu tun: dies dient nur der Information.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sender (mailboxes/from) is set: a notice cannot be sent.</source>
        <translation>Kein Absender (mailboxes/from) gesetzt: ein Hinweis kann nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No notification mailbox (mailboxes/notify) or error copy address is set, or none is permitted: a notice cannot be sent.</source>
        <translation>Kein Benachrichtigungspostfach (mailboxes/notify) und keine Adresse für Fehlerkopien gesetzt, oder keine davon ist zugelassen: ein Hinweis kann nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mailwright on %1 reports:</source>
        <translation>Mailwright auf %1 meldet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notices about failing mail are set in the [alerts] section of the configuration (alerts/enabled, alerts/%1...).</source>
        <translation>Hinweise zu fehlschlagenden E-Mails werden im Abschnitt [alerts] der Konfiguration eingestellt (alerts/enabled, alerts/%1...).</translation>
    </message>
</context>
<context>
    <name>mw::AlertWebhook</name>
    <message>
        <location filename="../core/notify/AlertWebhook.cpp" line="+130"/>
        <source>The alert webhook URL is not a valid URL.</source>
        <translation>Die URL des Warnungs-Webhooks ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The alert webhook URL must start with https:// (it carries an access token, which must not travel in clear); %1 was refused.</source>
        <translation>Die URL des Warnungs-Webhooks muss mit https:// beginnen (sie enthält ein Zugriffstoken, das nicht im Klartext übertragen werden darf); %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No certificate could be read from %1 (alerts/webhook_ca_file).</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden (alerts/webhook_ca_file).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>Der Webhook unter %1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The webhook at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Webhook unter %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Webhook unter %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook at %1 could not be reached (%2).</source>
        <translation>Der Webhook unter %1 war nicht erreichbar (%2).</translation>
    </message>
</context>
<context>
    <name>mw::AuthPage</name>
    <message>
        <location filename="../ui/AuthPage.cpp" line="+67"/>
        <source>Automatic (the best method the server offers)</source>
        <translation>Automatisch (das beste Verfahren, das der Server anbietet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLAIN</source>
        <translation>PLAIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCRAM-SHA-256</source>
        <translation>SCRAM-SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCRAM-SHA-1</source>
        <translation>SCRAM-SHA-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerberos (GSSAPI)</source>
        <translation>Kerberos (GSSAPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTLM (NTLMv2)</source>
        <translation>NTLM (NTLMv2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS client certificate (EXTERNAL)</source>
        <translation>TLS-Client-Zertifikat (EXTERNAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 sign-in (XOAUTH2)</source>
        <translation>OAuth2-Anmeldung (XOAUTH2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 sign-in (OAUTHBEARER)</source>
        <translation>OAuth2-Anmeldung (OAUTHBEARER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP before SMTP</source>
        <translation>POP before SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The system keychain</source>
        <translation>Der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password file (for hosts without a keychain)</source>
        <translation>Eine Passwortdatei (für Rechner ohne Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory only (forgotten when Mailwright quits)</source>
        <translation>Nur im Speicher (beim Beenden von Mailwright vergessen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Client-Zertifikate (*.pem *.crt *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OAuth2 sign-in</source>
        <translation>OAuth2-Anmeldung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth2 provider</source>
        <translation>OAuth2-Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other OpenID provider</source>
        <translation>Anderer OpenID-Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 issuer URL</source>
        <translation>OAuth2-Aussteller-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft tenant</source>
        <translation>Microsoft-Mandant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>common, organizations or your tenant id</source>
        <translation>common, organizations oder Ihre Mandanten-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 client ID</source>
        <translation>OAuth2-Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the application registered with the provider</source>
        <translation>die beim Anbieter registrierte Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 client secret</source>
        <translation>OAuth2-Client-Secret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OAuth2 scopes</source>
        <translation>OAuth2-Scopes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: what the provider needs for mail</source>
        <translation>leer: was der Anbieter für E-Mail braucht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;rovider:</source>
        <translation>Anbiete&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issu&amp;er URL:</source>
        <translation>Ausste&amp;ller-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client I&amp;D:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client se&amp;cret:</source>
        <translation>Client-Secre&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with bro&amp;wser…</source>
        <translation>Im Bro&amp;wser anmelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the provider&apos;s sign-in page in the browser of this computer</source>
        <translation>Die Anmeldeseite des Anbieters im Browser dieses Computers öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with &amp;a code…</source>
        <translation>Mit Cod&amp;e anmelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show an address and a code to sign in from any device (phone, another computer)</source>
        <translation>Eine Adresse und einen Code anzeigen, um sich von einem beliebigen Gerät aus anzumelden (Telefon, anderer Computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sig&amp;n out</source>
        <translation>Abmelde&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the saved sign-in and remove it from the secret store</source>
        <translation>Die gespeicherte Anmeldung widerrufen und aus dem Passwortspeicher entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth2 sign-in status</source>
        <translation>OAuth2-Anmeldestatus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y code</source>
        <translation>Cod&amp;e kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/AuthPage.h" line="+40"/>
        <location filename="../ui/SettingsWindow.cpp" line="+194"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
</context>
<context>
    <name>mw::AuthorizationCodeFlow</name>
    <message>
        <location filename="../core/oauth/AuthorizationCodeFlow.cpp" line="+44"/>
        <source>The sign-in in the browser was not finished in time; start it again.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen; beginnen Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Mailwright is signed in. You can close this window and return to Mailwright.</source>
        <translation>Mailwright ist angemeldet. Sie können dieses Fenster schließen und zu Mailwright zurückkehren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No client id is set for the OAuth2 provider.</source>
        <translation>Für den OAuth2-Anbieter ist keine Client-ID gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider offers no browser sign-in (no authorization endpoint); sign in with a code instead.</source>
        <translation>Der Anbieter bietet keine Anmeldung im Browser an (kein Autorisierungsendpunkt); melden Sie sich stattdessen mit einem Code an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>Auf 127.0.0.1 konnte nicht auf die Antwort des Browsers gewartet werden: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Only the browser&apos;s sign-in answer is expected here.</source>
        <translation>Hier wird nur die Anmeldeantwort des Browsers erwartet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not the sign-in Mailwright started.</source>
        <translation>Dies ist nicht die Anmeldung, die Mailwright gestartet hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider&apos;s answer holds no authorization code.</source>
        <translation>Die Antwort des Anbieters enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The provider&apos;s token endpoint did not answer: %1</source>
        <translation>Der Token-Endpunkt des Anbieters hat nicht geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>mw::AutoDetector</name>
    <message>
        <location filename="../core/diagnostics/AutoDetector.cpp" line="+90"/>
        <source>&quot;%1&quot; has no domain to look up (expected user@example.com or example.com).</source>
        <translation>„%1“ hat keine Domain zum Nachschlagen (erwartet: user@example.com oder example.com).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>provider table: %1 (address domain)</source>
        <translation>Anbietertabelle: %1 (Domain der Adresse)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>guess: %1</source>
        <translation>Vermutung: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+22"/>
        <source>SRV %1: %2</source>
        <translation>SRV %1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&quot;.&quot; (the domain says this service is not offered)</source>
        <translation>„.“ (die Domain bietet diesen Dienst nicht an)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SRV %1</source>
        <translation>SRV %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>no record</source>
        <translation>kein Eintrag</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+24"/>
        <source>MX %1: %2</source>
        <translation>MX %1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>provider table: %1 (MX %2)</source>
        <translation>Anbietertabelle: %1 (MX %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MX %1 of %2</source>
        <translation>MX %1 von %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+14"/>
        <source>autoconfig %1: %2</source>
        <translation>Autoconfig %1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>autoconfig %1</source>
        <translation>Autoconfig %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no SMTP or POP3 server</source>
        <translation>kein SMTP- oder POP3-Server</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>the name %1 does not resolve</source>
        <translation>der Name %1 lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a loopback address (tests only probe loopback)</source>
        <translation>keine Loopback-Adresse (Tests prüfen nur Loopback)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>POP3 candidates are probed by name with the system resolver, which this run does not use</source>
        <translation>POP3-Kandidaten werden per Name mit dem Resolver des Systems geprüft, den dieser Lauf nicht verwendet</translation>
    </message>
</context>
<context>
    <name>mw::AutoconfigParser</name>
    <message>
        <location filename="../core/diagnostics/AutoconfigParser.cpp" line="+102"/>
        <source>the autoconfig document is too large</source>
        <translation>das Autoconfig-Dokument ist zu groß</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the autoconfig document is not valid XML: %1</source>
        <translation>das Autoconfig-Dokument ist kein gültiges XML: %1</translation>
    </message>
</context>
<context>
    <name>mw::Autostart</name>
    <message>
        <location filename="../ui/Autostart_mac.cpp" line="+36"/>
        <location filename="../ui/Autostart_unix.cpp" line="+44"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../ui/Autostart_unix.cpp" line="+18"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/Autostart_unix.cpp" line="+12"/>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/Autostart_win.cpp" line="+28"/>
        <source>The registry value %1 could not be written.</source>
        <translation>Der Registrierungswert %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The registry value %1 could not be removed.</source>
        <translation>Der Registrierungswert %1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>mw::BundleArchive</name>
    <message>
        <location filename="../core/support/BundleArchive.cpp" line="+29"/>
        <source>the archive module (%1) could not be loaded: %2</source>
        <translation>das Archivmodul (%1) konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/support/archive/ArchiveModule.cpp" line="+51"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>out of memory</source>
        <translation>zu wenig Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>mw::CertificateReport</name>
    <message>
        <location filename="../core/diagnostics/CertificateReport.cpp" line="+62"/>
        <source>trust exactly this certificate (SHA-256 %1)</source>
        <translation>genau diesem Zertifikat vertrauen (SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1%2</source>
        <translation>Aussteller: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (self-signed)</source>
        <translation> (selbstsigniert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid: %1 to %2</source>
        <translation>Gültig: %1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired %1 days ago</source>
        <translation>vor %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted by its pinned fingerprint.</source>
        <translation>Über seinen hinterlegten Fingerabdruck vertraut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALARM: the pinned certificate (SHA-256 %1) was replaced by this one.</source>
        <translation>ALARM: das hinterlegte Zertifikat (SHA-256 %1) wurde durch dieses ersetzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pinned certificate changed (now SHA-256 %1): check with the server&apos;s administrator before trusting it.</source>
        <translation>Das hinterlegte Zertifikat hat sich geändert (jetzt SHA-256 %1): klären Sie das mit der Administration des Servers, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate expired %1 days ago.</source>
        <translation>Das Zertifikat des Servers ist vor %1 Tagen abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate expires today.</source>
        <translation>Das Zertifikat des Servers läuft heute ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate expires in %1 days.</source>
        <translation>Das Zertifikat des Servers läuft in %1 Tagen ab.</translation>
    </message>
</context>
<context>
    <name>mw::ClientIdentity</name>
    <message>
        <location filename="../core/session/ClientIdentity.cpp" line="+167"/>
        <source>The client certificate %1 is a folder, not a file.</source>
        <translation>Das Client-Zertifikat %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client certificate file %1 cannot be read: %2</source>
        <translation>Die Client-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 is larger than 1 MiB; it is not a certificate.</source>
        <translation>Die Client-Zertifikatsdatei %1 ist größer als 1 MiB; sie ist kein Zertifikat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 holds no private key; put the key (PEM) in the same file as the certificate.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält keinen privaten Schlüssel; legen Sie den Schlüssel (PEM) in dieselbe Datei wie das Zertifikat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key in %1 is encrypted and no passphrase is stored.</source>
        <translation>Der private Schlüssel in %1 ist verschlüsselt, und es ist keine Passphrase gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored passphrase does not open the private key in %1.</source>
        <translation>Die gespeicherte Passphrase öffnet den privaten Schlüssel in %1 nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key in %1 cannot be read (RSA, EC or DSA in PEM expected).</source>
        <translation>Der private Schlüssel in %1 kann nicht gelesen werden (RSA, EC oder DSA in PEM erwartet).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PKCS#12 file %1 is encrypted and no passphrase is stored.</source>
        <translation>Die PKCS#12-Datei %1 ist verschlüsselt, und es ist keine Passphrase gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored passphrase does not open the PKCS#12 file %1.</source>
        <translation>Die gespeicherte Passphrase öffnet die PKCS#12-Datei %1 nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PKCS#12 file %1 holds no certificate.</source>
        <translation>Die PKCS#12-Datei %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PKCS#12 file %1 holds no private key.</source>
        <translation>Die PKCS#12-Datei %1 enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 is neither PEM (certificate and key) nor PKCS#12.</source>
        <translation>Die Client-Zertifikatsdatei %1 ist weder PEM (Zertifikat und Schlüssel) noch PKCS#12.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The private key in %1 does not belong to its certificate.</source>
        <translation>Der private Schlüssel in %1 gehört nicht zu seinem Zertifikat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client certificate in %1 expired on %2.</source>
        <translation>Das Client-Zertifikat in %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate in %1 is not valid before %2.</source>
        <translation>Das Client-Zertifikat in %1 ist erst ab %2 gültig.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mw::ClientIdentity::Description</name>
    <message>
        <location line="-1"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, issued by %2, valid until %3 (%4)</source>
        <translation>%1, ausgestellt von %2, gültig bis %3 (%4)</translation>
    </message>
</context>
<context>
    <name>mw::CopiesPage</name>
    <message>
        <location filename="../ui/CopiesPage.h" line="+20"/>
        <location filename="../ui/SettingsWindow.cpp" line="+5"/>
        <source>Copies</source>
        <translation>Kopien</translation>
    </message>
</context>
<context>
    <name>mw::CredentialResolver</name>
    <message numerus="yes">
        <location filename="../core/session/CredentialResolver.cpp" line="+31"/>
        <source>The Kerberos ticket cache could not be read within %n second(s).</source>
        <translation>
            <numerusform>Der Kerberos-Ticket-Cache konnte nicht innerhalb von %n Sekunde gelesen werden.</numerusform>
            <numerusform>Der Kerberos-Ticket-Cache konnte nicht innerhalb von %n Sekunden gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the password store did not answer within %n second(s)</source>
        <translation>
            <numerusform>der Passwortspeicher hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Passwortspeicher hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 client certificate could not be loaded: %2</source>
        <translation>Das %1-Client-Zertifikat konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+221"/>
        <source>The %1 password could not be read: %2</source>
        <translation>Das %1-Passwort konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The passphrase of the %1 client certificate could not be read: %2</source>
        <translation>Die Passphrase des %1-Client-Zertifikats konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+147"/>
        <source>No password store is available.</source>
        <translation>Kein Passwortspeicher verfügbar.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Type the key&apos;s passphrase on the POP3 tab.</source>
        <translation>Geben Sie die Passphrase des Schlüssels auf der Registerkarte POP3 ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the key&apos;s passphrase on the Authentication tab.</source>
        <translation>Geben Sie die Passphrase des Schlüssels auf der Registerkarte Authentifizierung ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the client certificate file on the POP3 tab.</source>
        <translation>Wählen Sie die Client-Zertifikatsdatei auf der Registerkarte POP3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the client certificate file on the Authentication tab.</source>
        <translation>Wählen Sie die Client-Zertifikatsdatei auf der Registerkarte Authentifizierung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the key&apos;s passphrase with &quot;mailwright-cli secret set %1&quot;.</source>
        <translation>Speichern Sie die Passphrase des Schlüssels mit „mailwright-cli secret set %1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the file with &quot;mailwright-cli config set %1/client_cert FILE&quot;.</source>
        <translation>Legen Sie die Datei mit „mailwright-cli config set %1/client_cert DATEI“ fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the client certificate in the settings window and save.</source>
        <translation>Prüfen Sie das Client-Zertifikat im Einstellungsfenster und speichern Sie.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>OAuth2 sign-in is chosen but no sign-in is available here.</source>
        <translation>OAuth2-Anmeldung ist gewählt, aber hier ist keine Anmeldung verfügbar.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No %1 password is stored.</source>
        <translation>Kein %1-Passwort gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in on the Authentication tab.</source>
        <translation>Melden Sie sich auf dem Reiter „Authentifizierung“ an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the password again, or keep passwords in a file.</source>
        <translation>Geben Sie das Passwort erneut ein oder bewahren Sie Passwörter in einer Datei auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it in the Password field of the POP3 tab.</source>
        <translation>Geben Sie es im Feld „Passwort“ auf dem Reiter „POP3“ ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it in the Password field of the Authentication tab.</source>
        <translation>Geben Sie es im Feld „Passwort“ auf dem Reiter „Authentifizierung“ ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with &quot;mailwright-cli oauth login&quot;.</source>
        <translation>Melden Sie sich mit „mailwright-cli oauth login“ an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it with &quot;mailwright-cli secret set %1&quot; or set %2.</source>
        <translation>Speichern Sie es mit „mailwright-cli secret set %1“ oder setzen Sie %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again in the settings window.</source>
        <translation>Melden Sie sich im Einstellungsfenster erneut an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter it in the settings window and save.</source>
        <translation>Geben Sie es im Einstellungsfenster ein und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>mw::DeliveryHistory</name>
    <message>
        <location filename="../core/history/DeliveryHistory.cpp" line="+187"/>
        <source>The SQLite driver of Qt SQL (QSQLITE) is not installed; the delivery history is not available.</source>
        <translation>Der SQLite-Treiber von Qt SQL (QSQLITE) ist nicht installiert; der Zustellverlauf ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Cannot open the delivery history %1: %2</source>
        <translation>Der Zustellverlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The delivery history %1 was written by a newer Mailwright (schema %2); this one reads schema %3.</source>
        <translation>Der Zustellverlauf %1 wurde von einer neueren Mailwright-Version geschrieben (Schema %2); diese Version liest Schema %3.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot create the delivery history %1: %2</source>
        <translation>Der Zustellverlauf %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The delivery history %1 was damaged (%2); it was moved aside to %3 and a new, empty one was started.</source>
        <translation>Der Zustellverlauf %1 war beschädigt (%2); er wurde nach %3 verschoben, und ein neuer, leerer wurde begonnen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+20"/>
        <location line="+19"/>
        <source>Cannot write to the delivery history %1: %2</source>
        <translation>In den Zustellverlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The delivery history is not open.</source>
        <translation>Der Zustellverlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot read the delivery history %1: %2</source>
        <translation>Der Zustellverlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>mw::DeliveryPage</name>
    <message>
        <location filename="../ui/DeliveryPage.cpp" line="+15"/>
        <source>Send through the SMTP server</source>
        <translation>Über den SMTP-Server senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop into a pickup folder (local mail server)</source>
        <translation>In einen Abholordner legen (lokaler Mailserver)</translation>
    </message>
    <message>
        <location filename="../ui/DeliveryPage.h" line="+20"/>
        <location filename="../ui/SettingsWindow.cpp" line="+2"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
</context>
<context>
    <name>mw::DetectDialog</name>
    <message>
        <location filename="../ui/DetectDialog.cpp" line="+37"/>
        <source>Get SMTP server address</source>
        <translation>SMTP-Serveradresse ermitteln</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Probing candidates: %n checked…</source>
        <translation>
            <numerusform>Kandidaten werden geprüft: %n erledigt…</numerusform>
            <numerusform>Kandidaten werden geprüft: %n erledigt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2:%3 (%4): %5</source>
        <translation>%1 %2:%3 (%4): %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-mail &amp;address or domain:</source>
        <translation>E-&amp;Mail-Adresse oder Domain:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail address or domain to look up</source>
        <translation>Nachzuschlagende E-Mail-Adresse oder Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Servers found</source>
        <translation>Gefundene Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>Gefunden durch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each lookup found</source>
        <translation>Was jede Abfrage gefunden hat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Confirm the server outside the address&apos;s domain</source>
        <translation>Server außerhalb der Domain der Adresse bestätigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use the selected server</source>
        <translation>Ausgewählten Server &amp;verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied to the form: Save keeps it, Discard changes reverts it.
</source>
        <translation>Ins Formular übernommen: „Speichern“ behält es, „Änderungen verwerfen“ macht es rückgängig.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type an e-mail address or a domain first.</source>
        <translation>Geben Sie zuerst eine E-Mail-Adresse oder eine Domain ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking up %1: SRV records, autoconfig, MX, provider table, guesses…</source>
        <translation>%1 wird nachgeschlagen: SRV-Einträge, Autoconfig, MX, Anbietertabelle, Vermutungen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not probed: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n server(s) found that work; every candidate was probed before it is offered.</source>
        <translation>
            <numerusform>%n funktionierender Server gefunden; jeder Kandidat wurde geprüft, bevor er angeboten wird.</numerusform>
            <numerusform>%n funktionierende Server gefunden; jeder Kandidat wurde geprüft, bevor er angeboten wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended: %1 port %2 with %3, found by %4.</source>
        <translation>Empfohlen: %1 Port %2 mit %3, gefunden durch %4.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>I have checked that %1 is the mail server of %2</source>
        <translation>Ich habe geprüft, dass %1 der Mailserver von %2 ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm first that this server outside %1 is the right one.</source>
        <translation>Bestätigen Sie zuerst, dass dieser Server außerhalb von %1 der richtige ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a server that answered the probe can be used.</source>
        <translation>Nur ein Server, der auf die Prüfung geantwortet hat, kann verwendet werden.</translation>
    </message>
</context>
<context>
    <name>mw::DetectionReport</name>
    <message>
        <location filename="../core/diagnostics/DetectionReport.cpp" line="+101"/>
        <source>the user name format %1 gives</source>
        <translation>das Benutzernamensformat, das %1 ergibt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answers but is outside %2 and was found only through unauthenticated lookups (%3); it is recommended only once you confirm that it is the mail server of %2.</source>
        <translation>%1 antwortet, liegt aber außerhalb von %2 und wurde nur über nicht authentifizierte Abfragen gefunden (%3); er wird erst empfohlen, wenn Sie bestätigen, dass er der Mailserver von %2 ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the certificate of %1 is not trusted, though this provider&apos;s servers have publicly trusted certificates: the name or the network path may be forged, so it is never trusted automatically.</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut, obwohl die Server dieses Anbieters öffentlich vertrauenswürdige Zertifikate haben: der Name oder der Netzwerkweg könnte gefälscht sein, daher wird ihm nie automatisch vertraut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the certificate of %1 is not trusted and the server was found only through unauthenticated lookups: such a certificate is never trusted automatically.</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut, und der Server wurde nur über nicht authentifizierte Abfragen gefunden: einem solchen Zertifikat wird nie automatisch vertraut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is outside %2 and was found only through unauthenticated lookups (%3), which anyone on the network path can forge: use it only if you know that it is the mail server of %2.</source>
        <translation>%1 liegt außerhalb von %2 und wurde nur über nicht authentifizierte Abfragen gefunden (%3), die jeder auf dem Netzwerkweg fälschen kann: verwenden Sie ihn nur, wenn Sie wissen, dass er der Mailserver von %2 ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its certificate is not trusted, though this provider&apos;s servers have publicly trusted certificates: the name or the network path may be forged. It is not trusted automatically.</source>
        <translation>Seinem Zertifikat wird nicht vertraut, obwohl die Server dieses Anbieters öffentlich vertrauenswürdige Zertifikate haben: der Name oder der Netzwerkweg könnte gefälscht sein. Ihm wird nicht automatisch vertraut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its certificate is not trusted and the server was found only through unauthenticated lookups: the certificate is not trusted automatically; check its fingerprint with the server&apos;s administrator first.</source>
        <translation>Seinem Zertifikat wird nicht vertraut, und der Server wurde nur über nicht authentifizierte Abfragen gefunden: dem Zertifikat wird nicht automatisch vertraut; prüfen Sie zuerst seinen Fingerabdruck mit der Administration des Servers.</translation>
    </message>
</context>
<context>
    <name>mw::DeviceAuthorization</name>
    <message>
        <location filename="../core/oauth/DeviceAuthorization.cpp" line="+59"/>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No client id is set for the OAuth2 provider.</source>
        <translation>Für den OAuth2-Anbieter ist keine Client-ID gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider offers no device sign-in (RFC 8628); sign in with the browser instead.</source>
        <translation>Der Anbieter bietet keine Geräteanmeldung (RFC 8628) an; melden Sie sich stattdessen im Browser an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The provider&apos;s device sign-in did not answer: %1</source>
        <translation>Die Geräteanmeldung des Anbieters hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The provider&apos;s device sign-in answer lacks the code or the address.</source>
        <translation>Der Antwort der Geräteanmeldung des Anbieters fehlen der Code oder die Adresse.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sign-in code expired before it was approved; start again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er bestätigt wurde; beginnen Sie von vorn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The provider stopped answering: %1</source>
        <translation>Der Anbieter antwortet nicht mehr: %1</translation>
    </message>
</context>
<context>
    <name>mw::DowngradeGuard</name>
    <message>
        <location filename="../core/session/DowngradeGuard.cpp" line="+57"/>
        <source>If the server&apos;s administrator changed this on purpose, check the server again and accept what it offers now (Check what the server supports in the settings window, or mailwright-cli probe --accept-changes).</source>
        <translation>Wenn die Administration des Servers das absichtlich geändert hat, prüfen Sie den Server erneut und akzeptieren Sie, was er jetzt anbietet („Prüfen, was der Server unterstützt“ im Einstellungsfenster oder mailwright-cli probe --accept-changes).</translation>
    </message>
</context>
<context>
    <name>mw::FormBinder</name>
    <message>
        <location filename="../ui/FormBinderLocks.cpp" line="+45"/>
        <source>Set by your administrator</source>
        <translation>Von Ihrem Administrator festgelegt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use organisation default</source>
        <translation>Standardwert der Organisation verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use organisation default for %1</source>
        <translation>Standardwert der Organisation für %1 verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces your value of %1 with the one your organisation set</source>
        <translation>Ersetzt Ihren Wert von %1 durch den von Ihrer Organisation festgelegten</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Read-only while the settings are locked</source>
        <translation>Schreibgeschützt, solange die Einstellungen gesperrt sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed from your organisation&apos;s default</source>
        <translation>Gegenüber dem Standardwert Ihrer Organisation geändert</translation>
    </message>
</context>
<context>
    <name>mw::HealthCheck</name>
    <message>
        <location filename="../core/notify/HealthCheck.cpp" line="+33"/>
        <source>backup SMTP server</source>
        <translation>Backup-SMTP-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP3 server</source>
        <translation>POP3-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the certificate of the %1 has expired</source>
        <translation>%1: das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>the certificate of the %1 expires in %2 day(s)</source>
        <translation>%1: das Zertifikat läuft in %2 Tag(en) ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: sign-in required</source>
        <translation>%1: Anmeldung erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the login was refused</source>
        <translation>%1: die Anmeldung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the spool %1 cannot be read</source>
        <translation>der Warteschlangenordner %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no SMTP server is configured (smtp/host)</source>
        <translation>kein SMTP-Server konfiguriert (smtp/host)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the queue is held</source>
        <translation>die Warteschlange ist angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the queue is held: %1</source>
        <translation>die Warteschlange ist angehalten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 message(s) waiting (critical from %2)</source>
        <translation>%1 wartende Nachricht(en) (kritisch ab %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 message(s) waiting (warning from %2)</source>
        <translation>%1 wartende Nachricht(en) (Warnung ab %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the oldest message has waited %1 minute(s) (critical from %2)</source>
        <translation>die älteste Nachricht wartet seit %1 Minute(n) (kritisch ab %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the oldest message has waited %1 minute(s) (warning from %2)</source>
        <translation>die älteste Nachricht wartet seit %1 Minute(n) (Warnung ab %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dead letter(s)</source>
        <translation>%1 unzustellbare Nachricht(en)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mail goes through the backup SMTP server</source>
        <translation>E-Mails laufen über den Backup-SMTP-Server</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>queue empty</source>
        <translation>Warteschlange leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 message(s) waiting</source>
        <translation>%1 wartende Nachricht(en)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no successful session recorded yet</source>
        <translation>noch keine erfolgreiche Sitzung erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last successful session %1 s ago</source>
        <translation>letzte erfolgreiche Sitzung vor %1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>last check %1</source>
        <translation>letzte Prüfung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate %1 day(s) left</source>
        <translation>Zertifikat noch %1 Tag(e) gültig</translation>
    </message>
</context>
<context>
    <name>mw::HistoryModel</name>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="+41"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet delivered, will be retried</source>
        <translation>Noch nicht zugestellt, wird erneut versucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused for good</source>
        <translation>Endgültig abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown (the connection broke after the message was sent)</source>
        <translation>Ergebnis unbekannt (die Verbindung brach ab, nachdem die Nachricht gesendet war)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary SMTP</source>
        <translation>Primär-SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup SMTP</source>
        <translation>Backup-SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup folder</source>
        <translation>Abholordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>Bounced</source>
        <translation>Unzustellbar gemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No bounce</source>
        <translation>Keine Unzustellbarkeitsmeldung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounce</source>
        <translation>Unzustellbarkeitsmeldung</translation>
    </message>
</context>
<context>
    <name>mw::HistoryRecorder</name>
    <message>
        <location filename="../core/history/HistoryRecorder.cpp" line="+158"/>
        <source>The delivery history was not written: %1</source>
        <translation>Der Zustellverlauf wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>mw::HistoryResend</name>
    <message>
        <location filename="../core/history/HistoryResend.cpp" line="+36"/>
        <source>The delivery history has no entry %1.</source>
        <translation>Der Zustellverlauf hat keinen Eintrag %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No sender is set (mailboxes/from) for the Resent-From field.</source>
        <translation>Für das Feld Resent-From ist kein Absender gesetzt (mailboxes/from).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The text of this message was not kept and it is no longer in the queue&apos;s dead letters; enable history/keep_bodies to be able to resend messages from the history.</source>
        <translation>Der Text dieser Nachricht wurde nicht aufbewahrt, und sie ist nicht mehr unter den unzustellbaren Nachrichten der Warteschlange; schalten Sie history/keep_bodies ein, um Nachrichten aus dem Verlauf erneut senden zu können.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The queue is busy (a pass is running); try again.</source>
        <translation>Die Warteschlange ist beschäftigt (ein Durchlauf läuft); versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>mw::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="+41"/>
        <source>Delivery history</source>
        <translation>Zustellverlauf</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient, subject or Message-ID</source>
        <translation>Empfänger, Betreff oder Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a recipient, subject or Message-ID</source>
        <translation>Nach Empfänger, Betreff oder Message-ID suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ailed only</source>
        <translation>Nur &amp;fehlgeschlagene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show failed messages only</source>
        <translation>Nur fehlgeschlagene Nachrichten anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused, not yet delivered, outcome unknown or bounced</source>
        <translation>Abgelehnt, noch nicht zugestellt, Ergebnis unbekannt oder unzustellbar gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Since:</source>
        <translation>Sei&amp;t:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+270"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-269"/>
        <location line="+9"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+269"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the history again (F5)</source>
        <translation>Den Verlauf erneut lesen (F5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Messages handed over, newest first</source>
        <translation>Übergebene Nachrichten, neueste zuerst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details of the selected message</source>
        <translation>Details der ausgewählten Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a message to see its details.</source>
        <translation>Wählen Sie eine Nachricht aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;esend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the selected message again (its text must have been kept, or it must still be among the dead letters)</source>
        <translation>Die ausgewählte Nachricht erneut einreihen (ihr Text muss aufbewahrt worden sein, oder sie muss noch unter den unzustellbaren Nachrichten sein)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The history is turned off (history/enabled): nothing new is recorded. %n message(s) shown.</source>
        <translation>
            <numerusform>Der Verlauf ist ausgeschaltet (history/enabled): nichts Neues wird erfasst. %n Nachricht angezeigt.</numerusform>
            <numerusform>Der Verlauf ist ausgeschaltet (history/enabled): nichts Neues wird erfasst. %n Nachrichten angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No message matches.</source>
        <translation>Keine passende Nachricht.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s), newest first.</source>
        <translation>
            <numerusform>%n Nachricht, neueste zuerst.</numerusform>
            <numerusform>%n Nachrichten, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envelope sender</source>
        <translation>Umschlag-Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope recipients</source>
        <translation>Umschlag-Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To and Cc</source>
        <translation>To und Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue id</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounced</source>
        <translation>Unzustellbar gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text of this message was not kept (history/keep_bodies is off when it was sent).</source>
        <translation>Der Text dieser Nachricht wurde nicht aufbewahrt (history/keep_bodies war beim Senden ausgeschaltet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Message text: loading…</source>
        <translation>Nachrichtentext: wird geladen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text of this message could not be read.</source>
        <translation>Der Text dieser Nachricht konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text:</source>
        <translation>Nachrichtentext:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resending…</source>
        <translation>Wird erneut gesendet…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queued again as %1 (Resent-Message-ID %2).</source>
        <translation>Erneut eingereiht als %1 (Resent-Message-ID %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dead letter %1 is queued again.</source>
        <translation>Die unzustellbare Nachricht %1 ist erneut eingereiht.</translation>
    </message>
</context>
<context>
    <name>mw::Localization</name>
    <message>
        <location filename="../core/i18n/Localization.cpp" line="+37"/>
        <source>Use this language (e.g. de, fr, es, en) instead of the system&apos;s.</source>
        <translation>Diese Sprache (z. B. de, fr, es, en) statt der des Systems verwenden.</translation>
    </message>
</context>
<context>
    <name>mw::MailConnection</name>
    <message>
        <location filename="../core/protocol/MailConnection.cpp" line="+129"/>
        <source>Looking up the server name took too long.</source>
        <translation>Das Nachschlagen des Servernamens hat zu lange gedauert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the connection in time (a firewall may drop it).</source>
        <translation>Der Server hat die Verbindung nicht rechtzeitig angenommen (vielleicht verwirft eine Firewall sie).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS handshake did not finish in time.</source>
        <translation>Der TLS-Handshake wurde nicht rechtzeitig beendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The address %1 is not of the family this connection must use.</source>
        <translation>Die Adresse %1 gehört nicht zur Familie, die diese Verbindung verwenden muss.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server name %1 could not be found (%2).</source>
        <translation>Der Servername %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server name %1 has no address of the family this connection must use (%2).</source>
        <translation>Der Servername %1 hat keine Adresse der Familie, die diese Verbindung verwenden muss (%2).</translation>
    </message>
    <message>
        <location line="+185"/>
        <location line="+10"/>
        <source>The connection could not be handed to the TLS layer.</source>
        <translation>Die Verbindung konnte nicht an die TLS-Schicht übergeben werden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server sent data after agreeing to start TLS and before the handshake (a sign of command injection); the connection was dropped.</source>
        <translation>Der Server hat Daten gesendet, nachdem er dem TLS-Start zugestimmt hatte und vor dem Handshake (ein Zeichen für Befehlseinschleusung); die Verbindung wurde getrennt.</translation>
    </message>
    <message>
        <location filename="../core/protocol/TlsTrust.cpp" line="+175"/>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate: %1.</source>
        <translation>Zertifikat: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It does not match the pinned fingerprint %1.</source>
        <translation>Es passt nicht zum hinterlegten Fingerabdruck %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s certificate changed: it does not match the pinned fingerprint %1. Certificate: %2.</source>
        <translation>Das Zertifikat des Servers hat sich geändert: es passt nicht zum hinterlegten Fingerabdruck %1. Zertifikat: %2.</translation>
    </message>
    <message>
        <location filename="../core/protocol/MailConnection.cpp" line="+73"/>
        <source>Connecting to %1 port %2 failed: %3</source>
        <translation>Verbindung zu %1 Port %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 failed at every address: %3</source>
        <translation>Verbindung zu %1 Port %2 an jeder Adresse fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../core/protocol/MailConnectionTls.cpp" line="+212"/>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/protocol/MailConnectionTls.cpp" line="+2"/>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>The server sent a line longer than %1 octets.</source>
        <translation>Der Server hat eine Zeile gesendet, die länger als %1 Oktette ist.</translation>
    </message>
    <message>
        <location filename="../core/protocol/MailConnectionTls.cpp" line="-148"/>
        <source>The TLS module could not be loaded (%1); reinstall Mailwright.</source>
        <translation>Das TLS-Modul konnte nicht geladen werden (%1); installieren Sie Mailwright neu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The TLS client certificate cannot be used: %1</source>
        <translation>Das TLS-Client-Zertifikat kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS could not be set up: %1</source>
        <translation>TLS konnte nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>mw::MailSession</name>
    <message>
        <location filename="../core/protocol/MailSession.cpp" line="+95"/>
        <source>The session was cancelled.</source>
        <translation>Die Sitzung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen.</translation>
    </message>
</context>
<context>
    <name>mw::MailboxesPage</name>
    <message>
        <location filename="../ui/MailboxesPage.cpp" line="+15"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MailboxesPage.h" line="+20"/>
        <location filename="../ui/SettingsWindow.cpp" line="-4"/>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
</context>
<context>
    <name>mw::MessageBuilder</name>
    <message>
        <location filename="../core/delivery/MessageBuilder.cpp" line="+102"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the display name %2.</source>
        <translation>%1: der Anzeigename %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no sender (From) address.</source>
        <translation>Es gibt keine Absenderadresse (From).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no recipient (To) address.</source>
        <translation>Es gibt keine Empfängeradresse (To).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject %1.</source>
        <translation>Der Betreff %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The X-Mailer value %1.</source>
        <translation>Der X-Mailer-Wert %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>„%1“ ist kein gültiger Kopfzeilenname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The header %1 is written by the message builder itself and cannot be set as an extra header.</source>
        <translation>Die Kopfzeile %1 schreibt der Nachrichtenbauer selbst; sie kann nicht als zusätzliche Kopfzeile gesetzt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value of header %1 %2.</source>
        <translation>Der Wert der Kopfzeile %1 %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The In-Reply-To value is not a message identifier.</source>
        <translation>Der Wert von In-Reply-To ist keine Nachrichtenkennung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message text contains invalid Unicode.</source>
        <translation>Der Nachrichtentext enthält ungültiges Unicode.</translation>
    </message>
</context>
<context>
    <name>mw::MessageImport</name>
    <message>
        <location filename="../core/delivery/MessageImport.cpp" line="+37"/>
        <source>The message on standard input does not start with header fields (line &quot;%1&quot;).</source>
        <translation>Die Nachricht auf der Standardeingabe beginnt nicht mit Kopfzeilen (Zeile „%1“).</translation>
    </message>
</context>
<context>
    <name>mw::ModeMismatch</name>
    <message>
        <location filename="../core/diagnostics/ModeMismatch.cpp" line="+28"/>
        <source>This port answered in clear text, not with TLS: it expects %1 (or no encryption), not implicit TLS.</source>
        <translation>Dieser Port hat im Klartext geantwortet, nicht mit TLS: er erwartet %1 (oder keine Verschlüsselung), kein implizites TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port speaks clear text first</source>
        <translation>der Port spricht zuerst Klartext</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server accepted the connection but sent no greeting: this port expects implicit TLS (the client must start the TLS handshake).</source>
        <translation>Der Server hat die Verbindung angenommen, aber keine Begrüßung gesendet: dieser Port erwartet implizites TLS (der Client muss den TLS-Handshake beginnen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the port waits for a TLS handshake</source>
        <translation>der Port wartet auf einen TLS-Handshake</translation>
    </message>
</context>
<context>
    <name>mw::ModeReport</name>
    <message>
        <location filename="../core/diagnostics/ModeReport.cpp" line="+41"/>
        <source>none offered</source>
        <translation>keine angeboten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>can use: %1</source>
        <translation>nutzbar: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not supported: %1</source>
        <translation>nicht unterstützt: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Works without encryption: everything, passwords included, would cross the network in clear.</source>
        <translation>Funktioniert ohne Verschlüsselung: alles, auch Passwörter, ginge im Klartext über das Netz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works with %1 (%2, %3).</source>
        <translation>Funktioniert mit %1 (%2, %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALARM: the certificate is not the pinned one. %1</source>
        <translation>ALARM: das Zertifikat ist nicht das hinterlegte. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS works but the certificate is not trusted (%1); it can be trusted by its fingerprint.</source>
        <translation>TLS funktioniert, aber dem Zertifikat wird nicht vertraut (%1); ihm kann über seinen Fingerabdruck vertraut werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS works but the certificate is not acceptable (%1).</source>
        <translation>TLS funktioniert, aber das Zertifikat ist nicht annehmbar (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer %1 on this port.</source>
        <translation>Der Server bietet %1 auf diesem Port nicht an.</translation>
    </message>
</context>
<context>
    <name>mw::NameLookup</name>
    <message>
        <location filename="../core/protocol/NameLookup.cpp" line="+171"/>
        <source>Not a valid host name</source>
        <translation>Kein gültiger Hostname</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
</context>
<context>
    <name>mw::OAuthEndpoints</name>
    <message>
        <location filename="../core/oauth/OAuthEndpoints.cpp" line="+96"/>
        <source>The provider&apos;s discovery document names the issuer &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Das Discovery-Dokument des Anbieters nennt den Aussteller „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider&apos;s discovery document has no token endpoint.</source>
        <translation>Das Discovery-Dokument des Anbieters hat keinen Token-Endpunkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s endpoint %1 is not an https address.</source>
        <translation>Der Endpunkt %1 des Anbieters ist keine https-Adresse.</translation>
    </message>
</context>
<context>
    <name>mw::OAuthFailure</name>
    <message>
        <location filename="../core/oauth/OAuthFailure.cpp" line="+50"/>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in required: the provider no longer accepts the saved sign-in (it was revoked, expired or the password changed). Provider: %1</source>
        <translation>Anmeldung erforderlich: der Anbieter akzeptiert die gespeicherte Anmeldung nicht mehr (widerrufen, abgelaufen oder Passwort geändert). Anbieter: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider refused the requested permissions (scopes): %1</source>
        <translation>Der Anbieter hat die angeforderten Berechtigungen (Scopes) verweigert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider does not accept this client id (or client secret): %1</source>
        <translation>Der Anbieter akzeptiert diese Client-ID (oder dieses Client-Secret) nicht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was declined: %1</source>
        <translation>Die Anmeldung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in code expired before it was approved; start again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er bestätigt wurde; beginnen Sie von vorn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider refused: %1</source>
        <translation>Der Anbieter hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>mw::OAuthHttp</name>
    <message>
        <location filename="../core/oauth/OAuthHttp.cpp" line="+45"/>
        <source>The provider did not answer in time (or sent too much).</source>
        <translation>Der Anbieter hat nicht rechtzeitig geantwortet (oder zu viel gesendet).</translation>
    </message>
</context>
<context>
    <name>mw::OAuthSignIn</name>
    <message>
        <location filename="../ui/OAuthSignIn.cpp" line="+55"/>
        <source>The secret store did not answer, so the sign-in may not be saved. Check the password store and sign in again.</source>
        <translation>Der Passwortspeicher hat nicht geantwortet, daher ist die Anmeldung möglicherweise nicht gespeichert. Prüfen Sie den Passwortspeicher und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in took too long and was stopped; nothing was saved. Start again.</source>
        <translation>Die Anmeldung hat zu lange gedauert und wurde beendet; nichts wurde gespeichert. Beginnen Sie von vorn.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The sign-in did not start: save the settings first (see the message at the bottom of the window).</source>
        <translation>Die Anmeldung wurde nicht gestartet: speichern Sie zuerst die Einstellungen (siehe die Meldung unten im Fenster).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No OAuth2 sign-in is available in this window.</source>
        <translation>In diesem Fenster ist keine OAuth2-Anmeldung verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding the provider…</source>
        <translation>Anbieter wird ermittelt…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting for the browser… Sign in on the page that opened; Mailwright continues by itself when the provider sends the browser back.</source>
        <translation>Warte auf den Browser… Melden Sie sich auf der geöffneten Seite an; Mailwright macht von selbst weiter, wenn der Anbieter den Browser zurückschickt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The browser could not be started. Open this address in a browser on this computer and sign in; Mailwright waits for it.</source>
        <translation>Der Browser konnte nicht gestartet werden. Öffnen Sie diese Adresse in einem Browser auf diesem Computer und melden Sie sich an; Mailwright wartet darauf.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>On any device, open the address below, sign in and enter the code. Waiting for the sign-in…</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät die Adresse unten, melden Sie sich an und geben Sie den Code ein. Warte auf die Anmeldung…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in cancelled; nothing was saved.</source>
        <translation>Anmeldung abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed: %1 Nothing was saved.</source>
        <translation>Anmeldung fehlgeschlagen: %1 Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed out: the sign-in was revoked and removed from the secret store.</source>
        <translation>Abgemeldet: die Anmeldung wurde widerrufen und aus dem Passwortspeicher entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing out failed: %1</source>
        <translation>Abmelden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the sign-in…</source>
        <translation>Anmeldung wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in required.</source>
        <translation>Anmeldung erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as %1 — token valid until %2</source>
        <translation>Angemeldet als %1 — Token gültig bis %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scopes granted: %1</source>
        <translation>Gewährte Scopes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1; the sign-in is saved in the secret store.</source>
        <translation>Angemeldet als %1; die Anmeldung ist im Passwortspeicher gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>mw::OAuthToken</name>
    <message>
        <location filename="../core/oauth/OAuthToken.cpp" line="+19"/>
        <source>The provider&apos;s answer holds no access token.</source>
        <translation>Die Antwort des Anbieters enthält kein Zugriffstoken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provider issued a &quot;%1&quot; token; SMTP needs a bearer token.</source>
        <translation>Der Anbieter hat ein Token vom Typ „%1“ ausgestellt; SMTP braucht ein Bearer-Token.</translation>
    </message>
</context>
<context>
    <name>mw::OpenIdDiscovery</name>
    <message>
        <location filename="../core/oauth/OpenIdDiscovery.cpp" line="+30"/>
        <source>The issuer &quot;%1&quot; is not an https address.</source>
        <translation>Der Aussteller „%1“ ist keine https-Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered with HTTP status %2 and no OpenID configuration.</source>
        <translation>%1 hat mit HTTP-Status %2 und ohne OpenID-Konfiguration geantwortet.</translation>
    </message>
</context>
<context>
    <name>mw::PasswordDigest</name>
    <message>
        <location filename="../core/settings/PasswordDigest.cpp" line="+86"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at most %1 characters.</source>
        <translation>Das Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must be on one line.</source>
        <translation>Das Passwort muss in einer Zeile stehen.</translation>
    </message>
</context>
<context>
    <name>mw::PasswordField</name>
    <message>
        <location filename="../ui/PasswordField.cpp" line="+22"/>
        <location line="+131"/>
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+128"/>
        <source>Show password (Ctrl+Shift+R)</source>
        <translation>Passwort zeigen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+122"/>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide password (Ctrl+Shift+R)</source>
        <translation>Passwort verbergen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+61"/>
        <source>No password store is available.</source>
        <translation>Kein Passwortspeicher verfügbar.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password file</source>
        <translation>die Passwortdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in %1 as a digest only. Type a new one to replace it.</source>
        <translation>Nur als Hashwert in %1 gespeichert. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by %1 (environment)</source>
        <translation>Gesetzt durch %1 (Umgebung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in %1, not shown. Type to replace it.</source>
        <translation>In %1 gespeichert, nicht angezeigt. Tippen, um es zu ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading from %1…</source>
        <translation>Wird aus %1 geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password stored yet</source>
        <translation>Noch kein Passwort gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the stored password will be removed</source>
        <translation>Leer: das gespeicherte Passwort wird entfernt</translation>
    </message>
</context>
<context>
    <name>mw::Pickup</name>
    <message>
        <location filename="../core/delivery/Pickup.cpp" line="+30"/>
        <source>The pickup folder %1 does not exist.</source>
        <translation>Der Abholordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recipient contains a line break.</source>
        <translation>Ein Empfänger enthält einen Zeilenumbruch.</translation>
    </message>
</context>
<context>
    <name>mw::Pop3Page</name>
    <message>
        <location filename="../ui/Pop3Page.cpp" line="+21"/>
        <source>Automatic (TLS on port 995, else STLS when offered; no login without it)</source>
        <translation>Automatisch (TLS an Port 995, sonst STLS, wenn angeboten; ohne Verschlüsselung keine Anmeldung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS (port 110)</source>
        <translation>STLS (Port 110)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 995)</source>
        <translation>TLS von Anfang an (Port 995)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: clear text (not recommended)</source>
        <translation>Keine: Klartext (nicht empfohlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (the best method the server offers)</source>
        <translation>Automatisch (die beste Methode, die der Server anbietet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER/PASS</source>
        <translation>USER/PASS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APOP (the password is not sent)</source>
        <translation>APOP (das Passwort wird nicht gesendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLAIN</source>
        <translation>PLAIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCRAM-SHA-256</source>
        <translation>SCRAM-SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCRAM-SHA-1</source>
        <translation>SCRAM-SHA-1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerberos (GSSAPI)</source>
        <translation>Kerberos (GSSAPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTLM (NTLMv2)</source>
        <translation>NTLM (NTLMv2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS client certificate (EXTERNAL)</source>
        <translation>TLS-Client-Zertifikat (EXTERNAL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Client-Zertifikate (*.pem *.crt *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bounced-alerts mailbox could not be read: %1</source>
        <translation>Das Postfach für unzustellbare Meldungen konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delivery reports in the bounced-alerts mailbox so far.</source>
        <translation>Bisher keine Zustellberichte im Postfach für unzustellbare Meldungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery report(s) recorded</source>
        <translation>
            <numerusform>%n Zustellbericht erfasst</numerusform>
            <numerusform>%n Zustellberichte erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (%3) for %4</source>
        <translation>%1 %2 (%3) für %4</translation>
    </message>
    <message>
        <location filename="../ui/Pop3Page.h" line="+23"/>
        <location filename="../ui/SettingsWindow.cpp" line="-1"/>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
</context>
<context>
    <name>mw::Pop3Session</name>
    <message>
        <location filename="../core/protocol/Pop3Session.cpp" line="+92"/>
        <source>No POP3 server (host and port) is configured.</source>
        <translation>Kein POP3-Server (Rechner und Port) konfiguriert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No POP3 login name is set.</source>
        <translation>Kein POP3-Anmeldename gesetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No POP3 password is set.</source>
        <translation>Kein POP3-Passwort gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Reply.cpp" line="+133"/>
        <source>Message %1 is larger than %2 octets; it was not read.</source>
        <translation>Nachricht %1 ist größer als %2 Oktette; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s answer has more than %1 lines; it does not end.</source>
        <translation>Die Antwort des Servers hat mehr als %1 Zeilen; sie endet nicht.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Session.cpp" line="+157"/>
        <location filename="../core/protocol/Pop3SessionAnswers.cpp" line="+33"/>
        <source>The server sent a line nobody asked for.</source>
        <translation>Der Server hat eine Zeile gesendet, nach der niemand gefragt hat.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Reply.cpp" line="+5"/>
        <source>The server&apos;s answer is larger than %1 octets; it was not read.</source>
        <translation>Die Antwort des Servers ist größer als %1 Oktette; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>This server speaks SMTP, not POP3: check the port number.</source>
        <translation>Dieser Server spricht SMTP, nicht POP3: prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks IMAP, not POP3: check the port number.</source>
        <translation>Dieser Server spricht IMAP, nicht POP3: prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks HTTP, not POP3: check the port number.</source>
        <translation>Dieser Server spricht HTTP, nicht POP3: prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks SSH, not POP3: check the port number.</source>
        <translation>Dieser Server spricht SSH, nicht POP3: prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer is not a POP3 status line (+OK or -ERR).</source>
        <translation>Die Antwort des Servers ist keine POP3-Statuszeile (+OK oder -ERR).</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3SessionAnswers.cpp" line="+51"/>
        <source>The server refused to serve this client.</source>
        <translation>Der Server hat es abgelehnt, diesen Client zu bedienen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent more lines before the client&apos;s first command.</source>
        <translation>Der Server hat vor dem ersten Befehl des Clients weitere Zeilen gesendet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused to start TLS (STLS); nothing was sent in clear.</source>
        <translation>Der Server hat den TLS-Start (STLS) verweigert; nichts wurde im Klartext gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server rejected the POP3 login name.</source>
        <translation>Der Server hat den POP3-Anmeldenamen abgelehnt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+127"/>
        <source>The server refused the login for now (mailbox busy or logins too frequent).</source>
        <translation>Der Server lehnt die Anmeldung vorerst ab (Postfach belegt oder zu häufige Anmeldungen).</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>The POP3 server rejected the login name or password.</source>
        <translation>Der POP3-Server hat Anmeldename oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused STAT.</source>
        <translation>Der Server hat STAT verweigert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s answer to STAT is malformed.</source>
        <translation>Die Antwort des Servers auf STAT ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server refused to list the mailbox.</source>
        <translation>Der Server hat das Auflisten des Postfachs verweigert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused to send message %1.</source>
        <translation>Der Server hat das Senden von Nachricht %1 verweigert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to delete message %1.</source>
        <translation>Der Server hat das Löschen von Nachricht %1 verweigert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server could not complete the session (messages marked for deletion may remain).</source>
        <translation>Der Server konnte die Sitzung nicht abschließen (zum Löschen markierte Nachrichten bleiben vielleicht erhalten).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The server&apos;s answer to LIST is malformed.</source>
        <translation>Die Antwort des Servers auf LIST ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server&apos;s answer to UIDL is malformed.</source>
        <translation>Die Antwort des Servers auf UIDL ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Reply.cpp" line="+38"/>
        <location filename="../core/protocol/Pop3SessionAnswers.cpp" line="+28"/>
        <source>The server sent an unexpected multi-line answer.</source>
        <translation>Der Server hat eine unerwartete mehrzeilige Antwort gesendet.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Session.cpp" line="+38"/>
        <source>The server does not offer STLS, so no secure connection is possible; nothing was sent in clear.</source>
        <translation>Der Server bietet kein STLS an, daher ist keine sichere Verbindung möglich; nichts wurde im Klartext gesendet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server does not offer STLS (or someone on the way removed it), and security &quot;Automatic&quot; never logs in without encryption; neither the password nor an APOP digest was sent.</source>
        <translation>Der Server bietet kein STLS an (oder jemand auf dem Weg hat es entfernt), und die Sicherheit „Automatisch“ meldet sich nie ohne Verschlüsselung an; weder das Passwort noch ein APOP-Digest wurde gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use security &quot;TLS&quot; (port 995) if the server offers it, or ask its administrator to enable STLS. Only on a trusted network: security &quot;None&quot; allows a login in clear.</source>
        <translation>Verwenden Sie die Sicherheit „TLS“ (Port 995), wenn der Server es anbietet, oder bitten Sie seine Administration, STLS einzuschalten. Nur in einem vertrauenswürdigen Netz: die Sicherheit „Keine“ erlaubt eine Anmeldung im Klartext.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The connection is not encrypted, so no login was sent (neither USER/PASS nor an APOP digest, which can be cracked offline).</source>
        <translation>Die Verbindung ist nicht verschlüsselt, daher wurde keine Anmeldung gesendet (weder USER/PASS noch ein APOP-Digest, der offline geknackt werden kann).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use security STLS or TLS, or choose security &quot;none&quot; explicitly to allow a login in clear.</source>
        <translation>Verwenden Sie die Sicherheit STLS oder TLS, oder wählen Sie ausdrücklich die Sicherheit „none“, um eine Anmeldung im Klartext zu erlauben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>APOP is switched on, but the server&apos;s greeting carries no APOP timestamp, so APOP cannot be used. USER/PASS was not tried instead.</source>
        <translation>APOP ist eingeschaltet, aber die Begrüßung des Servers enthält keinen APOP-Zeitstempel, daher kann APOP nicht verwendet werden. USER/PASS wurde stattdessen nicht versucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch APOP off and use security STLS or TLS, or check that this is the right server.</source>
        <translation>Schalten Sie APOP aus und verwenden Sie die Sicherheit STLS oder TLS, oder prüfen Sie, ob dies der richtige Server ist.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>This port may expect STLS or no encryption: try security &quot;STLS&quot; (port 110).</source>
        <translation>Dieser Port erwartet vielleicht STLS oder keine Verschlüsselung: versuchen Sie die Sicherheit „STLS“ (Port 110).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server that stays silent after connecting often expects implicit TLS: try security &quot;TLS&quot; (port 995).</source>
        <translation>Ein Server, der nach dem Verbinden schweigt, erwartet oft implizites TLS: versuchen Sie die Sicherheit „TLS“ (Port 995).</translation>
    </message>
</context>
<context>
    <name>mw::PopBeforeSmtp</name>
    <message>
        <location filename="../core/delivery/PopBeforeSmtp.cpp" line="+87"/>
        <source>POP-before-SMTP needs a POP3 server and login name.</source>
        <translation>POP-before-SMTP braucht einen POP3-Server und einen Anmeldenamen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The session was cancelled.</source>
        <translation>Die Sitzung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>POP-before-SMTP: the POP3 login to %1 failed: %2</source>
        <translation>POP-before-SMTP: die POP3-Anmeldung bei %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The SMTP server name %1 could not be found (%2).</source>
        <translation>Der SMTP-Servername %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The POP3 login came from an %1 address, but the SMTP server %2 has no %1 address, so it would see a different source address and not honour the login.</source>
        <translation>Die POP3-Anmeldung kam von einer %1-Adresse, aber der SMTP-Server %2 hat keine %1-Adresse; er würde also eine andere Absenderadresse sehen und die Anmeldung nicht anerkennen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use POP3 and SMTP server names that resolve to the same address family (for example both IPv4).</source>
        <translation>Verwenden Sie POP3- und SMTP-Servernamen, die zur selben Adressfamilie auflösen (zum Beispiel beide IPv4).</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The POP3 login worked, but the SMTP server did not honour it and refused to relay (its relay window may have expired, or it saw a different source address than the POP3 server).</source>
        <translation>Die POP3-Anmeldung hat funktioniert, aber der SMTP-Server hat sie nicht anerkannt und das Weiterleiten verweigert (sein Relay-Zeitfenster ist vielleicht abgelaufen, oder er sah eine andere Absenderadresse als der POP3-Server).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the POP3 and SMTP servers belong together and share the POP-before-SMTP database, that no proxy or NAT changes the source address between the two, and that the relay window (%1 minutes here) is not longer than the server&apos;s.</source>
        <translation>Prüfen Sie, ob POP3- und SMTP-Server zusammengehören und dieselbe POP-before-SMTP-Datenbank nutzen, ob kein Proxy oder NAT die Absenderadresse zwischen beiden ändert und ob das Relay-Zeitfenster (hier %1 Minuten) nicht länger ist als das des Servers.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>POP-before-SMTP: logged in to %1 at %2; the relay window is %3 minutes.</source>
        <translation>POP-before-SMTP: bei %1 um %2 angemeldet; das Relay-Zeitfenster beträgt %3 Minuten.</translation>
    </message>
</context>
<context>
    <name>mw::Preflight</name>
    <message>
        <location filename="../core/session/Preflight.cpp" line="+198"/>
        <source>The round trip fetches the test message over POP3 from the notification mailbox: set pop3/host and pop3/username of the account that receives %1.</source>
        <translation>Der Rundlauf holt die Testnachricht über POP3 aus dem Benachrichtigungspostfach: setzen Sie pop3/host und pop3/username des Kontos, das %1 empfängt.</translation>
    </message>
</context>
<context>
    <name>mw::ProbeMode</name>
    <message>
        <location filename="../core/diagnostics/ProbeMode.cpp" line="+33"/>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>mw::ProbeReport</name>
    <message>
        <location filename="../core/diagnostics/ProbeReport.cpp" line="+108"/>
        <source>The pinned certificate of %1 changed: the server now presents %2 (SHA-256 %3) instead of SHA-256 %4. This happens when the certificate is renewed, and when someone intercepts the connection: check with the server&apos;s administrator before trusting the new one.</source>
        <translation>Das hinterlegte Zertifikat von %1 hat sich geändert: der Server zeigt jetzt %2 (SHA-256 %3) statt SHA-256 %4. Das geschieht, wenn das Zertifikat erneuert wird, und wenn jemand die Verbindung abfängt: klären Sie das mit der Administration des Servers, bevor Sie dem neuen vertrauen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 on port %2</source>
        <translation>%1 an Port %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recommended: %1 — the safest combination that works.</source>
        <translation>Empfohlen: %1 — die sicherste Kombination, die funktioniert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recommended: %1 after trusting the server&apos;s certificate (%2); check its fingerprint with the server&apos;s administrator.</source>
        <translation>Empfohlen: %1, nachdem Sie dem Zertifikat des Servers vertraut haben (%2); prüfen Sie seinen Fingerabdruck mit der Administration des Servers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1 works: the server offers no encryption. Everything, passwords included, crosses the network in clear; use it only on a trusted network.</source>
        <translation>Nur %1 funktioniert: der Server bietet keine Verschlüsselung. Alles, auch Passwörter, geht im Klartext über das Netz; nur in einem vertrauenswürdigen Netz verwenden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is recommended: %1</source>
        <translation>Keine Empfehlung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is recommended: the server&apos;s certificate has expired and must be renewed; sending without encryption instead is not safe.</source>
        <translation>Keine Empfehlung: das Zertifikat des Servers ist abgelaufen und muss erneuert werden; stattdessen unverschlüsselt zu senden ist nicht sicher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: the server offers TLS but no secure combination works; sending without encryption instead is not safe.</source>
        <translation>Keine Empfehlung: der Server bietet TLS an, aber keine sichere Kombination funktioniert; stattdessen unverschlüsselt zu senden ist nicht sicher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: no combination works on %1.</source>
        <translation>Keine Empfehlung: keine Kombination funktioniert auf %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server that was checked</source>
        <translation>der geprüfte Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port where %1 works</source>
        <translation>der Port, an dem %1 funktioniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the safest mode that works</source>
        <translation>der sicherste Modus, der funktioniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server offers no encryption</source>
        <translation>der Server bietet keine Verschlüsselung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server offers no login Mailwright can use in this mode</source>
        <translation>der Server bietet in diesem Modus keine Anmeldung an, die Mailwright nutzen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>%1 is not offered; %2 is the strongest of %3</source>
        <translation>%1 wird nicht angeboten; %2 ist die stärkste von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the server offers</source>
        <translation>dem, was der Server anbietet</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the server&apos;s greeting has no APOP timestamp</source>
        <translation>die Begrüßung des Servers hat keinen APOP-Zeitstempel</translation>
    </message>
</context>
<context>
    <name>mw::ProbeText</name>
    <message>
        <location filename="../ui/ProbeText.cpp" line="+26"/>
        <source>%1 on port %2: %3</source>
        <translation>%1 an Port %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %3 ms</source>
        <translation>%1 %2 %3 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable: yes</source>
        <translation>Erreichbar: ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reachable: no</source>
        <translation>Erreichbar: nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting: %1</source>
        <translation>Begrüßung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extensions: %1</source>
        <translation>Erweiterungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in mechanisms in this mode: %1</source>
        <translation>Anmeldeverfahren in diesem Modus: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>APOP: offered (the greeting has a timestamp)</source>
        <translation>APOP: angeboten (die Begrüßung enthält einen Zeitstempel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APOP: not offered</source>
        <translation>APOP: nicht angeboten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest message: %1 octets</source>
        <translation>Größte Nachricht: %1 Oktette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
</context>
<context>
    <name>mw::Queue</name>
    <message>
        <location filename="../core/delivery/Queue.cpp" line="+51"/>
        <source>The queue folder cannot be used: %1</source>
        <translation>Der Warteschlangenordner kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <location line="+208"/>
        <location filename="../core/delivery/QueueDeadLetters.cpp" line="+94"/>
        <location line="+13"/>
        <location line="+27"/>
        <source>No queued message has the id %1.</source>
        <translation>Keine Nachricht in der Warteschlange hat die ID %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches %2 messages; give more of the id.</source>
        <translation>%1 passt auf %2 Nachrichten; geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/delivery/QueueDeadLetters.cpp" line="-85"/>
        <source>Cannot remove %1 from the queue.</source>
        <translation>%1 kann nicht aus der Warteschlange entfernt werden.</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueJournal.cpp" line="+36"/>
        <source>Cannot write the queue journal: %1</source>
        <translation>Das Journal der Warteschlange kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read the queue journal: %1</source>
        <translation>Das Journal der Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueHold.cpp" line="+29"/>
        <source>spool storage: the queue folder %1 could not be written (is the disk full?); retried as space comes back.</source>
        <translation>Speicher der Warteschlange: in den Warteschlangenordner %1 konnte nicht geschrieben werden (ist der Datenträger voll?); wird erneut versucht, sobald wieder Platz frei ist.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>spool storage: %1</source>
        <translation>Speicher der Warteschlange: %1</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueLock.cpp" line="+53"/>
        <location line="+19"/>
        <source>The queue lock %1 is a symbolic link; refused.</source>
        <translation>Die Sperrdatei der Warteschlange %1 ist ein symbolischer Link; abgelehnt.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cannot open the queue lock %1: %2</source>
        <translation>Die Sperrdatei der Warteschlange %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot lock the queue lock %1: %2</source>
        <translation>Die Sperrdatei der Warteschlange %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create the queue lock %1: permission denied.</source>
        <translation>Die Sperrdatei der Warteschlange %1 kann nicht angelegt werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the queue lock %1.</source>
        <translation>Die Sperrdatei der Warteschlange %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueJournal.cpp" line="+16"/>
        <source>The queue runner stopped while this message was being sent; the server may have it already.</source>
        <translation>Der Warteschlangenlauf wurde beendet, während diese Nachricht gesendet wurde; der Server hat sie vielleicht schon.</translation>
    </message>
</context>
<context>
    <name>mw::QueueBounces</name>
    <message>
        <location filename="../core/history/QueueBounces.cpp" line="+47"/>
        <source>bounced %1: %2 (sent %3 to %4, &quot;%5&quot;, %6)</source>
        <translation>unzustellbar %1: %2 (gesendet %3 an %4, „%5“, %6)</translation>
    </message>
</context>
<context>
    <name>mw::QueueModel</name>
    <message>
        <location filename="../ui/QueueModel.cpp" line="+49"/>
        <source>Held</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead letter</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>mw::QueueOperations</name>
    <message>
        <location filename="../core/delivery/QueueOperations.cpp" line="+79"/>
        <source>The queue runner is busy; try again.</source>
        <translation>Der Warteschlangenlauf ist beschäftigt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The queue is not held.</source>
        <translation>Die Warteschlange ist nicht angehalten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No queued message has the id %1.</source>
        <translation>Keine eingereihte Nachricht hat die ID %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue id: %1</source>
        <translation>Warteschlangen-ID: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: %1</source>
        <translation>Eingereiht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope sender: %1</source>
        <translation>Umschlag-Absender: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope recipients: %1</source>
        <translation>Umschlag-Empfänger: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already delivered to: %1</source>
        <translation>Bereits zugestellt an: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>mw::QueueRunner</name>
    <message>
        <location filename="../core/delivery/QueueRunner.cpp" line="+192"/>
        <source>Another queue runner is busy with this queue.</source>
        <translation>Ein anderer Warteschlangenlauf bearbeitet diese Warteschlange.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+3"/>
        <source>the previous runner stopped while sending it</source>
        <translation>der vorige Lauf wurde beim Senden beendet</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueRunnerSession.cpp" line="+55"/>
        <source>No SMTP server is set (%1/host).</source>
        <translation>Kein SMTP-Server gesetzt (%1/host).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail is switched off (%1/enabled).</source>
        <translation>Ausgehende E-Mails sind ausgeschaltet (%1/enabled).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth2 sign-in is chosen but this runner has no access to the sign-in.</source>
        <translation>OAuth2-Anmeldung ist gewählt, aber dieser Warteschlangenlauf hat keinen Zugriff auf die Anmeldung.</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueRunnerOutcomes.cpp" line="+169"/>
        <source>The server refused the recipient for good.</source>
        <translation>Der Server hat den Empfänger endgültig abgelehnt.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The connection was lost after the message was sent; the server may have it already.</source>
        <translation>Die Verbindung brach ab, nachdem die Nachricht gesendet war; der Server hat sie vielleicht schon.</translation>
    </message>
</context>
<context>
    <name>mw::QueueSummary</name>
    <message>
        <location filename="../ui/QueueSummary.cpp" line="+28"/>
        <source>Open the queue: waiting, held and dead-lettered messages</source>
        <translation>Warteschlange öffnen: wartende, angehaltene und unzustellbare Nachrichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POP-before-SMTP: the SMTP server lets this computer relay for pop3/relay_window minutes after the runner&apos;s POP3 login</source>
        <translation>POP-before-SMTP: der SMTP-Server lässt diesen Computer nach der POP3-Anmeldung des Warteschlangenlaufs pop3/relay_window Minuten lang weiterleiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Queue…</source>
        <translation>Warteschlange…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Queue: empty</source>
        <translation>Warteschlange: leer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest %1</source>
        <translation>älteste %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n unzustellbare Nachricht</numerusform>
            <numerusform>%n unzustellbare Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>relay authorised until %1</source>
        <translation>Weiterleiten erlaubt bis %1</translation>
    </message>
</context>
<context>
    <name>mw::QueueView</name>
    <message>
        <location filename="../ui/QueueView.cpp" line="+39"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Queued messages, oldest first</source>
        <translation>Eingereihte Nachrichten, älteste zuerst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected message: headers and body</source>
        <translation>Die ausgewählte Nachricht: Kopfzeilen und Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a message and choose Show message.</source>
        <translation>Wählen Sie eine Nachricht aus und dann „Nachricht zeigen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent recently, then bounced</source>
        <translation>Kürzlich gesendet, dann unzustellbar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry now</source>
        <translation>Jetzt &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected message on the next pass</source>
        <translation>Die ausgewählte Nachricht beim nächsten Durchlauf senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move back</source>
        <translation>&amp;Zurückverschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected dead letter back to the queue</source>
        <translation>Die ausgewählte unzustellbare Nachricht zurück in die Warteschlange verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected message from the queue</source>
        <translation>Die ausgewählte Nachricht aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lease hold</source>
        <translation>Anhalten &amp;aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the next pass try again (it holds the queue again if the trouble is still there)</source>
        <translation>Den nächsten Durchlauf erneut versuchen lassen (er hält die Warteschlange wieder an, wenn das Problem weiter besteht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show message</source>
        <translation>Nachricht &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The queue is empty.</source>
        <translation>Die Warteschlange ist leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n unzustellbare Nachricht</numerusform>
            <numerusform>%n unzustellbare Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue is held since %1: %2</source>
        <translation>Die Warteschlange ist seit %1 angehalten: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not be reached: %1 Next try at %2.</source>
        <translation>Der Server war nicht erreichbar: %1 Nächster Versuch um %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The delivery history could not be read: %1</source>
        <translation>Der Zustellverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounces are linked through the delivery history, which is turned off (history/enabled).</source>
        <translation>Unzustellbarkeitsmeldungen werden über den Zustellverlauf zugeordnet, und der ist ausgeschaltet (history/enabled).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No message sent in the last %n day(s) bounced.</source>
        <translation>
            <numerusform>Keine innerhalb von %n Tag gesendete Nachricht war unzustellbar.</numerusform>
            <numerusform>Keine in den letzten %n Tagen gesendete Nachricht war unzustellbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent in the last %n day(s), then bounced:</source>
        <translation>
            <numerusform>Innerhalb von %n Tag gesendet, dann unzustellbar:</numerusform>
            <numerusform>In den letzten %n Tagen gesendet, dann unzustellbar:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; to %2 from the queue? It will not be sent.</source>
        <translation>„%1“ an %2 aus der Warteschlange entfernen? Sie wird nicht gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hold is lifted: the next pass tries again.</source>
        <translation>Das Anhalten ist aufgehoben: der nächste Durchlauf versucht es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is back in the queue.</source>
        <translation>%1 ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will be sent on the next pass.</source>
        <translation>%1 wird beim nächsten Durchlauf gesendet.</translation>
    </message>
</context>
<context>
    <name>mw::RefreshTokenStore</name>
    <message>
        <location filename="../core/oauth/RefreshTokenStore.cpp" line="+97"/>
        <source>The saved OAuth2 sign-in is damaged; sign in again.</source>
        <translation>Die gespeicherte OAuth2-Anmeldung ist beschädigt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Part of the saved OAuth2 sign-in is missing; sign in again.</source>
        <translation>Ein Teil der gespeicherten OAuth2-Anmeldung fehlt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The refresh token is empty.</source>
        <translation>Das Refresh-Token ist leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The provider&apos;s refresh token is %1 characters long; Mailwright keeps at most %2 (the OS keychain limits each entry). It was not saved.</source>
        <translation>Das Refresh-Token des Anbieters ist %1 Zeichen lang; Mailwright speichert höchstens %2 (der Schlüsselbund des Betriebssystems begrenzt jeden Eintrag). Es wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>mw::RememberedCapabilities</name>
    <message>
        <location filename="../core/session/CapabilityMemory.cpp" line="+74"/>
        <source>TLS was used at the last check (%1): this session requires it.</source>
        <translation>Bei der letzten Prüfung (%1) wurde TLS verwendet: diese Sitzung verlangt es.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 logged in at the last check: this session requires it.</source>
        <translation>%1 hat sich bei der letzten Prüfung angemeldet: diese Sitzung verlangt es.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server offered encryption at the last check (%1) and does not now: the session refused to continue in clear (a possible downgrade attack).</source>
        <translation>Der Server bot bei der letzten Prüfung (%1) Verschlüsselung an und tut es jetzt nicht: die Sitzung hat es abgelehnt, im Klartext weiterzumachen (ein möglicher Downgrade-Angriff).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Login methods offered at the last check (%1) are missing now: %2.</source>
        <translation>Bei der letzten Prüfung (%1) angebotene Anmeldeverfahren fehlen jetzt: %2.</translation>
    </message>
</context>
<context>
    <name>mw::RemoteStatusPage</name>
    <message>
        <location filename="../ui/RemoteStatusPage.cpp" line="+86"/>
        <source>Reading the last requests…</source>
        <translation>Die letzten Anfragen werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking whether one is set…</source>
        <translation>Es wird geprüft, ob eines gesetzt ist…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic JSON</source>
        <translation>Allgemeines JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Teams (workflow)</source>
        <translation>Microsoft Teams (Workflow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The alert webhook&apos;s URL could not be read: %1</source>
        <translation>Die URL des Warnungs-Webhooks konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the alert webhook&apos;s URL first.</source>
        <translation>Geben Sie zuerst die URL des Warnungs-Webhooks ein.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Status recipient %1</source>
        <translation>Statusempfänger %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address 1 (all empty: any sender)</source>
        <translation>E-Mail-Adresse 1 (alle leer: jeder Absender)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address %1</source>
        <translation>E-Mail-Adresse %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&lt;the POP3 mailbox&apos;s address&gt;</source>
        <translation>&lt;Adresse des POP3-Postfachs&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;your read-only password&gt;</source>
        <translation>&lt;Ihr Nur-Lese-Passwort&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sending a test alert…</source>
        <translation>Testwarnung wird gesendet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System log</source>
        <translation>Systemprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sent (%2)</source>
        <translation>%1: gesendet (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No second channel is on: choose a webhook or the system log.</source>
        <translation>Kein zweiter Kanal ist eingeschaltet: wählen Sie einen Webhook oder das Systemprotokoll.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No status request has been processed yet.</source>
        <translation>Bisher wurde keine Statusanfrage bearbeitet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) processed, newest first.</source>
        <translation>
            <numerusform>%n Anfrage bearbeitet, neueste zuerst.</numerusform>
            <numerusform>%n Anfragen bearbeitet, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Set (only its digest is stored).</source>
        <translation>Gesetzt (nur sein Hashwert ist gespeichert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set: every status request is refused.</source>
        <translation>Nicht gesetzt: jede Statusanfrage wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a digest: every request is refused. Type a new one.</source>
        <translation>Kein Hashwert: jede Anfrage wird abgelehnt. Geben Sie ein neues ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown: the password store cannot be read.</source>
        <translation>Unbekannt: der Passwortspeicher kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The read-only password could not be removed: %1</source>
        <translation>Das Nur-Lese-Passwort konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/RemoteStatusPage.h" line="+43"/>
        <location filename="../ui/SettingsWindow.cpp" line="+11"/>
        <source>Status requests and alerts</source>
        <translation>Statusanfragen und Warnungen</translation>
    </message>
</context>
<context>
    <name>mw::RemoteStatusSecret</name>
    <message>
        <location filename="../core/notify/RemoteStatusSecret.cpp" line="+21"/>
        <source>No password store is available.</source>
        <translation>Kein Passwortspeicher verfügbar.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The password digest could not be computed.</source>
        <translation>Der Hashwert des Passworts konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>mw::Result</name>
    <message>
        <location filename="../core/protocol/Result.cpp" line="+7"/>
        <source>subject %1, issuer %2, valid %3 to %4, SHA-256 %5</source>
        <translation>Inhaber %1, Aussteller %2, gültig %3 bis %4, SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>mw::RoundTrip</name>
    <message>
        <location filename="../core/notify/RoundTrip.cpp" line="+37"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the message</source>
        <translation>Warte auf die Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched over POP3</source>
        <translation>Über POP3 abgeholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from the mailbox</source>
        <translation>Aus dem Postfach gelöscht</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The message was sent, but fetching it over POP3 failed: %1</source>
        <translation>Die Nachricht wurde gesendet, aber das Abholen über POP3 ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The test message came back through %1 after %2 ms; it was deleted from the mailbox.</source>
        <translation>Die Testnachricht kam nach %2 ms über %1 zurück; sie wurde aus dem Postfach gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The test message was accepted for %1 but did not arrive in the POP3 mailbox %2 within %3 s.</source>
        <translation>Die Testnachricht wurde für %1 angenommen, kam aber nicht innerhalb von %3 s im POP3-Postfach %2 an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that this POP3 account receives the notification mailbox, and look for a bounce in the bounced-alerts mailbox (mailwright-cli bounces).</source>
        <translation>Prüfen Sie, ob dieses POP3-Konto das Benachrichtigungspostfach empfängt, und suchen Sie im Postfach für unzustellbare Meldungen nach einer Unzustellbarkeitsmeldung (mailwright-cli bounces).</translation>
    </message>
</context>
<context>
    <name>mw::Router</name>
    <message>
        <location filename="../core/delivery/Router.cpp" line="+51"/>
        <source>%1 is not a permitted recipient (permitted: %2).</source>
        <translation>%1 ist kein zugelassener Empfänger (zugelassen: %2).</translation>
    </message>
</context>
<context>
    <name>mw::ServerCheckController</name>
    <message>
        <location filename="../ui/ServerCheckController.cpp" line="+113"/>
        <location line="+15"/>
        <location line="+9"/>
        <source>Check &amp;what the server supports…</source>
        <translation>Prüfen, was der Server unters&amp;tützt…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Try implicit TLS, STARTTLS and clear text on the usual ports of the server typed above, and recommend the safest combination that works</source>
        <translation>Implizites TLS, STARTTLS und Klartext an den üblichen Ports des oben eingegebenen Servers versuchen und die sicherste funktionierende Kombination empfehlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Get SMTP server address…</source>
        <translation>SMTP-Serveradresse &amp;ermitteln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the server from the domain of the From address (DNS SRV and MX records, autoconfig, known providers)</source>
        <translation>Den Server aus der Domain der Absenderadresse ermitteln (DNS-SRV- und MX-Einträge, Autoconfig, bekannte Anbieter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try implicit TLS, STARTTLS and clear text on the usual ports of the backup server typed above</source>
        <translation>Implizites TLS, STARTTLS und Klartext an den üblichen Ports des oben eingegebenen Backup-Servers versuchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try implicit TLS, STLS and clear text on the usual POP3 ports of the server typed above</source>
        <translation>Implizites TLS, STLS und Klartext an den üblichen POP3-Ports des oben eingegebenen Servers versuchen</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Not offered by %1 on port %2 in this mode.</source>
        <translation>Von %1 an Port %2 in diesem Modus nicht angeboten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 offers no login on port %2 in this mode: only No authentication and POP before SMTP can be chosen.</source>
        <translation>%1 bietet an Port %2 in diesem Modus keine Anmeldung an: nur „Keine Authentifizierung“ und „POP before SMTP“ können gewählt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 offers %2 on port %3 in this mode; the other methods are unavailable.</source>
        <translation>%1 bietet an Port %3 in diesem Modus %2 an; die anderen Verfahren sind nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server certificate</source>
        <translation>Zertifikat des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate is not trusted.</source>
        <translation>Dem Zertifikat wird nicht vertraut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat ve&amp;rtrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat ve&amp;rtrauen</translation>
    </message>
</context>
<context>
    <name>mw::ServerCheckDialog</name>
    <message>
        <location filename="../ui/ServerCheckDialog.cpp" line="+41"/>
        <source>What the SMTP server supports</source>
        <translation>Was der SMTP-Server unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the POP3 server supports</source>
        <translation>Was der POP3-Server unterstützt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m combinations checked</source>
        <translation>%v von %m Kombinationen geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security modes, safest first</source>
        <translation>Sicherheitsmodi, der sicherste zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details of the selected mode</source>
        <translation>Details des ausgewählten Modus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Apply recommended settings</source>
        <translation>&amp;Empfohlene Einstellungen übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the recommended server, port, security and login method into the form; Save keeps them, Discard reverts them</source>
        <translation>Überträgt den empfohlenen Server, Port, die Sicherheit und das Anmeldeverfahren ins Formular; „Speichern“ behält sie, „Änderungen verwerfen“ macht sie rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acce&amp;pt what the server offers now</source>
        <translation>&amp;Akzeptieren, was der Server jetzt anbietet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers less than at the last successful session. Accept it only if its administrator changed it on purpose.</source>
        <translation>Der Server bietet weniger an als bei der letzten erfolgreichen Sitzung. Akzeptieren Sie das nur, wenn seine Administration es absichtlich geändert hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied to the form: Save keeps these settings, Discard changes reverts them.
</source>
        <translation>Ins Formular übernommen: „Speichern“ behält diese Einstellungen, „Änderungen verwerfen“ macht sie rückgängig.
</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Accepted: sessions now expect what the server offers today.</source>
        <translation>Akzeptiert: Sitzungen erwarten jetzt, was der Server heute anbietet.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Type the server&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des Servers ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking %1 in every security mode (nothing is sent, no login)…</source>
        <translation>%1 wird in jedem Sicherheitsmodus geprüft (nichts wird gesendet, keine Anmeldung)…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Each combination has its own timeout of %n seconds per step.</source>
        <translation>
            <numerusform>Jede Kombination hat ihr eigenes Zeitlimit von %n Sekunde pro Schritt.</numerusform>
            <numerusform>Jede Kombination hat ihr eigenes Zeitlimit von %n Sekunden pro Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 server %2: every mode, safest first</source>
        <translation>%1-Server %2: alle Modi, der sicherste zuerst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in there: %1 (the strongest offered that the settings can use)</source>
        <translation>Anmeldung dort: %1 (das stärkste angebotene, das die Einstellungen nutzen können)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The form already uses it.</source>
        <translation>Das Formular verwendet es bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes:
</source>
        <translation>Zu übernehmende Änderungen:
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
</context>
<context>
    <name>mw::ServerPage</name>
    <message>
        <location filename="../ui/ServerPage.cpp" line="+26"/>
        <source>Automatic (TLS on port 465, else STARTTLS when offered; no login without it)</source>
        <translation>Automatisch (TLS an Port 465, sonst STARTTLS, wenn angeboten; ohne Verschlüsselung keine Anmeldung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 587 or 25)</source>
        <translation>STARTTLS (Port 587 oder 25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS von Anfang an (Port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: clear text (not recommended)</source>
        <translation>Keine: Klartext (nicht empfohlen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/SettingsWindow.cpp" line="-4"/>
        <source>Backup server</source>
        <translation>Backup-Server</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use a backup SMTP server when the primary cannot take mail</source>
        <translation>&amp;Backup-SMTP-Server verwenden, wenn der primäre keine E-Mails annimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a backup SMTP server</source>
        <translation>Backup-SMTP-Server verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued mail goes to this server while the primary one fails to connect, or at once while the primary refuses the login; it goes back to the primary when it answers</source>
        <translation>Eingereihte E-Mails gehen an diesen Server, solange keine Verbindung zum primären Server zustande kommt, oder sofort, solange der primäre die Anmeldung ablehnt; sie gehen wieder an den primären, sobald er antwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup ser&amp;ver:</source>
        <translation>Backup-Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before the backup is used</source>
        <translation>Sekunden, bevor der Backup-Server verwendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long (in seconds; 120 = 2 minutes) the primary server must fail to connect before queued mail goes to the backup. A refused login switches at once.</source>
        <translation>Wie lange (in Sekunden; 120 = 2 Minuten) die Verbindung zum primären Server fehlschlagen muss, bevor eingereihte E-Mails an den Backup-Server gehen. Eine abgelehnte Anmeldung schaltet sofort um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch a&amp;fter:</source>
        <translation>&amp;Umschalten nach:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: SMTP authentication method</source>
        <translation>Backup: SMTP-Authentifizierungsverfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: SMTP login name</source>
        <translation>Backup: SMTP-Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>often the full e-mail address</source>
        <translation>oft die vollständige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: SMTP password</source>
        <translation>Backup: SMTP-Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup SMTP</source>
        <translation>Backup-SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Client-Zertifikate (*.pem *.crt *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mw::ServerStatus</name>
    <message>
        <location filename="../core/diagnostics/ServerStatus.cpp" line="+41"/>
        <source>Stop</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection in progress</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
</context>
<context>
    <name>mw::SettingsModel</name>
    <message>
        <location filename="../core/settings/SettingsModel.cpp" line="+71"/>
        <source>The settings are locked; unlock them to make changes.</source>
        <translation>Die Einstellungen sind gesperrt; entsperren Sie sie, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set by your administrator (%1).</source>
        <translation>Von Ihrem Administrator festgelegt (%1).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The settings are locked; unlock them to save.</source>
        <translation>Die Einstellungen sind gesperrt; entsperren Sie sie, um zu speichern.</translation>
    </message>
</context>
<context>
    <name>mw::SettingsValidator</name>
    <message>
        <location filename="../core/settings/SettingsValidator.cpp" line="+56"/>
        <source>The part before the @ is empty.</source>
        <translation>Der Teil vor dem @ ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part before the @ is longer than 64 octets (RFC 5321 §4.5.3.1.1).</source>
        <translation>Der Teil vor dem @ ist länger als 64 Oktette (RFC 5321 §4.5.3.1.1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A backslash in the quoted part before the @ must be followed by a printable character.</source>
        <translation>Auf einen Backslash im Teil vor dem @ in Anführungszeichen muss ein druckbares Zeichen folgen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A quote inside the quoted part before the @ must be written as \&quot;.</source>
        <translation>Ein Anführungszeichen im Teil in Anführungszeichen vor dem @ muss als \&quot; geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das nicht erlaubt ist.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The part before the @ must not begin or end with a dot.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ must not contain two dots in a row.</source>
        <translation>Der Teil vor dem @ darf keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ contains &quot;%1&quot;; put that part in double quotes or remove the character.</source>
        <translation>Der Teil vor dem @ enthält „%1“; setzen Sie diesen Teil in doppelte Anführungszeichen oder entfernen Sie das Zeichen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The address literal must end with ].</source>
        <translation>Das Adressliteral muss mit ] enden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IPv6 address literal is not a valid IPv6 address.</source>
        <translation>Das IPv6-Adressliteral ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An address literal is [IPv4 address] or [IPv6:address] (RFC 5321 §4.1.3).</source>
        <translation>Ein Adressliteral ist [IPv4-Adresse] oder [IPv6:Adresse] (RFC 5321 §4.1.3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+260"/>
        <source>A host name may contain letters, digits, hyphens and dots only (&quot;%1&quot; is not allowed).</source>
        <translation>Ein Hostname darf nur Buchstaben, Ziffern, Bindestriche und Punkte enthalten (&quot;%1&quot; ist nicht erlaubt).</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>The name contains a character that is not allowed.</source>
        <translation>Der Name enthält ein Zeichen, das nicht erlaubt ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name is not a valid internationalised domain name.</source>
        <translation>Der Name ist kein gültiger internationaler Domainname.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than 253 characters.</source>
        <translation>Der Name ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name contains an empty label (two dots in a row, or a leading dot).</source>
        <translation>Der Name enthält einen leeren Namensteil (zwei Punkte hintereinander oder einen Punkt am Anfang).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each part of the name between dots must be at most 63 characters (RFC 1035 §2.3.4).</source>
        <translation>Jeder Teil des Namens zwischen Punkten darf höchstens 63 Zeichen lang sein (RFC 1035 §2.3.4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the name must not begin or end with a hyphen.</source>
        <translation>Ein Teil des Namens darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name is not a valid host name.</source>
        <translation>Der Name ist kein gültiger Rechnername.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This looks like an IPv4 address but is not a valid one.</source>
        <translation>Das sieht wie eine IPv4-Adresse aus, ist aber keine gültige.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Must be a whole number from %1 to %2.</source>
        <translation>Muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server name is empty.</source>
        <translation>Der Servername ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name must be on one line.</source>
        <translation>Der Servername muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Between [ and ] must be an IPv6 address.</source>
        <translation>Zwischen [ und ] muss eine IPv6-Adresse stehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid IPv6 address.</source>
        <translation>Das ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must be on one line.</source>
        <translation>Die Adresse muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the address without &lt; and &gt;.</source>
        <translation>Geben Sie die Adresse ohne &lt; und &gt; ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An e-mail address needs an @ between the name and the domain.</source>
        <translation>Eine E-Mail-Adresse braucht ein @ zwischen Name und Domain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain after the @ is empty.</source>
        <translation>Die Domain nach dem @ ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain after the @ is longer than 255 octets (RFC 5321 §4.5.3.1.2).</source>
        <translation>Die Domain nach dem @ ist länger als 255 Oktette (RFC 5321 §4.5.3.1.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the @: </source>
        <translation>Nach dem @: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is longer than 254 octets (RFC 5321 §4.5.3.1.3).</source>
        <translation>Die Adresse ist länger als 254 Oktette (RFC 5321 §4.5.3.1.3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (colons allowed); this one has %1.</source>
        <translation>Ein SHA-256-Fingerabdruck besteht aus 64 Hexadezimalziffern (Doppelpunkte erlaubt); dieser hat %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A SHA-256 fingerprint contains only the digits 0-9 and the letters A-F.</source>
        <translation>Ein SHA-256-Fingerabdruck enthält nur die Ziffern 0-9 und die Buchstaben A-F.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name must be on one line.</source>
        <translation>Der Name muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The port after the server name must be a number from 1 to 65535.</source>
        <translation>Der Port nach dem Servernamen muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The [ before the IPv6 address is not closed by ].</source>
        <translation>Die [ vor der IPv6-Adresse wird nicht durch ] geschlossen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Between [ and ] must be an IPv6 address; write a host name or an IPv4 address without brackets.</source>
        <translation>Zwischen [ und ] muss eine IPv6-Adresse stehen; schreiben Sie einen Rechnernamen oder eine IPv4-Adresse ohne eckige Klammern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After ] only :port or ,port may follow.</source>
        <translation>Nach ] darf nur :port oder ,port folgen.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsModel.cpp" line="-99"/>
        <location filename="../core/settings/SettingsValidator.cpp" line="+49"/>
        <source>Unknown setting.</source>
        <translation>Unbekannte Einstellung.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsValidator.cpp" line="+3"/>
        <source>Must be on one line (line breaks are not allowed).</source>
        <translation>Muss in einer Zeile stehen (Zeilenumbrüche sind nicht erlaubt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Must be true or false.</source>
        <translation>Muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Must be one of: %1.</source>
        <translation>Muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Must be on one line.</source>
        <translation>Muss in einer Zeile stehen.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Must be at most 255 octets.</source>
        <translation>Darf höchstens 255 Oktette lang sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Must be at most 256 characters.</source>
        <translation>Darf höchstens 256 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Enter the SMTP server; it is required while sending through SMTP is enabled.</source>
        <translation>Geben Sie den SMTP-Server ein; er ist erforderlich, solange der Versand über SMTP aktiviert ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the SMTP login name; the chosen authentication method needs one.</source>
        <translation>Geben Sie den SMTP-Anmeldenamen ein; das gewählte Authentifizierungsverfahren braucht einen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+51"/>
        <source>Enter the client certificate file; EXTERNAL signs in with the TLS client certificate.</source>
        <translation>Geben Sie die Client-Zertifikatsdatei an; EXTERNAL meldet sich mit dem TLS-Client-Zertifikat an.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Enter the mail account (address) to sign in as; OAuth2 sends it with the token.</source>
        <translation>Geben Sie das E-Mail-Konto (Adresse) ein, mit dem die Anmeldung erfolgt; OAuth2 sendet es mit dem Token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the client id registered with the OAuth2 provider.</source>
        <translation>Geben Sie die beim OAuth2-Anbieter registrierte Client-ID ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the issuer URL of the OpenID provider.</source>
        <translation>Geben Sie die Aussteller-URL des OpenID-Anbieters ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Must be an https:// URL without query or fragment (http:// only for this machine).</source>
        <translation>Muss eine https://-URL ohne Abfrageteil und Fragment sein (http:// nur für diesen Rechner).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the POP3 server; POP-before-SMTP logs in there before sending.</source>
        <translation>Geben Sie den POP3-Server ein; POP-before-SMTP meldet sich dort vor dem Senden an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the POP3 server; it is required while POP3 is enabled.</source>
        <translation>Geben Sie den POP3-Server ein; er ist erforderlich, solange POP3 aktiviert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the POP3 login name; a POP3 login needs one.</source>
        <translation>Geben Sie den POP3-Anmeldenamen ein; eine POP3-Anmeldung braucht einen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the pickup folder; it is required when the delivery method is pickup.</source>
        <translation>Geben Sie den Abholordner an; er ist erforderlich, wenn als Zustellverfahren der Abholordner gewählt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the sender address; every message needs a From: address.</source>
        <translation>Geben Sie die Absenderadresse ein; jede Nachricht braucht eine From:-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the secret file; it is required when passwords are kept in a file.</source>
        <translation>Geben Sie die Passwortdatei an; sie ist erforderlich, wenn Passwörter in einer Datei gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>mw::SettingsWindow</name>
    <message>
        <location filename="../ui/SettingsWindow.cpp" line="-79"/>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh stat&amp;us</source>
        <translation>Stat&amp;us aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the saved servers now (connect and log in, nothing is sent)</source>
        <translation>Die gespeicherten Server jetzt prüfen (verbinden und anmelden, nichts wird gesendet)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep passwords in a &amp;file instead</source>
        <translation>Passwörter stattdessen in einer &amp;Datei aufbewahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gn in again</source>
        <translation>Anmeldung wieder&amp;holen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Discard c&amp;hanges</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+135"/>
        <source>Save the settings and passwords (Ctrl+S)</source>
        <translation>Einstellungen und Passwörter speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;bout</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>H&amp;istory…</source>
        <translation>Ver&amp;lauf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every message the queue handed over, with its outcome</source>
        <translation>Jede Nachricht, die die Warteschlange übergeben hat, mit ihrem Ergebnis</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New configuration: it will be created at %1 when you save.</source>
        <translation>Neue Konfiguration: sie wird beim Speichern unter %1 angelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Saving is disabled so that the file is not overwritten.</source>
        <translation>%1 Speichern ist deaktiviert, damit die Datei nicht überschrieben wird.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passwords cannot be stored: %1</source>
        <translation>Passwörter können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1[*] — Mailwright e-mail settings</source>
        <translation>%1[*] — Mailwright-E-Mail-Einstellungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving is disabled: the configuration file could not be read.</source>
        <translation>Speichern ist deaktiviert: die Konfigurationsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save yet: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3</source>
        <translation>Noch nicht speicherbar: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The keychain could not be used: %1 You can keep the passwords in a file that only you can read instead.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden: %1 Sie können die Passwörter stattdessen in einer Datei aufbewahren, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password store could not be used: %1</source>
        <translation>Der Passwortspeicher konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving is disabled: %1</source>
        <translation>Speichern ist deaktiviert: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowStatus.cpp" line="+101"/>
        <source>Warning: the POP3 server works, but not encrypted: it offers no STLS (or someone on the way removed it). With security &quot;Automatic&quot; Mailwright goes on in clear text only because no login is set. Ask the server&apos;s administrator to enable STLS, or use TLS (port 995).</source>
        <translation>Warnung: der POP3-Server funktioniert, aber unverschlüsselt: er bietet kein STLS an (oder jemand auf dem Weg hat es entfernt). Mit der Sicherheit „Automatisch“ macht Mailwright nur deshalb im Klartext weiter, weil keine Anmeldung gesetzt ist. Bitten Sie die Administration des Servers, STLS einzuschalten, oder verwenden Sie TLS (Port 995).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: the SMTP server works, but not encrypted: it offers no STARTTLS (or someone on the way removed it). With security &quot;Automatic&quot; messages go out in clear text, without a login, and a configured login would be refused. Ask the server&apos;s administrator to enable STARTTLS, or use TLS (port 465).</source>
        <translation>Warnung: der SMTP-Server funktioniert, aber unverschlüsselt: er bietet kein STARTTLS an (oder jemand auf dem Weg hat es entfernt). Mit der Sicherheit „Automatisch“ gehen Nachrichten im Klartext und ohne Anmeldung hinaus, und eine eingerichtete Anmeldung würde verweigert. Bitten Sie die Administration des Servers, STARTTLS einzuschalten, oder verwenden Sie TLS (Port 465).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-in required: the saved OAuth2 sign-in is no longer accepted. Nothing is sent until you sign in again.</source>
        <translation>Anmeldung erforderlich: die gespeicherte OAuth2-Anmeldung wird nicht mehr akzeptiert. Bis Sie sich erneut anmelden, wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Nothing is sent until you sign in again.</source>
        <translation>%1 Bis Sie sich erneut anmelden, wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The queue is held: %1</source>
        <translation>Die Warteschlange ist angehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowTest.cpp" line="+80"/>
        <source>Set the POP3 server and login name of the account that receives the notification mailbox (POP3 tab) to fetch the test message back</source>
        <translation>Setzen Sie POP3-Server und Anmeldenamen des Kontos, das das Benachrichtigungspostfach empfängt (Reiter „POP3“), um die Testnachricht zurückzuholen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix “%1” first: %2</source>
        <translation>Zuerst „%1“ korrigieren: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field is marked on its tab.</source>
        <translation>Das Feld ist auf seinem Reiter markiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OAuth2 settings have changed since they were saved.</source>
        <translation>Die OAuth2-Einstellungen wurden seit dem Speichern geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them and sign in again, then test.</source>
        <translation>Speichern Sie sie, melden Sie sich erneut an und testen Sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindow.cpp" line="+104"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have changed. Save them before closing?</source>
        <translation>Die Einstellungen wurden geändert. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowPolicy.cpp" line="+45"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the administrator password to change the settings</source>
        <translation>Geben Sie das Administratorpasswort ein, um die Einstellungen zu ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Managed by your organisation: these settings are read-only (%1). Sending a test and checking the servers still work.</source>
        <translation>Von Ihrer Organisation verwaltet: diese Einstellungen sind schreibgeschützt (%1). Testnachrichten senden und Server prüfen ist weiterhin möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some settings are managed by your organisation (%1): they are marked with a lock.</source>
        <translation>Einige Einstellungen werden von Ihrer Organisation verwaltet (%1): sie sind mit einem Schloss gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked by an administrator: the settings are read-only until you unlock them. Sending a test and checking the servers still work.</source>
        <translation>Von einem Administrator gesperrt: die Einstellungen sind schreibgeschützt, bis Sie sie entsperren. Testnachrichten senden und Server prüfen ist weiterhin möglich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocked: the settings can be changed. Lock them again when you are done.</source>
        <translation>Entsperrt: die Einstellungen können geändert werden. Sperren Sie sie wieder, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the settings read-only again (save or discard your changes first)</source>
        <translation>Die Einstellungen wieder schreibgeschützt machen (speichern oder verwerfen Sie zuerst Ihre Änderungen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only while the settings are locked</source>
        <translation>Schreibgeschützt, solange die Einstellungen gesperrt sind</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowBackup.cpp" line="+19"/>
        <source>Backup SMTP</source>
        <translation>Backup-SMTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server to test</source>
        <translation>Zu testender Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which SMTP server Send test, Check login and Verify addresses use</source>
        <translation>Welchen SMTP-Server „Testnachricht senden“, „Nur Anmeldung prüfen“ und „Adressen prüfen“ verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowBundle.cpp" line="+20"/>
        <source>Save support &amp;bundle…</source>
        <translation>Support-&amp;Paket speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One ZIP file for a support request: diagnostics, transcripts, the last server check with its certificates, the queue and versions. It holds no password.</source>
        <translation>Eine ZIP-Datei für eine Supportanfrage: Diagnose, Protokolle, die letzte Serverprüfung mit ihren Zertifikaten, die Warteschlange und Versionen. Sie enthält kein Passwort.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing the support bundle…</source>
        <translation>Support-Paket wird geschrieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the support bundle… (%1 of %2 files)</source>
        <translation>Support-Paket wird geschrieben… (%1 von %2 Dateien)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The support bundle was not saved. %1</source>
        <translation>Das Support-Paket wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support bundle saved to %1 (%2 files). It holds no password; look through it before you send it.</source>
        <translation>Support-Paket in %1 gespeichert (%2 Dateien). Es enthält kein Passwort; sehen Sie es durch, bevor Sie es senden.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowQueue.cpp" line="+21"/>
        <source>&amp;Queue…</source>
        <translation>&amp;Warteschlange…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting, held and dead-lettered messages; bounces of sent ones</source>
        <translation>Wartende, angehaltene und unzustellbare Nachrichten; Unzustellbarkeitsmeldungen gesendeter Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowSetup.cpp" line="+25"/>
        <source>No mail server is set up yet. Mailwright can find the settings from the address the notifications are sent from.</source>
        <translation>Es ist noch kein Mailserver eingerichtet. Mailwright kann die Einstellungen anhand der Adresse ermitteln, von der die Benachrichtigungen gesendet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up from an e-mail &amp;address…</source>
        <translation>Anhand einer E-Mail-&amp;Adresse einrichten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up manually</source>
        <translation>Manuell einrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this offer and fill in the tabs yourself</source>
        <translation>Dieses Angebot ausblenden und die Reiter selbst ausfüllen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowTray.cpp" line="+40"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show status in the tra&amp;y</source>
        <translation>Status im &amp;Infobereich zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show status in the tray</source>
        <translation>Status im Infobereich zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An icon with the worst server status, a notification when a server cannot be reached or the queue is held; Close then keeps Mailwright running in the tray</source>
        <translation>Ein Symbol mit dem schlechtesten Serverstatus, eine Benachrichtigung, wenn ein Server nicht erreichbar oder die Warteschlange angehalten ist; „Schließen“ lässt Mailwright dann im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at lo&amp;gin (in the tray)</source>
        <translation>Bei der A&amp;nmeldung starten (im Infobereich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login in the tray</source>
        <translation>Bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry: %1</source>
        <translation>Eintrag: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For you on this computer only, applied at once (not part of the configuration file).</source>
        <translation>Nur für Sie auf diesem Computer, sofort wirksam (nicht Teil der Konfigurationsdatei).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This desktop has no system tray (notification area), so the status cannot be shown there.</source>
        <translation>Dieser Desktop hat keinen Infobereich (Systembereich der Taskleiste), daher kann der Status dort nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>mw::SetupAssistant</name>
    <message>
        <location filename="../ui/SetupAssistant.cpp" line="+42"/>
        <source>Set up from an e-mail address</source>
        <translation>Anhand einer E-Mail-Adresse einrichten</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Probing the servers found: %n checked…</source>
        <translation>
            <numerusform>Gefundene Server werden geprüft: %n geprüft…</numerusform>
            <numerusform>Gefundene Server werden geprüft: %n geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the address the notifications are sent from. Mailwright looks up its mail servers (known providers, the domain&apos;s autoconfig document, DNS records), tries every one, and proposes the safest that works.</source>
        <translation>Geben Sie die Adresse ein, von der die Benachrichtigungen gesendet werden. Mailwright schlägt ihre Mailserver nach (bekannte Anbieter, das Autoconfig-Dokument der Domain, DNS-Einträge), versucht jeden und schlägt den sichersten vor, der funktioniert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail &amp;address:</source>
        <translation>E-Mail-&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the secret store, never in the settings file</source>
        <translation>im Passwortspeicher aufbewahrt, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set up &amp;manually</source>
        <translation>&amp;Manuell einrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this assistant and fill in the tabs yourself</source>
        <translation>Diesen Assistenten schließen und die Reiter selbst ausfüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find settings</source>
        <translation>Einstellungen &amp;finden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Servers found</source>
        <translation>Gefundene Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>Gefunden durch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use these settings</source>
        <translation>Diese Einstellungen &amp;verwenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Choose another server</source>
        <translation>Anderen Server &amp;wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>These settings are now in the form (not saved yet):
%1

</source>
        <translation>Diese Einstellungen stehen jetzt im Formular (noch nicht gespeichert):
%1

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the OAuth2 client ID on the Authentication tab, Save, and sign in there; then send a test message.</source>
        <translation>Geben Sie die OAuth2-Client-ID auf dem Reiter „Authentifizierung“ ein, speichern Sie und melden Sie sich dort an; senden Sie dann eine Testnachricht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test message to prove them, then Save.</source>
        <translation>Senden Sie eine Testnachricht, um sie zu bestätigen, und speichern Sie dann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending a test message…</source>
        <translation>Testnachricht wird gesendet…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign in with %1 (OAuth2) instead of a password</source>
        <translation>Mit %1 (OAuth2) statt mit einem Passwort anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the whole address, for example alerts@example.com.</source>
        <translation>Geben Sie die vollständige Adresse ein, zum Beispiel alerts@example.com.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the servers of %1…</source>
        <translation>Server von %1 werden nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not probed: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n working server(s) found; every one was tried before it is offered.</source>
        <translation>
            <numerusform>%n funktionierender Server gefunden; er wurde vor dem Anbieten ausprobiert.</numerusform>
            <numerusform>%n funktionierende Server gefunden; jeder wurde vor dem Anbieten ausprobiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I have checked that %1 is the mail server of %2</source>
        <translation>Ich habe geprüft, dass %1 der Mailserver von %2 ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No server was found for this address: set it up manually.</source>
        <translation>Für diese Adresse wurde kein Server gefunden: richten Sie ihn manuell ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not answer the probe: it cannot be used.</source>
        <translation>%1 hat auf die Prüfung nicht geantwortet: er kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ The test message was sent. Save keeps these settings.</source>
        <translation>✓ Die Testnachricht wurde gesendet. „Speichern“ übernimmt diese Einstellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ %1
%2
The Test panel of the window has the details.</source>
        <translation>✗ %1
%2
Details stehen im Bereich „Test“ des Fensters.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings could not be saved: the window says why.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: das Fenster nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>mw::SetupProposal</name>
    <message>
        <location filename="../core/diagnostics/SetupProposal.cpp" line="+49"/>
        <source>DNS SRV record</source>
        <translation>DNS-SRV-Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>autoconfig document</source>
        <translation>Autoconfig-Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider table</source>
        <translation>Anbietertabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MX record</source>
        <translation>MX-Eintrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>guess</source>
        <translation>Vermutung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the address you typed</source>
        <translation>die von Ihnen eingegebene Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notifications go to the same address until you change it</source>
        <translation>Benachrichtigungen gehen an dieselbe Adresse, bis Sie das ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login name you typed</source>
        <translation>der von Ihnen eingegebene Anmeldename</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>most servers take the address as the login name</source>
        <translation>die meisten Server verwenden die Adresse als Anmeldenamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you chose the provider&apos;s sign-in</source>
        <translation>Sie haben die Anmeldung des Anbieters gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider of the address</source>
        <translation>der Anbieter der Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the probe verified the certificate with this CA file</source>
        <translation>die Prüfung hat das Zertifikat mit dieser CA-Datei verifiziert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 port %2 with %3, found by %4 (%5). It answered the probe: %6</source>
        <translation>%1 Port %2 mit %3, gefunden durch %4 (%5). Er hat auf die Prüfung geantwortet: %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The safest of %n working server(s): encrypted before any password, named by the most trustworthy source.</source>
        <translation>Der sicherste von %n funktionierenden Servern: verschlüsselt vor jedem Passwort, genannt von der vertrauenswürdigsten Quelle.</translation>
    </message>
</context>
<context>
    <name>mw::SignInBackends</name>
    <message>
        <location filename="../ui/SignInBackends.cpp" line="+58"/>
        <source>Ticket for %1, valid until %2</source>
        <translation>Ticket für %1, gültig bis %2</translation>
    </message>
</context>
<context>
    <name>mw::SignInFields</name>
    <message>
        <location filename="../ui/SignInFields.cpp" line="+63"/>
        <source>%1 domain or Kerberos realm</source>
        <translation>%1-Domäne oder Kerberos-Realm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTLM: the Windows domain; Kerberos: empty for the default realm</source>
        <translation>NTLM: die Windows-Domäne; Kerberos: leer für den Standard-Realm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain / rea&amp;lm:</source>
        <translation>Domäne / Rea&amp;lm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 client certificate file</source>
        <translation>%1-Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM (certificate and key) or PKCS#12 file</source>
        <translation>PEM-Datei (Zertifikat und Schlüssel) oder PKCS#12-Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1 client certificate file</source>
        <translation>%1-Client-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 client certificate key passphrase</source>
        <translation>Passphrase des %1-Client-Zertifikatsschlüssels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key pass&amp;phrase:</source>
        <translation>Schlüssel-Pass&amp;phrase:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 client certificate details</source>
        <translation>Details des %1-Client-Zertifikats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kerberos ticket</source>
        <translation>Kerberos-Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the Kerberos ticket again (after kinit or a domain log-in)</source>
        <translation>Das Kerberos-Ticket erneut lesen (nach kinit oder einer Domänenanmeldung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kerberos:</source>
        <translation>Kerberos:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reading the certificate…</source>
        <translation>Zertifikat wird gelesen…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Looking for a Kerberos ticket…</source>
        <translation>Suche nach einem Kerberos-Ticket…</translation>
    </message>
</context>
<context>
    <name>mw::SmtpSession</name>
    <message>
        <location filename="../core/protocol/SmtpWire.cpp" line="+98"/>
        <source>Line %1 of the message is %2 octets long; SMTP allows at most %3.</source>
        <translation>Zeile %1 der Nachricht ist %2 Oktette lang; SMTP erlaubt höchstens %3.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpSession.cpp" line="+48"/>
        <source>No SMTP server (host and port) is configured.</source>
        <translation>Kein SMTP-Server (Rechner und Port) konfiguriert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authentication is on but no login name is set.</source>
        <translation>Authentifizierung ist eingeschaltet, aber kein Anmeldename ist gesetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication is on but no password is set.</source>
        <translation>Authentifizierung ist eingeschaltet, aber kein Passwort ist gesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OAuth2 sign-in is chosen but no access token is available: sign in first.</source>
        <translation>OAuth2-Anmeldung ist gewählt, aber kein Zugriffstoken ist vorhanden: melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>This server speaks POP3, not SMTP: check the port number.</source>
        <translation>Dieser Server spricht POP3, nicht SMTP: prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server speaks IMAP, not SMTP: check the port number.</source>
        <translation>Dieser Server spricht IMAP, nicht SMTP: prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server speaks HTTP, not SMTP: check the port number.</source>
        <translation>Dieser Server spricht HTTP, nicht SMTP: prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server speaks SSH, not SMTP: check the port number.</source>
        <translation>Dieser Server spricht SSH, nicht SMTP: prüfen Sie die Portnummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer is not a valid SMTP reply (%1).</source>
        <translation>Die Antwort des Servers ist keine gültige SMTP-Antwort (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server is closing the connection.</source>
        <translation>Der Server schließt die Verbindung.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+55"/>
        <source>The server sent a reply nobody asked for.</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server refused to serve this client.</source>
        <translation>Der Server hat es abgelehnt, diesen Client zu bedienen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent replies before the client&apos;s first command.</source>
        <translation>Der Server hat vor dem ersten Befehl des Clients Antworten gesendet.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server did not accept the greeting (EHLO).</source>
        <translation>Der Server hat die Begrüßung (EHLO) nicht angenommen.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The server accepted neither EHLO nor HELO.</source>
        <translation>Der Server hat weder EHLO noch HELO angenommen.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The server announced STARTTLS but refused to start it; nothing was sent in clear.</source>
        <translation>Der Server hat STARTTLS angekündigt, aber den Start verweigert; nichts wurde im Klartext gesendet.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The server does not offer STARTTLS, and the settings require it; no password or message was sent.</source>
        <translation>Der Server bietet kein STARTTLS an, und die Einstellungen verlangen es; weder Passwort noch Nachricht wurden gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server does not offer STARTTLS (or someone on the way removed it), and security &quot;Automatic&quot; never logs in without encryption; no password or message was sent.</source>
        <translation>Der Server bietet kein STARTTLS an (oder jemand auf dem Weg hat es entfernt), und die Sicherheit „Automatisch“ meldet sich nie ohne Verschlüsselung an; weder Passwort noch Nachricht wurden gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use security &quot;TLS&quot; (port 465) if the server offers it, or ask its administrator to enable STARTTLS. Only on a trusted network: security &quot;None&quot; allows a login in clear.</source>
        <translation>Verwenden Sie die Sicherheit „TLS“ (Port 465), wenn der Server es anbietet, oder bitten Sie seine Administration, STARTTLS einzuschalten. Nur in einem vertrauenswürdigen Netz: die Sicherheit „Keine“ erlaubt eine Anmeldung im Klartext.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpAuthenticator.cpp" line="+143"/>
        <source>The server keeps asking for more authentication data without end.</source>
        <translation>Der Server verlangt endlos weitere Authentifizierungsdaten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server answered the %1 sign-in with a challenge that is not the base64 JSON error RFC 7628 §3.2.2 describes.</source>
        <translation>Der Server hat die %1-Anmeldung mit einer Challenge beantwortet, die nicht der base64-JSON-Fehler aus RFC 7628 §3.2.2 ist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server asked for more authentication data than %1 uses.</source>
        <translation>Der Server hat mehr Authentifizierungsdaten verlangt, als %1 verwendet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server refused the OAuth2 access token (%1) for %2.</source>
        <translation>Der Server hat das OAuth2-Zugriffstoken (%1) für %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The server could not check the login just now.</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept %1 here.</source>
        <translation>Der Server akzeptiert %1 hier nicht.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpWire.cpp" line="+188"/>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address %1 cannot be used in an SMTP command (it contains a line break or an angle bracket).</source>
        <translation>Die Adresse %1 kann nicht in einem SMTP-Befehl verwendet werden (sie enthält einen Zeilenumbruch oder eine spitze Klammer).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The message is %1 octets; the server accepts at most %2.</source>
        <translation>Die Nachricht hat %1 Oktette; der Server nimmt höchstens %2 an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The message contains 8-bit data and the server does not offer 8BITMIME.</source>
        <translation>Die Nachricht enthält 8-Bit-Daten, und der Server bietet kein 8BITMIME an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An address has non-ASCII characters and the server does not offer SMTPUTF8.</source>
        <translation>Eine Adresse enthält Nicht-ASCII-Zeichen, und der Server bietet kein SMTPUTF8 an.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpTransaction.cpp" line="+333"/>
        <source>The server rejected the sender address %1.</source>
        <translation>Der Server hat die Absenderadresse %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The message was sent, but the server rejected some recipients: %1</source>
        <translation>Die Nachricht wurde gesendet, aber der Server hat einige Empfänger abgelehnt: %1</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+28"/>
        <source>The server refused to reset the transaction.</source>
        <translation>Der Server hat das Zurücksetzen der Transaktion verweigert.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>The server rejected the recipient: %1</source>
        <translation>Der Server hat den Empfänger abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpSession.cpp" line="-234"/>
        <source>This port may expect STARTTLS or no encryption: try security &quot;STARTTLS&quot; (ports 587 or 25).</source>
        <translation>Dieser Port erwartet vielleicht STARTTLS oder keine Verschlüsselung: versuchen Sie die Sicherheit „STARTTLS“ (Ports 587 oder 25).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This port answered in clear text, not with TLS: it expects STARTTLS (or no encryption), not implicit TLS. (%1)</source>
        <translation>Dieser Port hat im Klartext geantwortet, nicht mit TLS: er erwartet STARTTLS (oder keine Verschlüsselung), kein implizites TLS. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server that stays silent after connecting often expects implicit TLS: try security &quot;TLS&quot; (port 465).</source>
        <translation>Ein Server, der nach dem Verbinden schweigt, erwartet oft implizites TLS: versuchen Sie die Sicherheit „TLS“ (Port 465).</translation>
    </message>
</context>
<context>
    <name>mw::SpoolFiles</name>
    <message>
        <location filename="../core/settings/SpoolFiles.cpp" line="+35"/>
        <location line="+61"/>
        <location line="+36"/>
        <source>%1 is a symbolic link; refused.</source>
        <translation>%1 ist ein symbolischer Link; abgelehnt.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file of this user; refused.</source>
        <translation>%1 ist keine reguläre Datei dieses Benutzers; abgelehnt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>The folder %1 is a symbolic link; refused (give the real folder).</source>
        <translation>Der Ordner %1 ist ein symbolischer Link; abgelehnt (geben Sie den echten Ordner an).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 belongs to another user (uid %2); refused.</source>
        <translation>Der Ordner %1 gehört einem anderen Benutzer (uid %2); abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot make the folder %1 private (chmod 700): %2</source>
        <translation>Der Ordner %1 kann nicht privat gemacht werden (chmod 700): %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot make %1 private (chmod 600): %2</source>
        <translation>%1 kann nicht privat gemacht werden (chmod 600): %2</translation>
    </message>
</context>
<context>
    <name>mw::StatusIndicator</name>
    <message>
        <location filename="../ui/StatusIndicator.cpp" line="+92"/>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>— unencrypted</source>
        <translation>— unverschlüsselt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— pinned certificate changed!</source>
        <translation>— hinterlegtes Zertifikat geändert!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— certificate expired</source>
        <translation>— Zertifikat abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>— certificate expires in %n day(s)</source>
        <translation>
            <numerusform>— Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>— Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled or no server set.</source>
        <translation>Deaktiviert oder kein Server gesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing tried since start or since the settings changed.</source>
        <translation>Seit dem Start oder seit der Änderung der Einstellungen nichts versucht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check: %1</source>
        <translation>Letzte Prüfung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency: %1 ms</source>
        <translation>Latenz: %1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Certificate valid for %n more day(s), until %1.</source>
        <translation>
            <numerusform>Zertifikat noch %n Tag gültig, bis %1.</numerusform>
            <numerusform>Zertifikat noch %n Tage gültig, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate: %1, SHA-256 %2</source>
        <translation>Zertifikat: %1, SHA-256 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: the last session was not encrypted. The server offers no STARTTLS (or someone on the way removed it), so it went on in clear text only because no login is configured; with a login it would have stopped.</source>
        <translation>Warnung: die letzte Sitzung war nicht verschlüsselt. Der Server bietet kein STARTTLS an (oder jemand auf dem Weg hat es entfernt); sie lief nur deshalb im Klartext weiter, weil keine Anmeldung eingerichtet ist; mit einer Anmeldung wäre sie abgebrochen worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in required: the saved OAuth2 sign-in was refused. Sign in again on the Authentication tab; until then nothing is sent.</source>
        <translation>Anmeldung erforderlich: die gespeicherte OAuth2-Anmeldung wurde abgelehnt. Melden Sie sich auf dem Reiter „Authentifizierung“ erneut an; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login was rejected: automatic checks will not log in again until the settings or the password change (Refresh Status still does).</source>
        <translation>Die Anmeldung wurde abgelehnt: automatische Prüfungen melden sich nicht erneut an, bis sich Einstellungen oder Passwort ändern („Status aktualisieren“ tut es weiterhin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 status</source>
        <translation>%1-Status</translation>
    </message>
</context>
<context>
    <name>mw::StatusMonitor</name>
    <message>
        <location filename="../core/diagnostics/StatusMonitor.cpp" line="+374"/>
        <source>OAuth2 sign-in is chosen but no sign-in is available here: sign in first.</source>
        <translation>OAuth2-Anmeldung ist gewählt, aber hier ist keine Anmeldung verfügbar: melden Sie sich zuerst an.</translation>
    </message>
</context>
<context>
    <name>mw::StatusReport</name>
    <message>
        <location filename="../core/notify/StatusReport.cpp" line="+17"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (not configured)</source>
        <translation>%1: %2 (nicht konfiguriert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, last check %3</source>
        <translation>%1: %2, letzte Prüfung %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: %1 (%2)</source>
        <translation>Grund: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 certificate: unknown (no TLS session recorded)</source>
        <translation>%1-Zertifikat: unbekannt (keine TLS-Sitzung aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 certificate: %2 day(s) left (until %3)</source>
        <translation>%1-Zertifikat: noch %2 Tag(e) (bis %3)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Mailwright status: %1</source>
        <translation>Mailwright-Status: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mailwright %1 on %2, %3 (UTC)</source>
        <translation>Mailwright %1 auf %2, %3 (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue: %1 message(s) waiting</source>
        <translation>Warteschlange: %1 wartende Nachricht(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, oldest %1 s</source>
        <translation>, älteste %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue HELD since %1: %2 (%3)</source>
        <translation>Warteschlange ANGEHALTEN seit %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue not held</source>
        <translation>Warteschlange nicht angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letters: %1</source>
        <translation>Unzustellbare Nachrichten: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last Send Test: %1, %2</source>
        <translation>Letzte Testnachricht: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last Send Test: unknown (none recorded)</source>
        <translation>Letzte Testnachricht: unbekannt (keine aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an automatic answer to a status request.</source>
        <translation>Dies ist eine automatische Antwort auf eine Statusanfrage.</translation>
    </message>
</context>
<context>
    <name>mw::StatusRequestCheck</name>
    <message>
        <location filename="../core/notify/StatusRequestCheck.cpp" line="+36"/>
        <source>The request is malformed: %1</source>
        <translation>Die Anfrage ist fehlerhaft: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not permitted to ask for the status (remote_status/permitted).</source>
        <translation>%1 darf den Status nicht anfordern (remote_status/permitted).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message failed authentication: %1 (Authentication-Results of %2).</source>
        <translation>Die Nachricht hat die Authentifizierung nicht bestanden: %1 (Authentication-Results von %2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remote status requests are switched off (remote_status/enabled).</source>
        <translation>Status-Fernabfragen sind ausgeschaltet (remote_status/enabled).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote status requests are read over POP3: switch on pop3/enabled.</source>
        <translation>Status-Fernabfragen werden über POP3 gelesen: schalten Sie pop3/enabled ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret store holds the remote status password.</source>
        <translation>Kein Passwortspeicher enthält das Passwort für Status-Fernabfragen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No remote status password is stored (secret &quot;remote-status&quot;); the mailbox was not read.</source>
        <translation>Es ist kein Passwort für Status-Fernabfragen gespeichert (Secret „remote-status“); das Postfach wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>This request was processed before (a replay).</source>
        <translation>Diese Anfrage wurde bereits bearbeitet (ein Replay).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was answered less than %n minute(s) ago (rate limit).</source>
        <translation>
            <numerusform>%1 wurde vor weniger als %n Minute beantwortet (Ratenbegrenzung).</numerusform>
            <numerusform>%1 wurde vor weniger als %n Minuten beantwortet (Ratenbegrenzung).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer may not be sent: %1</source>
        <translation>Die Antwort darf nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer could not be queued: %1</source>
        <translation>Die Antwort konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>answered to %1</source>
        <translation>an %1 beantwortet</translation>
    </message>
</context>
<context>
    <name>mw::StatusRequestParser</name>
    <message>
        <location filename="../core/notify/StatusRequest.cpp" line="+247"/>
        <source>The header holds a NUL character.</source>
        <translation>Der Nachrichtenkopf enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message starts with a continuation line.</source>
        <translation>Die Nachricht beginnt mit einer Fortsetzungszeile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A header field is too long.</source>
        <translation>Ein Kopfzeilenfeld ist zu lang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A header line has no field name.</source>
        <translation>Eine Kopfzeile hat keinen Feldnamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header has too many fields.</source>
        <translation>Der Nachrichtenkopf hat zu viele Felder.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The request has no From address.</source>
        <translation>Die Anfrage hat keine From-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request has more than one From address.</source>
        <translation>Die Anfrage hat mehr als eine From-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The envelope sender (Return-Path %1) is not the From address %2.</source>
        <translation>Der Umschlag-Absender (Return-Path %1) ist nicht die From-Adresse %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Sender field (%1) is not the From address %2, and there is no Return-Path to confirm it.</source>
        <translation>Das Sender-Feld (%1) ist nicht die From-Adresse %2, und es gibt keinen Return-Path, der es bestätigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message has no header.</source>
        <translation>Die Nachricht hat keinen Nachrichtenkopf.</translation>
    </message>
</context>
<context>
    <name>mw::StatusRequestService</name>
    <message>
        <location filename="../core/notify/StatusRequestService.cpp" line="+70"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mw::SystemLog</name>
    <message>
        <location filename="../core/notify/SystemLog_unix.cpp" line="+52"/>
        <source>The system log socket path is too long.</source>
        <translation>Der Socket-Pfad des Systemprotokolls ist zu lang.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The system log at %1 took nothing: %2</source>
        <translation>Das Systemprotokoll unter %1 hat nichts angenommen: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/SystemLog_win.cpp" line="+21"/>
        <source>The event log could not be opened (error %1).</source>
        <translation>Das Ereignisprotokoll konnte nicht geöffnet werden (Fehler %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The event log took nothing (error %1).</source>
        <translation>Das Ereignisprotokoll hat nichts angenommen (Fehler %1).</translation>
    </message>
</context>
<context>
    <name>mw::TestMessage</name>
    <message>
        <location filename="../core/delivery/TestMessage.cpp" line="+36"/>
        <source>Mailwright test message from %1</source>
        <translation>Mailwright-Testnachricht von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (plain text)</source>
        <translation>keine (Klartext)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS (implicit)</source>
        <translation>TLS (implizit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PLAIN</source>
        <translation>PLAIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POP before SMTP</source>
        <translation>POP before SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 (XOAUTH2)</source>
        <translation>OAuth2 (XOAUTH2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 (OAUTHBEARER)</source>
        <translation>OAuth2 (OAUTHBEARER)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCRAM-SHA-256</source>
        <translation>SCRAM-SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCRAM-SHA-1</source>
        <translation>SCRAM-SHA-1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kerberos (GSSAPI)</source>
        <translation>Kerberos (GSSAPI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS client certificate (EXTERNAL)</source>
        <translation>TLS-Client-Zertifikat (EXTERNAL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a test message sent by Mailwright %1 to check how this system sends its notification e-mail.</source>
        <translation>Dies ist eine Testnachricht, die Mailwright %1 gesendet hat, um zu prüfen, wie dieses System seine Benachrichtigungs-E-Mails versendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you are reading it, the settings below work: no action is needed.</source>
        <translation>Wenn Sie dies lesen, funktionieren die unten stehenden Einstellungen: es ist nichts zu tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent from host: %1</source>
        <translation>Gesendet von Rechner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at: %1 (UTC)</source>
        <translation>Gesendet um: %1 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time: %1</source>
        <translation>Ortszeit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings used:</source>
        <translation>Verwendete Einstellungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Delivery: pickup folder %1</source>
        <translation>  Zustellung: Abholordner %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  SMTP server: %1</source>
        <translation>  SMTP-Server: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Port: %1</source>
        <translation>  Port: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Security: %1</source>
        <translation>  Sicherheit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Authentication: %1</source>
        <translation>  Authentifizierung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Login name: %1</source>
        <translation>  Anmeldename: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  POP3 server: %1 port %2 (login name %3)</source>
        <translation>  POP3-Server: %1 Port %2 (Anmeldename %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  From: %1</source>
        <translation>  Von: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Notification mailbox: %1</source>
        <translation>  Benachrichtigungspostfach: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (Passwords are never included in this message.)</source>
        <translation>  (Passwörter sind nie Teil dieser Nachricht.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test token: %1</source>
        <translation>Test-Token: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No sender (From) address is set.</source>
        <translation>Keine Absenderadresse (From) gesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notification mailbox is set: the test message has nowhere to go.</source>
        <translation>Kein Benachrichtigungspostfach gesetzt: die Testnachricht hat kein Ziel.</translation>
    </message>
</context>
<context>
    <name>mw::TestPanel</name>
    <message>
        <location filename="../ui/TestPanel.cpp" line="+54"/>
        <source>Send te&amp;st</source>
        <translation>Testnachricht &amp;senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test message to the system notification mailbox with the settings as shown (saved or not)</source>
        <translation>Eine Testnachricht mit den angezeigten Einstellungen (gespeichert oder nicht) an das Benachrichtigungspostfach des Systems senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k login only</source>
        <translation>Nur Anmeldung &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect and log in, without sending a message</source>
        <translation>Verbinden und anmelden, ohne eine Nachricht zu senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify addresses</source>
        <translation>A&amp;dressen prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the server whether it accepts the bounce mailbox and every role address (MAIL FROM, RCPT TO, RSET): nothing is sent</source>
        <translation>Den Server fragen, ob er das Postfach für unzustellbare Meldungen und jede Rollenadresse annimmt (MAIL FROM, RCPT TO, RSET): nichts wird gesendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Test steps</source>
        <translation>Testschritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+57"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-235"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Address verification</source>
        <translation>Adressprüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelBanner.cpp" line="+50"/>
        <location line="+92"/>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat ve&amp;rtrauen</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Pins this certificate&apos;s SHA-256 fingerprint in the form (Trusted certificate field); only this certificate is accepted then</source>
        <translation>Hinterlegt den SHA-256-Fingerabdruck dieses Zertifikats im Formular (Feld „Vertrauenswürdiges Zertifikat“); danach wird nur dieses Zertifikat akzeptiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificate is pinned in the form: save, then test again.</source>
        <translation>Das Zertifikat ist im Formular hinterlegt: speichern Sie, dann testen Sie erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The security setting is changed in the form: test again, then save.</source>
        <translation>Die Sicherheitseinstellung ist im Formular geändert: testen Sie erneut, dann speichern Sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Sh&amp;ow transcript</source>
        <translation>Protokoll &amp;zeigen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Copy dia&amp;gnostics</source>
        <translation>Dia&amp;gnose kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions, result, settings without passwords and the transcript, for a support request</source>
        <translation>Versionen, Ergebnis, Einstellungen ohne Passwörter und das Protokoll, für eine Supportanfrage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hide transcri&amp;pt</source>
        <translation>Proto&amp;koll verbergen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnose in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/TestPanel.cpp" line="-196"/>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AUTH (login)</source>
        <translation>AUTH (Anmeldung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATA (message)</source>
        <translation>DATA (Nachricht)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in with %1</source>
        <translation>Angemeldet mit %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not part of this check</source>
        <translation>Nicht Teil dieser Prüfung</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Verifying %n address(es) without sending…</source>
        <translation>
            <numerusform>%n Adresse wird ohne Senden geprüft…</numerusform>
            <numerusform>%n Adressen werden ohne Senden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ accepted</source>
        <translation>✓ angenommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ refused</source>
        <translation>✗ abgelehnt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+114"/>
        <source>the backup server %1</source>
        <translation>den Backup-Server %1</translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <source>The server accepts every address (%n checked).</source>
        <translation>
            <numerusform>Der Server nimmt jede Adresse an (%n geprüft).</numerusform>
            <numerusform>Der Server nimmt jede Adresse an (%n geprüft).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The server refuses %n address(es).</source>
        <translation>
            <numerusform>Der Server lehnt %n Adresse ab.</numerusform>
            <numerusform>Der Server lehnt %n Adressen ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the refused addresses on the Mailboxes and Copies tabs, or ask the server&apos;s administrator.</source>
        <translation>Korrigieren Sie die abgelehnten Adressen auf den Reitern „Postfächer“ und „Kopien“ oder fragen Sie die Administration des Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked against %1 with MAIL FROM, RCPT TO and RSET; no message was sent.</source>
        <translation>Geprüft gegen %1 mit MAIL FROM, RCPT TO und RSET; es wurde keine Nachricht gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No message was sent.</source>
        <translation>Es wurde keine Nachricht gesendet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+91"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+8"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="-1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not needed with these settings</source>
        <translation>Mit diesen Einstellungen nicht nötig</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+17"/>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent to %1 through %2. Check that it arrived in that mailbox.</source>
        <translation>An %1 über %2 gesendet. Prüfen Sie, ob sie in diesem Postfach angekommen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+20"/>
        <source>Message-ID: %1</source>
        <translation>Message-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test was for %1 through %2; it was not delivered.</source>
        <translation>Der Test war für %1 über %2; er wurde nicht zugestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="-2"/>
        <source>(no recipient)</source>
        <translation>(kein Empfänger)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login check against %1; no message was sent.</source>
        <translation>Anmeldeprüfung gegen %1; es wurde keine Nachricht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the connection was not encrypted.</source>
        <translation>Hinweis: die Verbindung war nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test message was accepted by the server.</source>
        <translation>Die Testnachricht wurde vom Server angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered; no login is configured.</source>
        <translation>Der Server hat geantwortet; keine Anmeldung ist konfiguriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the login (%1).</source>
        <translation>Der Server hat die Anmeldung angenommen (%1).</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+122"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+5"/>
        <source>The server said: “%1”</source>
        <translation>Der Server sagte: „%1“</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+121"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+4"/>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed at: %1</source>
        <translation>Fehlgeschlagen bei: %1</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelBanner.cpp" line="+17"/>
        <source>ALARM: this is not the certificate you trusted. Check with the server&apos;s administrator before trusting the new one.</source>
        <translation>ALARM: dies ist nicht das Zertifikat, dem Sie vertraut haben. Klären Sie das mit der Administration des Servers, bevor Sie dem neuen vertrauen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat ve&amp;rtrauen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An expired or not yet valid certificate must be replaced on the server; it cannot be trusted.</source>
        <translation>Ein abgelaufenes oder noch nicht gültiges Zertifikat muss auf dem Server ersetzt werden; ihm kann nicht vertraut werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pins SHA-256 %1 in the form (Trusted certificate field); only this certificate is accepted then.</source>
        <translation>Hinterlegt SHA-256 %1 im Formular (Feld „Vertrauenswürdiges Zertifikat“); danach wird nur dieses Zertifikat akzeptiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Use implicit TLS on this port</source>
        <translation>Implizites TLS an diesem Port &amp;nutzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use STARTTLS on this port</source>
        <translation>STARTTLS an diesem Port &amp;nutzen</translation>
    </message>
    <message>
        <location filename="../ui/TestPanel.cpp" line="+11"/>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelBanner.cpp" line="+31"/>
        <source>Test succeeded</source>
        <translation>Test erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test failed</source>
        <translation>Test fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="-163"/>
        <source>Send and &amp;fetch back</source>
        <translation>Senden und &amp;zurückholen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Round trip steps</source>
        <translation>Rundlaufschritte</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Send the test message to the notification mailbox, fetch it back over POP3, delete it there and show the end-to-end delay</source>
        <translation>Die Testnachricht an das Benachrichtigungspostfach senden, über POP3 zurückholen, dort löschen und die Ende-zu-Ende-Verzögerung anzeigen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>End-to-end delay: %1 ms</source>
        <translation>Ende-zu-Ende-Verzögerung: %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message was not fetched back.</source>
        <translation>Die Nachricht wurde nicht zurückgeholt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent to %1 and fetched back over POP3 from %2.</source>
        <translation>An %1 gesendet und über POP3 von %2 zurückgeholt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent to %1; looked for it over POP3 in %2 (%n look(s)).</source>
        <translation>
            <numerusform>An %1 gesendet; über POP3 in %2 danach gesucht (%n Abfrage).</numerusform>
            <numerusform>An %1 gesendet; über POP3 in %2 danach gesucht (%n Abfragen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test for %1 was not delivered.</source>
        <translation>Der Test für %1 wurde nicht zugestellt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>mw::TestSend</name>
    <message>
        <location filename="../core/delivery/TestSend.cpp" line="+41"/>
        <source>Outgoing mail is switched off in the settings.</source>
        <translation>Ausgehende E-Mails sind in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recipient: set the system notification mailbox or give an address.</source>
        <translation>Kein Empfänger: setzen Sie das Benachrichtigungspostfach des Systems oder geben Sie eine Adresse an.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(The debug log %1 could not be written: %2)</source>
        <translation>(Das Debug-Protokoll %1 konnte nicht geschrieben werden: %2)</translation>
    </message>
</context>
<context>
    <name>mw::TlsTrust</name>
    <message>
        <location filename="../core/protocol/TlsTrust.cpp" line="-123"/>
        <source>The trusted-certificates file %1 cannot be read: %2</source>
        <translation>Die Datei mit vertrauenswürdigen Zertifikaten %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trusted-certificates file %1 holds no PEM certificate.</source>
        <translation>Die Datei mit vertrauenswürdigen Zertifikaten %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>The server speaks TLS on this port but ended the handshake with an error of its own (a TLS alert): the port and security setting are right. Ask the server&apos;s administrator to check its TLS configuration (certificate, key, protocol versions), or try again later.</source>
        <translation>Der Server spricht an diesem Port TLS, hat den Handshake aber mit einem eigenen Fehler beendet (einem TLS-Alert): Port und Sicherheitseinstellung stimmen. Bitten Sie die Administration des Servers, die TLS-Konfiguration des Servers zu prüfen (Zertifikat, Schlüssel, Protokollversionen), oder versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>mw::TokenManager</name>
    <message>
        <location filename="../core/oauth/TokenManager.cpp" line="+89"/>
        <source>Sign-in required: no OAuth2 sign-in is saved for this account.</source>
        <translation>Anmeldung erforderlich: für dieses Konto ist keine OAuth2-Anmeldung gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OAuth2 provider or client id is not configured.</source>
        <translation>Der OAuth2-Anbieter oder die Client-ID ist nicht konfiguriert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The OAuth2 provider did not answer: %1</source>
        <translation>Der OAuth2-Anbieter hat nicht geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>mw::TrayStatus</name>
    <message>
        <location filename="../ui/TrayStatus.cpp" line="+58"/>
        <source>&amp;Open Mailwright</source>
        <translation>Mailwright ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Test</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh status</source>
        <translation>Status &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Backup SMTP</source>
        <translation>Backup-SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <comment>server: status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+21"/>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>(checking…)</source>
        <translation>(wird geprüft…)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Queue held, %n message(s) waiting</source>
        <translation>
            <numerusform>Warteschlange angehalten, %n Nachricht wartet</numerusform>
            <numerusform>Warteschlange angehalten, %n Nachrichten warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Queue: %n message(s) waiting</source>
        <translation>
            <numerusform>Warteschlange: %n Nachricht wartet</numerusform>
            <numerusform>Warteschlange: %n Nachrichten warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mailwright could not reach the server.</source>
        <translation>Mailwright konnte den Server nicht erreichen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The queue is held</source>
        <translation>Die Warteschlange ist angehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) wait until the hold is lifted.</source>
        <translation>
            <numerusform>%n Nachricht wartet, bis das Anhalten aufgehoben ist.</numerusform>
            <numerusform>%n Nachrichten warten, bis das Anhalten aufgehoben ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mw::UnlockDialog</name>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="+23"/>
        <source>Unlock the settings</source>
        <translation>Einstellungen entsperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings are locked by an administrator. Enter the administrator password to change them.</source>
        <translation>Die Einstellungen sind von einem Administrator gesperrt. Geben Sie das Administratorpasswort ein, um sie zu ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrator password</source>
        <translation>Administratorpasswort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrator &amp;password:</source>
        <translation>Administrator&amp;passwort:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Wrong password. Try again in %n s.</source>
        <translation>
            <numerusform>Falsches Passwort. Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Falsches Passwort. Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password. Try again.</source>
        <translation>Falsches Passwort. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>mw::cli</name>
    <message>
        <location filename="../app/cli/ConfigCommands.cpp" line="+38"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnosticsCommands.cpp" line="+52"/>
        <source>steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>greeting: %1</source>
        <translation>Begrüßung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extensions: %1</source>
        <translation>Erweiterungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign-in mechanisms in this mode: %1</source>
        <translation>Anmeldeverfahren in diesem Modus: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>largest message: %1 octets</source>
        <translation>größte Nachricht: %1 Oktette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>APOP: offered</source>
        <translation>APOP: angeboten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>APOP: not offered</source>
        <translation>APOP: nicht angeboten</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+33"/>
        <source>send the test message to the notification mailbox</source>
        <translation>die Testnachricht an das Benachrichtigungspostfach senden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check every security mode of the server, rank them</source>
        <translation>jeden Sicherheitsmodus des Servers prüfen und einstufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find the mail servers of an address (SRV, autoconfig, MX, ...)</source>
        <translation>die Mailserver einer Adresse finden (SRV, Autoconfig, MX, ...)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>verify every role address, send nothing</source>
        <translation>jede Rollenadresse prüfen, nichts senden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>show the SMTP and POP3 status (--check: log in now)</source>
        <translation>den SMTP- und POP3-Status zeigen (--check: jetzt anmelden)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>send the test message and fetch it back over POP3</source>
        <translation>die Testnachricht senden und über POP3 zurückholen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>list the delivery status notifications in POP3</source>
        <translation>die Zustellstatusbenachrichtigungen in POP3 auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answer the remote status requests in the POP3 mailbox now</source>
        <translation>die Status-Fernabfragen im POP3-Postfach jetzt beantworten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read, change or check the configuration</source>
        <translation>die Konfiguration lesen, ändern oder prüfen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>one status line for Nagios, Icinga or Zabbix (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)</source>
        <translation>eine Statuszeile für Nagios, Icinga oder Zabbix (Exit-Code 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the same figures in the Prometheus text format</source>
        <translation>dieselben Kennzahlen im Textformat von Prometheus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the delivery history: every message the queue handed over</source>
        <translation>der Zustellverlauf: jede Nachricht, die die Warteschlange übergeben hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send a test alert through the webhook and the system log, and say what each did</source>
        <translation>eine Testwarnung über den Webhook und das Systemprotokoll senden und melden, was jeder Kanal getan hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a support bundle (ZIP): diagnostics, transcripts, last probe, queue, versions; no secrets</source>
        <translation>ein Support-Paket (ZIP) schreiben: Diagnose, Protokolle, letzte Prüfung, Warteschlange, Versionen; keine Geheimnisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the versions of Mailwright, Qt, the TLS library and the system, for a bug report</source>
        <translation>die Versionen von Mailwright, Qt, der TLS-Bibliothek und des Systems, für einen Fehlerbericht</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>what the administrator&apos;s policy sets and locks; the policy templates (ADMX, profile, policy.ini)</source>
        <translation>was die Richtlinie des Administrators festlegt und sperrt; die Richtlinienvorlagen (ADMX, Profil, policy.ini)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lock the settings window with a password read from standard input (digest: for a policy&apos;s admin_lock)</source>
        <translation>das Einstellungsfenster mit einem von der Standardeingabe gelesenen Passwort sperren (digest: für admin_lock einer Richtlinie)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>OAuth2 sign-in (device code, or browser with --browser) for xoauth2; logout also revokes the sign-in at the provider</source>
        <translation>OAuth2-Anmeldung (Gerätecode oder Browser mit --browser) für xoauth2; logout widerruft die Anmeldung auch beim Anbieter</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>store a secret read from standard input: smtp, pop3, oauth-client, smtp-client-cert, pop3-client-cert, remote-status (kept only as a digest), backup-smtp, backup-smtp-client-cert, alerts-webhook</source>
        <translation>ein von der Standardeingabe gelesenes Geheimnis speichern: smtp, pop3, oauth-client, smtp-client-cert, pop3-client-cert, remote-status (nur als Hashwert gespeichert), backup-smtp, backup-smtp-client-cert, alerts-webhook</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>queue a notification (body or whole message on stdin)</source>
        <translation>eine Benachrichtigung einreihen (Text oder ganze Nachricht auf stdin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the outgoing queue</source>
        <translation>die ausgehende Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandHelp.cpp" line="+32"/>
        <source>Sets up, tests and runs how this system sends its notification e-mail.</source>
        <translation>Richtet ein, testet und betreibt, wie dieses System seine Benachrichtigungs-E-Mails versendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;mailwright-cli COMMAND --help&quot; describes one command.</source>
        <translation>„mailwright-cli COMMAND --help“ beschreibt einen Befehl.</translation>
    </message>
</context>
<context>
    <name>mw::cli::CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+66"/>
        <source>Use the configuration FILE instead of the per-user one.</source>
        <translation>Die Konfigurationsdatei FILE statt der benutzereigenen verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object per result.</source>
        <translation>Ein JSON-Objekt pro Ergebnis ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override a setting for this run only (repeatable), e.g. --set smtp/port=2525.</source>
        <translation>Eine Einstellung nur für diesen Lauf überschreiben (wiederholbar), z. B. --set smtp/port=2525.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+85"/>
        <source>warning: policy: %1</source>
        <translation>Warnung: Richtlinie: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no configuration file at %1. Create it with &quot;mailwright-cli config set smtp/host HOST&quot; or give --config.</source>
        <translation>Unter %1 gibt es keine Konfigurationsdatei. Legen Sie sie mit „mailwright-cli config set smtp/host HOST“ an oder geben Sie --config an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/DiagnosticsCommands.cpp" line="+343"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--set expects KEY=VALUE, got &quot;%1&quot;.</source>
        <translation>--set erwartet SCHLÜSSEL=WERT, erhalten: „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set by your administrator (%2) and cannot be changed here.</source>
        <translation>%1 ist von Ihrem Administrator festgelegt (%2) und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Signed in with %1</source>
        <translation>Angemeldet mit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location filename="../app/cli/QueueCommands.cpp" line="+132"/>
        <location line="+18"/>
        <location line="+198"/>
        <source>Server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note: the session was not encrypted (the server offers no STARTTLS), so it went on without a login.</source>
        <translation>Hinweis: die Sitzung war nicht verschlüsselt (der Server bietet kein STARTTLS an), daher lief sie ohne Anmeldung weiter.</translation>
    </message>
    <message>
        <location filename="../app/cli/TestCommand.cpp" line="+40"/>
        <source>Send to ADDR instead of the notification mailbox.</source>
        <translation>An ADDR statt an das Benachrichtigungspostfach senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop after PHASE (connect, tls, ehlo, auth, mail, rcpt) without sending.</source>
        <translation>Nach PHASE (connect, tls, ehlo, auth, mail, rcpt) anhalten, ohne zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send through SERVER: primary (the default) or backup ([backup_smtp]).</source>
        <translation>Über SERVER senden: primary (Standard) oder backup ([backup_smtp]).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--stop-after takes connect, tls, ehlo, auth, mail or rcpt.</source>
        <translation>--stop-after erwartet connect, tls, ehlo, auth, mail oder rcpt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--server takes primary or backup.</source>
        <translation>--server erwartet primary oder backup.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send Test to %1 via %2 port %3
</source>
        <translation>Testnachricht an %1 über %2 Port %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="+136"/>
        <source>signed in with %1</source>
        <translation>angemeldet mit %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WARNING: the certificate expired on %1</source>
        <translation>WARNUNG: Das Zertifikat ist am %1 abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>WARNING: the certificate expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>WARNUNG: Das Zertifikat läuft in %n Tag ab (%1)</numerusform>
            <numerusform>WARNUNG: Das Zertifikat läuft in %n Tagen ab (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate valid until %1</source>
        <translation>Zertifikat gültig bis %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommands.cpp" line="+23"/>
        <source>usage: config get SECTION/KEY</source>
        <translation>Aufruf: config get SECTION/KEY</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+52"/>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>usage: config set SECTION/KEY VALUE</source>
        <translation>Aufruf: config set SECTION/KEY VALUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--set cannot be combined with config set.</source>
        <translation>--set kann nicht mit config set kombiniert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords are not kept in the configuration file; use &quot;secret set&quot;.</source>
        <translation>Passwörter werden nicht in der Konfigurationsdatei gespeichert; verwenden Sie „secret set“.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>usage: config unset SECTION/KEY</source>
        <translation>Aufruf: config unset SECTION/KEY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--set cannot be combined with config unset.</source>
        <translation>--set kann nicht mit config unset kombiniert werden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The configuration is valid.</source>
        <translation>Die Konfiguration ist gültig.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the configuration is valid.</source>
        <translation>%1: die Konfiguration ist gültig.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; passwords: *** (kept in the secret store, never in this file)</source>
        <translation>; Passwörter: *** (im Passwortspeicher, nie in dieser Datei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; administrator lock: set</source>
        <translation>; Administratorsperre: gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: config get KEY | set KEY VALUE | unset KEY | validate | show</source>
        <translation>Aufruf: config get KEY | set KEY VALUE | unset KEY | validate | show</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>usage: secret set %1 (the password, client secret, key passphrase or webhook URL is read from standard input)</source>
        <translation>Aufruf: secret set %1 (Passwort, Client-Geheimnis, Schlüssel-Passphrase oder Webhook-URL werden von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Passwort übergeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>The password could not be stored (%1): %2</source>
        <translation>Das Passwort konnte nicht gespeichert werden (%1): %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The remote-status password is stored as a digest in the %1 backend.</source>
        <translation>Das remote-status-Passwort ist als Hashwert im Speicher „%1“ abgelegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 password is stored in the %2 backend.</source>
        <translation>Das %1-Passwort ist im Speicher „%2“ abgelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue held for the refused login will be tried again.</source>
        <translation>Die wegen der abgelehnten Anmeldung angehaltene Warteschlange wird erneut versucht.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnosticsCommands.cpp" line="-299"/>
        <source>Try PORT:MODE (mode tls, starttls or plain) instead of the standard ports (repeatable).</source>
        <translation>PORT:MODUS (Modus tls, starttls oder plain) statt der Standardports versuchen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds per phase of each attempt (default: the settings&apos; timeout, at most 10).</source>
        <translation>Sekunden pro Phase jedes Versuchs (Standard: das Zeitlimit der Einstellungen, höchstens 10).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember what the server offers now even if it offers less than at the last check.</source>
        <translation>Sich merken, was der Server jetzt anbietet, auch wenn es weniger ist als bei der letzten Prüfung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>probe takes &quot;smtp&quot; (the default), &quot;backup-smtp&quot; or &quot;pop3&quot;.</source>
        <translation>probe erwartet „smtp“ (Standard), „backup-smtp“ oder „pop3“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/TestCommand.cpp" line="-22"/>
        <source>No backup SMTP server is set (backup_smtp/enabled).</source>
        <translation>Kein Backup-SMTP-Server gesetzt (backup_smtp/enabled).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/host is not set.</source>
        <translation>%1/host ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--port expects PORT:MODE (tls, starttls, plain), got &quot;%1&quot;.</source>
        <translation>--port erwartet PORT:MODUS (tls, starttls, plain), erhalten: „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+158"/>
        <source>--timeout takes 1 to 600 seconds.</source>
        <translation>--timeout erwartet 1 bis 600 Sekunden.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The queue held for the refused downgrade will be tried again.</source>
        <translation>Die wegen des abgelehnten Downgrades angehaltene Warteschlange wird erneut versucht.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 server %2: every mode, safest first
</source>
        <translation>%1-Server %2: alle Modi, der sicherste zuerst
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in there: %1 (the strongest offered that the settings can use)
</source>
        <translation>Anmeldung dort: %1 (das stärkste angebotene, das die Einstellungen nutzen können)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+183"/>
        <source>To apply it:
</source>
        <translation>Zum Übernehmen:
</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The settings already use it.
</source>
        <translation>Die Einstellungen verwenden es bereits.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask this DNS server (port 53) instead of the system&apos;s.</source>
        <translation>Diesen DNS-Server (Port 53) statt des System-DNS fragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the autoconfig document from TEMPLATE (%1 the domain, %2 the address) instead of the standard places (repeatable).</source>
        <translation>Das Autoconfig-Dokument von TEMPLATE (%1 die Domain, %2 die Adresse) statt von den Standardorten holen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PORT:MODE to try on hosts of unknown port (MX, guesses); repeatable.</source>
        <translation>PORT:MODUS, der bei Rechnern mit unbekanntem Port (MX, Vermutungen) versucht wird; wiederholbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same for POP3 hosts.</source>
        <translation>Dasselbe für POP3-Rechner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra trusted CA certificates (PEM) for the probes.</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM) für die Prüfungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds per phase of each probe (default 8).</source>
        <translation>Sekunden pro Phase jeder Prüfung (Standard 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the candidates without probing them.</source>
        <translation>Die Kandidaten auflisten, ohne sie zu prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe only loopback addresses (for tests).</source>
        <translation>Nur Loopback-Adressen prüfen (für Tests).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for SMTP only.</source>
        <translation>Nur nach SMTP suchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow recommending a server outside the address&apos;s domain that only DNS or http named (check first that it is your provider&apos;s); its certificate is still never trusted automatically.</source>
        <translation>Empfehlen eines Servers außerhalb der Domain der Adresse erlauben, den nur DNS oder http genannt hat (prüfen Sie zuerst, dass er zu Ihrem Anbieter gehört); seinem Zertifikat wird trotzdem nie automatisch vertraut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An e-mail address or a domain.</source>
        <translation>Eine E-Mail-Adresse oder eine Domain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>detect takes one ADDRESS (user@example.com) or domain.</source>
        <translation>detect erwartet eine ADRESSE (user@example.com) oder Domain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--nameserver takes an IP address.</source>
        <translation>--nameserver erwartet eine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected PORT:MODE (tls, starttls, plain), got &quot;%1&quot;.</source>
        <translation>erwartet PORT:MODUS (tls, starttls, plain), erhalten: „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Looking for the mail servers of %1 ...</source>
        <translation>Suche die Mailserver von %1 ...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only if you checked that it is the mail server of %1, run again with --accept-foreign-host.</source>
        <translation>Nur wenn Sie geprüft haben, dass es der Mailserver von %1 ist, führen Sie den Befehl erneut mit --accept-foreign-host aus.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lookups for %1:
</source>
        <translation>Abfragen für %1:
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found by: %1</source>
        <translation>gefunden durch: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 candidates:
</source>
        <translation>%1 Kandidaten:
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only rcpt is allowed here.</source>
        <translation>Hier ist nur rcpt erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every role address with RCPT, send nothing.</source>
        <translation>Jede Rollenadresse mit RCPT prüfen, nichts senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--all-roles checks addresses: it stops after rcpt.</source>
        <translation>--all-roles prüft Adressen: es hält nach rcpt an.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Addresses checked with MAIL FROM / RCPT TO at %1 port %2 (nothing sent):
</source>
        <translation>Adressen mit MAIL FROM / RCPT TO geprüft bei %1 Port %2 (nichts gesendet):
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/cli/TestCommand.cpp" line="+29"/>
        <source>Send Test to %1 via %2 port %3 (POP-before-SMTP via %4, relay window %5 minutes)
</source>
        <translation>Testnachricht an %1 über %2 Port %3 (POP-before-SMTP über %4, Relay-Zeitfenster %5 Minuten)
</translation>
    </message>
    <message>
        <location filename="../app/cli/BouncesCommand.cpp" line="+20"/>
        <source>Delete the delivery status notifications that were listed (others stay).</source>
        <translation>Die aufgelisteten Zustellstatusbenachrichtigungen löschen (andere bleiben).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlertsCommand.cpp" line="+17"/>
        <location filename="../app/cli/BouncesCommand.cpp" line="+1"/>
        <location filename="../app/cli/BundleCommand.cpp" line="+20"/>
        <location filename="../app/cli/HistoryCommand.cpp" line="+92"/>
        <location filename="../app/cli/StatusRequestsCommand.cpp" line="+23"/>
        <location filename="../app/cli/VersionCommand.cpp" line="+17"/>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test alert.</source>
        <translation>Eine Testwarnung senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: alerts test [--json]</source>
        <translation>Aufruf: alerts test [--json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No second channel is on: set alerts/webhook or alerts/system_log first.</source>
        <translation>Kein zweiter Kanal ist eingeschaltet: setzen Sie zuerst alerts/webhook oder alerts/system_log.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/BouncesCommand.cpp" line="+9"/>
        <source>The bounced-alerts mailbox is read over POP3: set pop3/host and pop3/username first.</source>
        <translation>Das Postfach für unzustellbare Meldungen wird über POP3 gelesen: setzen Sie zuerst pop3/host und pop3/username.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Bounced-alerts mailbox %1@%2: %n message(s)</source>
        <translation>
            <numerusform>Postfach für unzustellbare Meldungen %1@%2: %n Nachricht</numerusform>
            <numerusform>Postfach für unzustellbare Meldungen %1@%2: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n delivery status notification(s)</source>
        <translation>
            <numerusform>%n Zustellstatusbenachrichtigung</numerusform>
            <numerusform>%n Zustellstatusbenachrichtigungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>original %1</source>
        <translation>Original %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[new]</source>
        <translation>[neu]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[deleted]</source>
        <translation>[gelöscht]</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  (%n message(s) larger than %1 octets were not read)</source>
        <translation>
            <numerusform>  (%n Nachricht größer als %1 Oktette wurde nicht gelesen)</numerusform>
            <numerusform>  (%n Nachrichten größer als %1 Oktette wurden nicht gelesen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RoundTripCommand.cpp" line="+16"/>
        <source>Fetch the test message back over POP3.</source>
        <translation>Die Testnachricht über POP3 zurückholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up after SECONDS (default 120).</source>
        <translation>Nach SEKUNDEN aufgeben (Standard 120).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look into the mailbox every SECONDS (default 2).</source>
        <translation>Alle SEKUNDEN ins Postfach schauen (Standard 2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--poll takes a number of seconds.</source>
        <translation>--poll erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Round trip: sending to %1 failed
</source>
        <translation>Rundlauf: Senden an %1 fehlgeschlagen
</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Sent to %1 in %2 ms (token %3); looking for it over POP3 at %4...</source>
        <translation>An %1 in %2 ms gesendet (Token %3); suche sie über POP3 bei %4...</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Round trip via POP3 %1
</source>
        <translation>Rundlauf über POP3 %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/QueueCommands.cpp" line="-297"/>
        <source>queue: %n message(s) waiting</source>
        <translation>
            <numerusform>Warteschlange: %n Nachricht wartet</numerusform>
            <numerusform>Warteschlange: %n Nachrichten warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, oldest %1 s</source>
        <translation>, älteste %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, HELD (see &quot;queue list&quot;)</source>
        <translation>, ANGEHALTEN (siehe „queue list“)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n dead letter(s)</source>
        <translation>
            <numerusform>, %n unzustellbare Nachricht</numerusform>
            <numerusform>, %n unzustellbare Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="+37"/>
        <source>job (default), error or console: decides the copies.</source>
        <translation>job (Standard), error oder console: bestimmt die Kopien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient (repeatable).</source>
        <translation>Empfänger (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject line.</source>
        <translation>Betreffzeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a whole RFC 5322 message from standard input and take the recipients from its To, Cc and Bcc fields.</source>
        <translation>Eine vollständige RFC-5322-Nachricht von der Standardeingabe lesen und die Empfänger aus ihren Feldern To, Cc und Bcc nehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted for sendmail compatibility (a lone dot does not end the input anyway).</source>
        <translation>Für sendmail-Kompatibilität akzeptiert (ein einzelner Punkt beendet die Eingabe ohnehin nicht).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--category takes job, error or console.</source>
        <translation>--category erwartet job, error oder console.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to %1: %2</source>
        <translation>--to %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mailboxes/from is not set: the message needs a sender.</source>
        <translation>mailboxes/from ist nicht gesetzt: die Nachricht braucht einen Absender.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give at least one --to address (or use -t).</source>
        <translation>Geben Sie mindestens eine --to-Adresse an (oder verwenden Sie -t).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mailwright-cli: refused: %1</source>
        <translation>mailwright-cli: abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No permitted recipient; nothing was queued.</source>
        <translation>Kein zugelassener Empfänger; nichts wurde eingereiht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mailwright-cli: no permitted recipient; nothing was queued.</source>
        <translation>mailwright-cli: kein zugelassener Empfänger; nichts wurde eingereiht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not sent to %1 (not a permitted recipient).</source>
        <translation>Nicht an %1 gesendet (kein zugelassener Empfänger).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queued in %1.</source>
        <translation>In %1 eingereiht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued in %1 for the others. %2</source>
        <translation>Für die anderen in %1 eingereiht. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>queued %1 for %2</source>
        <translation>%1 für %2 eingereiht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mailwright-cli: %1</source>
        <translation>mailwright-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/QueueCommands.cpp" line="+25"/>
        <source>usage: queue list | flush | run [--once] | retry ID | purge ID | release | show ID</source>
        <translation>Aufruf: queue list | flush | run [--once] | retry ID | purge ID | release | show ID</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The queue is HELD since %1: %2
  It resumes by itself when the queue folder can be written again.</source>
        <translation>Die Warteschlange ist ANGEHALTEN seit %1: %2
  Sie läuft von selbst weiter, sobald der Warteschlangenordner wieder beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue is HELD since %1: %2 (%3)%4
  It resumes when the settings change, or try once now with &quot;queue flush&quot;.</source>
        <translation>Die Warteschlange ist ANGEHALTEN seit %1: %2 (%3)%4
  Sie läuft weiter, wenn sich die Einstellungen ändern, oder versuchen Sie es jetzt einmal mit „queue flush“.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The server could not be reached %n time(s) in a row: %1 (%2); next try %3.</source>
        <translation>
            <numerusform>Der Server war %n Mal hintereinander nicht erreichbar: %1 (%2); nächster Versuch %3.</numerusform>
            <numerusform>Der Server war %n Mal hintereinander nicht erreichbar: %1 (%2); nächster Versuch %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue is empty (%1).</source>
        <translation>Die Warteschlange ist leer (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>next attempt %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sent in the last %n day(s), then bounced:</source>
        <translation>
            <numerusform>Innerhalb von %n Tag gesendet, dann unzustellbar:</numerusform>
            <numerusform>In den letzten %n Tagen gesendet, dann unzustellbar:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mailwright-cli: the delivery history could not be read: %1</source>
        <translation>mailwright-cli: der Zustellverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>usage: queue run [--once]</source>
        <translation>Aufruf: queue run [--once]</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 will be sent on the next pass.</source>
        <translation>%1 wird beim nächsten Durchlauf gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hold is lifted: the next pass tries again.</source>
        <translation>Das Anhalten ist aufgehoben: der nächste Durchlauf versucht es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The queue is held: %1</source>
        <translation>Die Warteschlange ist angehalten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 delivered, %2 deferred, %3 dead-lettered, %4 outcome unknown; %5 still queued.</source>
        <translation>%1 zugestellt, %2 zurückgestellt, %3 als unzustellbar abgelegt, %4 mit unbekanntem Ergebnis; %5 noch in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>mailwright-cli: status requests: %1</source>
        <translation>mailwright-cli: Statusanfragen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+45"/>
        <source>Sign in again with &quot;mailwright-cli oauth login&quot;.</source>
        <translation>Melden Sie sich mit „mailwright-cli oauth login“ erneut an.</translation>
    </message>
    <message>
        <location filename="../app/cli/OAuthCommands.cpp" line="+77"/>
        <source>oauth/client_id is not set: enter the client id registered with the provider.</source>
        <translation>oauth/client_id ist nicht gesetzt: geben Sie die beim Anbieter registrierte Client-ID ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The OAuth2 client secret could not be read: %1</source>
        <translation>Das OAuth2-Client-Secret konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+55"/>
        <source>The secret store did not finish saving the new OAuth2 refresh token in time; the saved sign-in may no longer work.</source>
        <translation>Der Passwortspeicher hat das neue OAuth2-Refresh-Token nicht rechtzeitig fertig gespeichert; die gespeicherte Anmeldung funktioniert möglicherweise nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/cli/OAuthCommands.cpp" line="+27"/>
        <source>oauth takes login, status [--check] or logout.</source>
        <translation>oauth erwartet login, status [--check] oder logout.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed out: the saved OAuth2 sign-in was removed from the %1 store.</source>
        <translation>Abgemeldet: die gespeicherte OAuth2-Anmeldung wurde aus dem Speicher „%1“ entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider revoked it.</source>
        <translation>Der Anbieter hat sie widerrufen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signed in as %1 (%2); a refresh token is saved.</source>
        <translation>Angemeldet als %1 (%2); ein Refresh-Token ist gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in required: no OAuth2 sign-in is saved.</source>
        <translation>Anmeldung erforderlich: keine OAuth2-Anmeldung gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in as %1; the provider refreshed the sign-in. Granted scopes: %2</source>
        <translation>Angemeldet als %1; der Anbieter hat die Anmeldung erneuert. Gewährte Scopes: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oauth login takes --browser [--open], or nothing.</source>
        <translation>oauth login erwartet --browser [--open] oder nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--open goes with --browser.</source>
        <translation>--open gehört zu --browser.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>To sign in, open this address in a browser on this computer:</source>
        <translation>Öffnen Sie zum Anmelden diese Adresse in einem Browser auf diesem Computer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the sign-in (at most 5 minutes)...</source>
        <translation>Warte auf die Anmeldung (höchstens 5 Minuten)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mailwright-cli: the browser could not be started; open the address yourself.</source>
        <translation>mailwright-cli: der Browser konnte nicht gestartet werden; öffnen Sie die Adresse selbst.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>Öffnen Sie zum Anmelden %1 und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(or open %1)</source>
        <translation>(oder öffnen Sie %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the sign-in...</source>
        <translation>Warte auf die Anmeldung...</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The provider signed you in but issued no refresh token, so Mailwright could not send later. Ask for the offline_access scope (oauth/scopes) or allow refresh tokens for this client.</source>
        <translation>Der Anbieter hat Sie angemeldet, aber kein Refresh-Token ausgestellt, daher könnte Mailwright später nicht senden. Fordern Sie den Scope offline_access an (oauth/scopes) oder erlauben Sie Refresh-Tokens für diesen Client.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed in. Granted scopes: %1. The refresh token is saved in the %2 store.</source>
        <translation>Angemeldet. Gewährte Scopes: %1. Das Refresh-Token ist im Speicher „%2“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="+43"/>
        <source>usage: policy show [--json]</source>
        <translation>Aufruf: policy show [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: policy templates DIR</source>
        <translation>Aufruf: policy templates DIR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The policy templates are in %1.</source>
        <translation>Die Richtlinienvorlagen liegen in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: policy show [--json] | templates DIR</source>
        <translation>Aufruf: policy show [--json] | templates DIR</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>secret %1: locked (%2)</source>
        <translation>secret %1: gesperrt (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator lock: none</source>
        <translation>Administratorsperre: keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator lock: set (%1)</source>
        <translation>Administratorsperre: gesetzt (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: admin-lock set|clear|digest (the password is read from standard input)</source>
        <translation>Aufruf: admin-lock set|clear|digest (das Passwort wird von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--set cannot be combined with admin-lock.</source>
        <translation>--set kann nicht mit admin-lock kombiniert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The administrator lock is set by your administrator (%1) and cannot be changed here.</source>
        <translation>Die Administratorsperre ist von Ihrem Administrator festgelegt (%1) und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The administrator lock is removed.</source>
        <translation>Die Administratorsperre wurde entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator lock is set: the settings window opens read-only until it is unlocked.</source>
        <translation>Die Administratorsperre ist gesetzt: das Einstellungsfenster öffnet sich schreibgeschützt, bis es entsperrt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusRequestsCommand.cpp" line="+2"/>
        <source>Check the mailbox for requests now.</source>
        <translation>Das Postfach jetzt auf Anfragen prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: status-requests check [--json]</source>
        <translation>Aufruf: status-requests check [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remote status requests are switched off: set remote_status/enabled to true first.</source>
        <translation>Status-Fernabfragen sind ausgeschaltet: setzen Sie zuerst remote_status/enabled auf true.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote status requests are read over POP3: set pop3/enabled, pop3/host and pop3/username first.</source>
        <translation>Status-Fernabfragen werden über POP3 gelesen: setzen Sie zuerst pop3/enabled, pop3/host und pop3/username.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another process is checking the mailbox; try again.</source>
        <translation>Ein anderer Prozess prüft gerade das Postfach; versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Mailbox %1@%2: %n message(s), </source>
        <translation>
            <numerusform>Postfach %1@%2: %n Nachricht, </numerusform>
            <numerusform>Postfach %1@%2: %n Nachrichten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n status request(s)</source>
        <translation>
            <numerusform>%n Statusanfrage</numerusform>
            <numerusform>%n Statusanfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="-14"/>
        <source>Only messages since WHEN: an age (90m, 2h, 3d, 1w) or an ISO date or time.</source>
        <translation>Nur Nachrichten seit WHEN: ein Alter (90m, 2h, 3d, 1w) oder ein ISO-Datum bzw. eine ISO-Uhrzeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only messages that were not delivered (dead, deferred, outcome unknown) or that bounced.</source>
        <translation>Nur Nachrichten, die nicht zugestellt wurden (unzustellbar, zurückgestellt, Ergebnis unbekannt) oder zu denen eine Unzustellbarkeitsmeldung kam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only messages whose recipient, subject or Message-ID contains TEXT.</source>
        <translation>Nur Nachrichten, deren Empfänger, Betreff oder Message-ID TEXT enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N messages, newest first (default 100).</source>
        <translation>Höchstens N Nachrichten, neueste zuerst (Standard 100).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: history [--since WHEN] [--failed] [--grep TEXT] [--limit N] [--json] | show ID | resend ID</source>
        <translation>Aufruf: history [--since WHEN] [--failed] [--grep TEXT] [--limit N] [--json] | show ID | resend ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a history entry id (a number, as &quot;history&quot; lists them).</source>
        <translation>„%1“ ist keine ID eines Verlaufseintrags (eine Zahl, wie „history“ sie auflistet).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The delivery history has no entry %1.</source>
        <translation>Der Zustellverlauf hat keinen Eintrag %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server said</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue id</source>
        <translation>Warteschlangen-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To/Cc</source>
        <translation>To/Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounced</source>
        <translation>Unzustellbar gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the text of the message was not kept: history/keep_bodies)</source>
        <translation>(der Text der Nachricht wurde nicht aufbewahrt: history/keep_bodies)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queued again as %1 (Resent-Message-ID %2); it is sent on the next pass.</source>
        <translation>Erneut eingereiht als %1 (Resent-Message-ID %2); sie wird beim nächsten Durchlauf gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dead letter %1 is queued again; it is sent on the next pass.</source>
        <translation>Die unzustellbare Nachricht %1 ist erneut eingereiht; sie wird beim nächsten Durchlauf gesendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--since %1: give an age (90m, 2h, 3d, 1w) or an ISO date or time (2026-12-01, 2026-12-01T08:00).</source>
        <translation>--since %1: geben Sie ein Alter (90m, 2h, 3d, 1w) oder ein ISO-Datum bzw. eine ISO-Uhrzeit an (2026-12-01, 2026-12-01T08:00).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--limit wants a positive number.</source>
        <translation>--limit erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message in the delivery history matches (%1).</source>
        <translation>Keine Nachricht im Zustellverlauf passt (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message in the delivery history matches; recording is off (history/enabled).</source>
        <translation>Keine Nachricht im Zustellverlauf passt; die Aufzeichnung ist ausgeschaltet (history/enabled).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECIPIENTS</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUBJECT</source>
        <translation>BETREFF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bounced: %1</source>
        <translation>Unzustellbarkeitsmeldung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/MonitoringCommands.cpp" line="+23"/>
        <source>there is no configuration file at %1</source>
        <translation>unter %1 gibt es keine Konfigurationsdatei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the configuration %1 cannot be used</source>
        <translation>die Konfiguration %1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unexpected argument %1 (usage: check [--json])</source>
        <translation>unerwartetes Argument %1 (Aufruf: check [--json])</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument %1 (usage: metrics [--output FILE])</source>
        <translation>unerwartetes Argument %1 (Aufruf: metrics [--output FILE])</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BundleCommand.cpp" line="+2"/>
        <source>The ZIP archive to write.</source>
        <translation>Das zu schreibende ZIP-Archiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: bundle FILE [--json]</source>
        <translation>Aufruf: bundle FILE [--json]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Support bundle written to %1.</source>
        <translation>Support-Paket nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support bundle written to %1 (%2 files). It holds no password or token; look through it before you send it.</source>
        <translation>Support-Paket nach %1 geschrieben (%2 Dateien). Es enthält weder Passwort noch Token; sehen Sie es durch, bevor Sie es senden.</translation>
    </message>
    <message>
        <location filename="../app/cli/VersionCommand.cpp" line="+4"/>
        <source>usage: version [--json]</source>
        <translation>Aufruf: version [--json]</translation>
    </message>
</context>
<context>
    <name>mw::mime</name>
    <message>
        <location filename="../core/delivery/MimeEncoding.cpp" line="+170"/>
        <source>The address literal &quot;%1&quot; is not valid.</source>
        <translation>Das Adressliteral „%1“ ist ungültig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The domain &quot;%1&quot; is not a valid host name.</source>
        <translation>Die Domain „%1“ ist kein gültiger Rechnername.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The domain &quot;%1&quot; is not a valid international domain name.</source>
        <translation>Die Domain „%1“ ist kein gültiger internationaler Domainname.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>contains a line break or a NUL character</source>
        <translation>enthält einen Zeilenumbruch oder ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a control character</source>
        <translation>enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains invalid Unicode</source>
        <translation>enthält ungültiges Unicode</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains a line break or a NUL character.</source>
        <translation>Die Adresse enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains invalid Unicode.</source>
        <translation>Die Adresse enthält ungültiges Unicode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an e-mail address (local-part@domain).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (lokaler-Teil@Domain).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>The address &quot;%1&quot; contains a character not allowed in an e-mail address.</source>
        <translation>Die Adresse „%1“ enthält ein Zeichen, das in einer E-Mail-Adresse nicht erlaubt ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address &quot;%1&quot; has a misplaced dot before the @.</source>
        <translation>Die Adresse „%1“ hat einen falsch gesetzten Punkt vor dem @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address &quot;%1&quot; has non-ASCII characters before the @; that needs a server that supports SMTPUTF8.</source>
        <translation>Die Adresse „%1“ hat Nicht-ASCII-Zeichen vor dem @; das braucht einen Server, der SMTPUTF8 unterstützt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ of &quot;%1&quot; is longer than 64 octets.</source>
        <translation>Der Teil vor dem @ von „%1“ ist länger als 64 Oktette.</translation>
    </message>
</context>
<context>
    <name>mw::ntlm</name>
    <message>
        <location filename="../core/protocol/Ntlm.cpp" line="+109"/>
        <source>The server&apos;s NTLM challenge is malformed (%1).</source>
        <translation>Die NTLM-Challenge des Servers ist fehlerhaft (%1).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The server&apos;s NTLM challenge is too large (%1 bytes).</source>
        <translation>Die NTLM-Challenge des Servers ist zu groß (%1 Bytes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an NTLM message</source>
        <translation>es ist keine NTLM-Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message type %1 instead of 2</source>
        <translation>Nachrichtentyp %1 statt 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the target name lies outside the message</source>
        <translation>der Zielname liegt außerhalb der Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server offers only NTLMv1 (its NTLM challenge carries no target information). Mailwright signs in with NTLMv2 only; choose another sign-in method.</source>
        <translation>Der Server bietet nur NTLMv1 an (seine NTLM-Challenge enthält keine Zielinformationen). Mailwright meldet sich nur mit NTLMv2 an; wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the target information lies outside the message</source>
        <translation>die Zielinformationen liegen außerhalb der Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s NTLM challenge does not accept Unicode names, which NTLMv2 in Mailwright needs.</source>
        <translation>Die NTLM-Challenge des Servers akzeptiert keine Unicode-Namen, die NTLMv2 in Mailwright benötigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a target information entry runs past its end</source>
        <translation>ein Eintrag der Zielinformationen reicht über ihr Ende hinaus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end of the target information has a length</source>
        <translation>das Ende der Zielinformationen hat eine Länge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a timestamp that is not 8 bytes</source>
        <translation>ein Zeitstempel, der nicht 8 Bytes lang ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the target information has no end marker</source>
        <translation>die Zielinformationen haben keine Endmarke</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>NTLM needs a user name.</source>
        <translation>NTLM benötigt einen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name, domain or password is too long for NTLM.</source>
        <translation>Benutzername, Domäne oder Passwort sind für NTLM zu lang.</translation>
    </message>
</context>
<context>
    <name>mw::sasl</name>
    <message>
        <location filename="../core/protocol/Sasl.cpp" line="+96"/>
        <source>the access token is invalid or has expired</source>
        <translation>das Zugriffstoken ist ungültig oder abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the access token lacks the permission (scope) the server needs</source>
        <translation>dem Zugriffstoken fehlt die Berechtigung (Scope), die der Server braucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server found the sign-in request malformed</source>
        <translation>der Server fand die Anmeldeanfrage fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the access token</source>
        <translation>der Server hat das Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the OAuth2 sign-in (%1): %2 (status &quot;%3&quot;).</source>
        <translation>Der Server hat die OAuth2-Anmeldung (%1) abgelehnt: %2 (Status „%3“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It needs the scope &quot;%1&quot;.</source>
        <translation>Es braucht den Scope „%1“.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The server did not accept the client certificate (EXTERNAL) for %1.</source>
        <translation>Der Server hat das Client-Zertifikat (EXTERNAL) für %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the Kerberos ticket (GSSAPI) for %1.</source>
        <translation>Der Server hat das Kerberos-Ticket (GSSAPI) für %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the login (%1) for %2.</source>
        <translation>Der Server hat die Anmeldung (%1) für %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The connection is not encrypted, so no login (%1) was sent: not even CRAM-MD5, whose answer can be cracked offline.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, daher wurde keine Anmeldung (%1) gesendet: nicht einmal CRAM-MD5, dessen Antwort offline geknackt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any method</source>
        <translation>beliebiges Verfahren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offers no authentication on this connection, so %1 cannot be used.</source>
        <translation>Der Server bietet auf dieser Verbindung keine Authentifizierung an, daher kann %1 nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer %1; it offers %2.</source>
        <translation>Der Server bietet %1 nicht an; er bietet %2 an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EXTERNAL signs in with a TLS client certificate, and none is configured.</source>
        <translation>EXTERNAL meldet sich mit einem TLS-Client-Zertifikat an, und es ist keines eingerichtet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server offers no authentication on this connection.</source>
        <translation>Der Server bietet auf dieser Verbindung keine Authentifizierung an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers only %1, none of which Mailwright can use with the credentials that are set.</source>
        <translation>Der Server bietet nur %1 an; keines davon kann Mailwright mit den eingerichteten Zugangsdaten nutzen.</translation>
    </message>
</context>
<context>
    <name>mw::sasl::Client</name>
    <message>
        <location filename="../core/protocol/SaslClient.cpp" line="+89"/>
        <source>The sign-in module (%1) could not be loaded: %2</source>
        <translation>Das Anmeldemodul (%1) konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This build of Mailwright cannot sign in with %1.</source>
        <translation>Dieser Build von Mailwright kann sich nicht mit %1 anmelden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not start (%2).</source>
        <translation>%1 konnte nicht starten (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has nothing more to say.</source>
        <translation>%1 hat nichts mehr zu sagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sign-in is in progress.</source>
        <translation>Es läuft keine Anmeldung.</translation>
    </message>
</context>
<context>
    <name>mw::sasl::Exchange</name>
    <message>
        <location filename="../core/protocol/SaslExchange.cpp" line="+47"/>
        <source>GSSAPI (Kerberos) could not start: %1. Is there a valid Kerberos ticket (kinit) for this user?</source>
        <translation>GSSAPI (Kerberos) konnte nicht starten: %1. Gibt es ein gültiges Kerberos-Ticket (kinit) für diesen Benutzer?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not start: %2.</source>
        <translation>%1 konnte nicht starten: %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server went on with the sign-in after the client cancelled it.</source>
        <translation>Der Server hat die Anmeldung fortgesetzt, nachdem der Client sie abgebrochen hatte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server keeps asking for more authentication data without end.</source>
        <translation>Der Server fordert endlos weitere Authentifizierungsdaten an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server&apos;s AUTH LOGIN prompt is not valid base64; the login was not sent.</source>
        <translation>Die AUTH-LOGIN-Aufforderung des Servers ist kein gültiges Base64; die Anmeldedaten wurden nicht gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s %1 challenge is not valid base64 or is too long.</source>
        <translation>Die %1-Challenge des Servers ist kein gültiges Base64 oder zu lang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server asked for more authentication data than %1 uses.</source>
        <translation>Der Server hat mehr Authentifizierungsdaten angefordert, als %1 verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not prove it knows the password: its %1 signature does not verify (%2).</source>
        <translation>Der Server hat nicht bewiesen, dass er das Passwort kennt: seine %1-Signatur ist ungültig (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s %1 challenge could not be answered (%2).</source>
        <translation>Auf die %1-Challenge des Servers konnte nicht geantwortet werden (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server accepted the %1 login, but the server did not prove it knows the password; the login is not trusted.</source>
        <translation>Der Server hat die %1-Anmeldung angenommen, aber nicht bewiesen, dass er das Passwort kennt; der Anmeldung wird nicht vertraut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server said the login succeeded before %1 was complete.</source>
        <translation>Der Server hat die Anmeldung für erfolgreich erklärt, bevor %1 abgeschlossen war.</translation>
    </message>
</context>
</TS>
