<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>HandlerDesk::Core::Activation</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>on until %1</source>
        <translation>ein bis %1</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::CallHandlerListModel</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Caller&apos;s language</source>
        <translation>Sprache des Anrufers</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Undeletable</source>
        <translation>Nicht löschbar</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Schedule set</source>
        <translation>Zeitplansatz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Codec::Detail::CodecText</name>
    <message>
        <source>a JSON object was expected.</source>
        <translation>Ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>&quot;@total&quot; is not a count: %1</source>
        <translation>„@total“ ist keine Anzahl: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an object nor a list.</source>
        <translation>„%1“ ist weder ein Objekt noch eine Liste.</translation>
    </message>
    <message>
        <source>an element of &quot;%1&quot; is not an object.</source>
        <translation>Ein Element von „%1“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid: %1</source>
        <translation>Die Antwort des Servers ist ungültig: %1</translation>
    </message>
    <message>
        <source>JSON line %1, column %2: %3</source>
        <translation>JSON Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation>der Text endet zu früh</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>eine \u-Escape-Sequenz braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>values are nested too deeply</source>
        <translation>Werte sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>XML line %1, column %2: %3</source>
        <translation>XML Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the list&apos;s total is not a count: %1</source>
        <translation>die Gesamtzahl der Liste ist keine Anzahl: %1</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Connection</name>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::CupiClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The request &quot;%1 %2&quot; lacks an object id.</source>
        <translation>Der Anfrage „%1 %2“ fehlt eine Objekt-ID.</translation>
    </message>
    <message>
        <source>The server&apos;s list ended early: got %1 of %2 rows.</source>
        <translation>Die Liste des Servers endete zu früh: %1 von %2 Zeilen erhalten.</translation>
    </message>
    <message>
        <source>A list request needs a resource and an item name.</source>
        <translation>Eine Listenanfrage braucht eine Ressource und einen Elementnamen.</translation>
    </message>
    <message>
        <source>The server reported a list of %1 rows (more than %2): refused.</source>
        <translation>Der Server meldete eine Liste mit %1 Zeilen (mehr als %2): abgelehnt.</translation>
    </message>
    <message>
        <source>The certificate differs from the one you trusted (SHA-256 %1).</source>
        <translation>Das Zertifikat unterscheidet sich von dem, dem Sie vertraut haben (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Untrusted certificate (SHA-256 %1).</source>
        <translation>Nicht vertrauenswürdiges Zertifikat (SHA-256 %1).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 MB: stopped reading it.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB: Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not send its whole reply within %1 s.</source>
        <translation>Der Server hat seine Antwort nicht innerhalb von %1 s vollständig gesendet.</translation>
    </message>
    <message>
        <source>The connection closed before the whole reply arrived (%1 of %2 bytes).</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam (%1 von %2 Bytes).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>The server sent no HTTP reply.</source>
        <translation>Der Server hat keine HTTP-Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server answered with &quot;%1&quot; instead of %2.</source>
        <translation>Der Server antwortete mit „%1“ statt %2.</translation>
    </message>
    <message>
        <source>Not sent: the path &quot;%1&quot; has a segment &quot;%2&quot;, which would leave its resource.</source>
        <translation>Nicht gesendet: Der Pfad „%1“ hat ein Segment „%2“, das seine Ressource verlassen würde.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (loopback); use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer (Loopback) erlaubt; verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::DisplayText</name>
    <message numerus="yes">
        <source>… %n more bytes</source>
        <translation>
            <numerusform>… %n weiteres Byte</numerusform>
            <numerusform>… %n weitere Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::ErrorText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network, then try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you trusted it. Do not continue unless your administrator confirms the new certificate.</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben. Fahren Sie nur fort, wenn Ihr Administrator das neue Zertifikat bestätigt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. Check its fingerprint before you trust it.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig. Prüfen Sie seinen Fingerabdruck, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat Benutzername oder Kennwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask for the necessary administrator rights.</source>
        <translation>Ihr Konto darf dies nicht tun. Fordern Sie die nötigen Administratorrechte an.</translation>
    </message>
    <message>
        <source>The object was not found on the server; someone may have deleted it.</source>
        <translation>Das Objekt wurde auf dem Server nicht gefunden; vielleicht hat jemand es gelöscht.</translation>
    </message>
    <message>
        <source>The server refused the data.</source>
        <translation>Der Server hat die Daten abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the data: %1</source>
        <translation>Der Server hat die Daten abgelehnt: %1</translation>
    </message>
    <message>
        <source>Someone else changed this object since you opened it.</source>
        <translation>Jemand anderes hat dieses Objekt geändert, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Der Server ist ausgelastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1).</source>
        <translation>Der Server meldete einen Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Der Server meldete einen Fehler.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>Die Anfrage war ungültig.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::ExitStatus</name>
    <message>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <source>  0  success
  1  usage error, or input refused before anything was sent; handlerctl lint:
     problems were found
  2  the server refused or failed (its message on stderr), a list ended
     before the server&apos;s count of rows (&quot;got N of M&quot;), or a reply was
     larger than --max-reply-mb
  3  the server&apos;s TLS certificate is not trusted (its SHA-256 on stderr)
  4  authentication failed, or no password could be had
  5  the server could not be reached, or did not answer in time
     (--timeout: silence; --deadline: the whole request)
  6  the output is incomplete: standard output could not be written (a
     closed pipe, quietly, or a full disk, with a message) and nothing more
     was fetched, or CSV rows had fields its header lacks
</source>
        <translation>  0  Erfolg
  1  Bedienfehler, oder Eingabe abgelehnt, bevor etwas gesendet wurde;
     handlerctl lint: Probleme gefunden
  2  der Server hat abgelehnt oder ist gescheitert (seine Meldung auf stderr),
     eine Liste endete vor der Zeilenzahl des Servers („N von M Zeilen
     erhalten“), oder eine Antwort war größer als --max-reply-mb
  3  dem TLS-Zertifikat des Servers wird nicht vertraut (SHA-256 auf stderr)
  4  Anmeldung fehlgeschlagen, oder kein Kennwort zu bekommen
  5  der Server war nicht erreichbar oder hat nicht rechtzeitig geantwortet
     (--timeout: Stille; --deadline: die ganze Anfrage)
  6  die Ausgabe ist unvollständig: die Standardausgabe konnte nicht
     geschrieben werden (eine geschlossene Pipe, still, oder eine volle
     Festplatte, mit Meldung) und es wurde nichts mehr abgerufen, oder
     CSV-Zeilen hatten Felder, die ihrer Kopfzeile fehlen
</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::FieldValue</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Fields</name>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>The unique identifier of the call handler.</source>
        <translation>Die eindeutige Kennung der Anrufverwaltung.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Name of the call handler, unique on the system.</source>
        <translation>Name der Anrufverwaltung, eindeutig im System.</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Extension of the call handler, unique within its partition.</source>
        <translation>Durchwahl der Anrufverwaltung, eindeutig in ihrer Partition.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Call handler URI.</source>
        <translation>URI der Anrufverwaltung.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Creation date and time of the call handler (UTC).</source>
        <translation>Datum und Uhrzeit der Erstellung der Anrufverwaltung (UTC).</translation>
    </message>
    <message>
        <source>Undeletable</source>
        <translation>Nicht löschbar</translation>
    </message>
    <message>
        <source>System handlers that cannot be deleted (Opening Greeting, Goodbye, Operator, users&apos; primary handlers).</source>
        <translation>Systemanrufverwaltungen, die nicht gelöscht werden können (Eröffnungsbegrüßung, Auf Wiederhören, Vermittlung, primäre Anrufverwaltungen von Benutzern).</translation>
    </message>
    <message>
        <source>User&apos;s primary handler</source>
        <translation>Primäre Anrufverwaltung eines Benutzers</translation>
    </message>
    <message>
        <source>Whether this is a user&apos;s primary call handler rather than an application call handler.</source>
        <translation>Ob dies die primäre Anrufverwaltung eines Benutzers ist statt einer Anwendungs-Anrufverwaltung.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Whether this call handler is a template for new ones.</source>
        <translation>Ob diese Anrufverwaltung eine Vorlage für neue ist.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The tenant the call handler belongs to, if any.</source>
        <translation>Der Mandant, zu dem die Anrufverwaltung gehört, falls vorhanden.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>The location object the handler belongs to.</source>
        <translation>Das Standortobjekt, zu dem die Anrufverwaltung gehört.</translation>
    </message>
    <message>
        <source>Schedule set</source>
        <translation>Zeitplansatz</translation>
    </message>
    <message>
        <source>The schedule set that decides standard and off-hours.</source>
        <translation>Der Zeitplansatz, der Geschäftszeiten und Geschlossen-Zeiten festlegt.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>The partition the extension belongs to.</source>
        <translation>Die Partition, zu der die Durchwahl gehört.</translation>
    </message>
    <message>
        <source>Search space</source>
        <translation>Suchbereich</translation>
    </message>
    <message>
        <source>The search space used to find extensions callers dial.</source>
        <translation>Der Suchbereich, in dem von Anrufern gewählte Durchwahlen gesucht werden.</translation>
    </message>
    <message>
        <source>Inherit search space from call</source>
        <translation>Suchbereich vom Anruf übernehmen</translation>
    </message>
    <message>
        <source>Use the search space of the call instead of the handler&apos;s.</source>
        <translation>Den Suchbereich des Anrufs statt dem der Anrufverwaltung verwenden.</translation>
    </message>
    <message>
        <source>Phone system</source>
        <translation>Telefonsystem</translation>
    </message>
    <message>
        <source>The phone system the call handler belongs to.</source>
        <translation>Das Telefonsystem, zu dem die Anrufverwaltung gehört.</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>One-key delay</source>
        <translation>Einzeltastenverzögerung</translation>
    </message>
    <message>
        <source>How long to wait for more digits after a single unlocked key; 0 turns one-key input off.</source>
        <translation>Wie lange nach einer einzelnen nicht gesperrten Taste auf weitere Ziffern gewartet wird; 0 schaltet die Einzeltasteneingabe aus.</translation>
    </message>
    <message>
        <source>Prepend digits</source>
        <translation>Ziffern voranstellen</translation>
    </message>
    <message>
        <source>Prepend digits to the extension when transferring.</source>
        <translation>Beim Weiterleiten Ziffern vor die Durchwahl stellen.</translation>
    </message>
    <message>
        <source>Digits to prepend</source>
        <translation>Voranzustellende Ziffern</translation>
    </message>
    <message>
        <source>Digits dialled before the transfer extension.</source>
        <translation>Ziffern, die vor der Weiterleitungsdurchwahl gewählt werden.</translation>
    </message>
    <message>
        <source>Recipient user</source>
        <translation>Empfänger (Benutzer)</translation>
    </message>
    <message>
        <source>The user whose mailbox receives messages left here.</source>
        <translation>Der Benutzer, dessen Postfach hier hinterlassene Nachrichten erhält.</translation>
    </message>
    <message>
        <source>Recipient distribution list</source>
        <translation>Empfänger (Verteilerliste)</translation>
    </message>
    <message>
        <source>The distribution list that receives messages left here.</source>
        <translation>Die Verteilerliste, die hier hinterlassene Nachrichten erhält.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Max message length</source>
        <translation>Max. Nachrichtenlänge</translation>
    </message>
    <message>
        <source>Longest message an unidentified caller can record.</source>
        <translation>Längste Nachricht, die ein nicht identifizierter Anrufer aufnehmen kann.</translation>
    </message>
    <message>
        <source>After message</source>
        <translation>Nach der Nachricht</translation>
    </message>
    <message>
        <source>What happens after the caller left a message.</source>
        <translation>Was geschieht, nachdem der Anrufer eine Nachricht hinterlassen hat.</translation>
    </message>
    <message>
        <source>After message: conversation</source>
        <translation>Nach der Nachricht: Konversation</translation>
    </message>
    <message>
        <source>The conversation the caller goes to after a message.</source>
        <translation>Die Konversation, zu der der Anrufer nach einer Nachricht geht.</translation>
    </message>
    <message>
        <source>After message: target</source>
        <translation>Nach der Nachricht: Ziel</translation>
    </message>
    <message>
        <source>The object the caller goes to after a message.</source>
        <translation>Das Objekt, zu dem der Anrufer nach einer Nachricht geht.</translation>
    </message>
    <message>
        <source>Callers can edit messages</source>
        <translation>Anrufer können Nachrichten bearbeiten</translation>
    </message>
    <message>
        <source>Whether callers can review and re-record their message.</source>
        <translation>Ob Anrufer ihre Nachricht anhören und neu aufnehmen können.</translation>
    </message>
    <message>
        <source>Mark messages urgent</source>
        <translation>Nachrichten als dringend markieren</translation>
    </message>
    <message>
        <source>Whether an unidentified caller&apos;s message is urgent.</source>
        <translation>Ob die Nachricht eines nicht identifizierten Anrufers dringend ist.</translation>
    </message>
    <message>
        <source>Mark messages private</source>
        <translation>Nachrichten als privat markieren</translation>
    </message>
    <message>
        <source>Whether an outside caller&apos;s message is private.</source>
        <translation>Ob die Nachricht eines externen Anrufers privat ist.</translation>
    </message>
    <message>
        <source>Mark messages secure</source>
        <translation>Nachrichten als sicher markieren</translation>
    </message>
    <message>
        <source>Whether an unidentified caller&apos;s message is secure.</source>
        <translation>Ob die Nachricht eines nicht identifizierten Anrufers sicher ist.</translation>
    </message>
    <message>
        <source>Dispatch delivery</source>
        <translation>Zustellung zur Verteilung</translation>
    </message>
    <message>
        <source>Deliver messages for dispatch to the first who accepts.</source>
        <translation>Nachrichten zur Verteilung zustellen, an den Ersten, der sie annimmt.</translation>
    </message>
    <message>
        <source>Play after message</source>
        <translation>Nach der Nachricht abspielen</translation>
    </message>
    <message>
        <source>Whether a recording plays after the message.</source>
        <translation>Ob nach der Nachricht eine Aufnahme abgespielt wird.</translation>
    </message>
    <message>
        <source>After-message recording</source>
        <translation>Aufnahme nach der Nachricht</translation>
    </message>
    <message>
        <source>The recording played after the message.</source>
        <translation>Die Aufnahme, die nach der Nachricht abgespielt wird.</translation>
    </message>
    <message>
        <source>Play post-greeting recording</source>
        <translation>Aufnahme nach der Begrüßung abspielen</translation>
    </message>
    <message>
        <source>Whether the post-greeting recording plays.</source>
        <translation>Ob die Aufnahme nach der Begrüßung abgespielt wird.</translation>
    </message>
    <message>
        <source>Post-greeting recording</source>
        <translation>Aufnahme nach der Begrüßung</translation>
    </message>
    <message>
        <source>The recording played after the greeting.</source>
        <translation>Die Aufnahme, die nach der Begrüßung abgespielt wird.</translation>
    </message>
    <message>
        <source>Use the caller&apos;s language</source>
        <translation>Sprache des Anrufers verwenden</translation>
    </message>
    <message>
        <source>Play prompts in the language of the call.</source>
        <translation>Ansagen in der Sprache des Anrufs abspielen.</translation>
    </message>
    <message>
        <source>Use the system default language</source>
        <translation>Standardsprache des Systems verwenden</translation>
    </message>
    <message>
        <source>Play prompts in the system&apos;s default language.</source>
        <translation>Ansagen in der Standardsprache des Systems abspielen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Windows locale ID (LCID) of the prompts&apos; language.</source>
        <translation>Windows-Gebietsschema-ID (LCID) der Sprache der Ansagen.</translation>
    </message>
    <message>
        <source>Use the system time zone</source>
        <translation>Zeitzone des Systems verwenden</translation>
    </message>
    <message>
        <source>Use the system&apos;s default time zone.</source>
        <translation>Die Standardzeitzone des Systems verwenden.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time zone id (from /vmrest/timezones), e.g. 190 for (GMT+05:30) Asia/Kolkata.</source>
        <translation>Zeitzonen-ID (aus /vmrest/timezones), z. B. 190 für (GMT+05:30) Asia/Kolkata.</translation>
    </message>
    <message>
        <source>Voice name file</source>
        <translation>Namensansagedatei</translation>
    </message>
    <message>
        <source>The WAV file of the recorded name.</source>
        <translation>Die WAV-Datei des aufgenommenen Namens.</translation>
    </message>
    <message>
        <source>Voice file URI</source>
        <translation>URI der Sprachdatei</translation>
    </message>
    <message>
        <source>URI of the recorded name&apos;s file.</source>
        <translation>URI der Datei des aufgenommenen Namens.</translation>
    </message>
    <message>
        <source>Voice name URI</source>
        <translation>URI der Namensansage</translation>
    </message>
    <message>
        <source>URI of the recorded name.</source>
        <translation>URI des aufgenommenen Namens.</translation>
    </message>
    <message>
        <source>Location URI</source>
        <translation>Standort-URI</translation>
    </message>
    <message>
        <source>URI of the location.</source>
        <translation>URI des Standorts.</translation>
    </message>
    <message>
        <source>Schedule set URI</source>
        <translation>Zeitplansatz-URI</translation>
    </message>
    <message>
        <source>URI of the schedule set.</source>
        <translation>URI des Zeitplansatzes.</translation>
    </message>
    <message>
        <source>Partition URI</source>
        <translation>Partitions-URI</translation>
    </message>
    <message>
        <source>URI of the partition.</source>
        <translation>URI der Partition.</translation>
    </message>
    <message>
        <source>Search space URI</source>
        <translation>Suchbereichs-URI</translation>
    </message>
    <message>
        <source>URI of the search space.</source>
        <translation>URI des Suchbereichs.</translation>
    </message>
    <message>
        <source>Phone system URI</source>
        <translation>Telefonsystem-URI</translation>
    </message>
    <message>
        <source>URI of the phone system.</source>
        <translation>URI des Telefonsystems.</translation>
    </message>
    <message>
        <source>Recipient list URI</source>
        <translation>Empfängerlisten-URI</translation>
    </message>
    <message>
        <source>URI of the recipient distribution list.</source>
        <translation>URI der Empfänger-Verteilerliste.</translation>
    </message>
    <message>
        <source>Recipient user URI</source>
        <translation>Empfängerbenutzer-URI</translation>
    </message>
    <message>
        <source>URI of the recipient user.</source>
        <translation>URI des empfangenden Benutzers.</translation>
    </message>
    <message>
        <source>Post-greeting URI</source>
        <translation>URI nach der Begrüßung</translation>
    </message>
    <message>
        <source>URI of the post-greeting recording.</source>
        <translation>URI der Aufnahme nach der Begrüßung.</translation>
    </message>
    <message>
        <source>Greetings URI</source>
        <translation>Begrüßungen-URI</translation>
    </message>
    <message>
        <source>URI of the greetings.</source>
        <translation>URI der Begrüßungen.</translation>
    </message>
    <message>
        <source>Transfer rules URI</source>
        <translation>Weiterleitungsregeln-URI</translation>
    </message>
    <message>
        <source>URI of the transfer rules.</source>
        <translation>URI der Weiterleitungsregeln.</translation>
    </message>
    <message>
        <source>Caller input URI</source>
        <translation>Anrufereingabe-URI</translation>
    </message>
    <message>
        <source>URI of the caller input keys.</source>
        <translation>URI der Tasten der Anrufereingabe.</translation>
    </message>
    <message>
        <source>Owners URI</source>
        <translation>Besitzer-URI</translation>
    </message>
    <message>
        <source>URI of the call handler&apos;s owners.</source>
        <translation>URI der Besitzer der Anrufverwaltung.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Take message</source>
        <translation>Nachricht aufnehmen</translation>
    </message>
    <message>
        <source>Skip greeting</source>
        <translation>Begrüßung überspringen</translation>
    </message>
    <message>
        <source>Restart greeting</source>
        <translation>Begrüßung neu starten</translation>
    </message>
    <message>
        <source>Alternate contact number</source>
        <translation>Alternative Kontaktnummer</translation>
    </message>
    <message>
        <source>Route from next call routing rule</source>
        <translation>Von nächster Anrufweiterleitungsregel routen</translation>
    </message>
    <message>
        <source>Directory handler</source>
        <translation>Verzeichnisverwaltung</translation>
    </message>
    <message>
        <source>Call handler: attempt transfer</source>
        <translation>Anrufverwaltung: Weiterleitung versuchen</translation>
    </message>
    <message>
        <source>Call handler: go to greeting</source>
        <translation>Anrufverwaltung: zur Begrüßung gehen</translation>
    </message>
    <message>
        <source>Interview handler</source>
        <translation>Interviewverwaltung</translation>
    </message>
    <message>
        <source>System transfer</source>
        <translation>Systemweiterleitung</translation>
    </message>
    <message>
        <source>User sign-in</source>
        <translation>Benutzeranmeldung</translation>
    </message>
    <message>
        <source>User system transfer</source>
        <translation>Benutzer-Systemweiterleitung</translation>
    </message>
    <message>
        <source>Greetings administrator</source>
        <translation>Begrüßungsadministrator</translation>
    </message>
    <message>
        <source>Broadcast message administrator</source>
        <translation>Administrator für Rundsendungen</translation>
    </message>
    <message>
        <source>Checked-out guest</source>
        <translation>Abgemeldeter Gast</translation>
    </message>
    <message>
        <source>Reverse trap</source>
        <translation>Reverse Trap</translation>
    </message>
    <message>
        <source>Live record</source>
        <translation>Live-Aufnahme</translation>
    </message>
    <message>
        <source>Attempt forward</source>
        <translation>Weiterleitung versuchen</translation>
    </message>
    <message>
        <source>Attempt sign-in</source>
        <translation>Anmeldung versuchen</translation>
    </message>
    <message>
        <source>Easy sign-in</source>
        <translation>Einfache Anmeldung</translation>
    </message>
    <message>
        <source>Hotel: checked-out guest</source>
        <translation>Hotel: abgemeldeter Gast</translation>
    </message>
    <message>
        <source>Mailbox reset</source>
        <translation>Postfach zurücksetzen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>External callers only</source>
        <translation>Nur externe Anrufer</translation>
    </message>
    <message>
        <source>Messages go to one recipient: choose a user or a distribution list, not both.</source>
        <translation>Nachrichten gehen an einen Empfänger: Wählen Sie einen Benutzer oder eine Verteilerliste, nicht beides.</translation>
    </message>
    <message>
        <source>Choose the user or distribution list that receives messages.</source>
        <translation>Wählen Sie den Benutzer oder die Verteilerliste, die Nachrichten erhält.</translation>
    </message>
    <message>
        <source>Choose a language, or use the caller&apos;s language or the system default language.</source>
        <translation>Wählen Sie eine Sprache oder verwenden Sie die Sprache des Anrufers oder die Standardsprache des Systems.</translation>
    </message>
    <message>
        <source>Choose a time zone, or use the system default time zone.</source>
        <translation>Wählen Sie eine Zeitzone oder verwenden Sie die Standardzeitzone des Systems.</translation>
    </message>
    <message>
        <source>%1: choose where the call goes.</source>
        <translation>%1: Wählen Sie, wohin der Anruf geht.</translation>
    </message>
    <message>
        <source>%1 is required for “%2”.</source>
        <translation>%1 ist für „%2“ erforderlich.</translation>
    </message>
    <message>
        <source>The %1 rule cannot be turned off.</source>
        <translation>Die Regel %1 kann nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Off hours</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>System default greeting</source>
        <translation>Standardbegrüßung des Systems</translation>
    </message>
    <message>
        <source>Personal recording</source>
        <translation>Persönliche Aufnahme</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Send to the greeting</source>
        <translation>Zur Begrüßung senden</translation>
    </message>
    <message>
        <source>Transfer to the extension</source>
        <translation>Zur Durchwahl weiterleiten</translation>
    </message>
    <message>
        <source>Release to phone system</source>
        <translation>An das Telefonsystem übergeben</translation>
    </message>
    <message>
        <source>Supervise transfer</source>
        <translation>Überwachte Weiterleitung</translation>
    </message>
    <message>
        <source>Send to the busy greeting</source>
        <translation>Zur Besetztbegrüßung senden</translation>
    </message>
    <message>
        <source>Put the caller on hold</source>
        <translation>Anrufer in die Warteschleife legen</translation>
    </message>
    <message>
        <source>Ask the caller to hold</source>
        <translation>Anrufer fragen, ob er warten möchte</translation>
    </message>
    <message>
        <source>Release the call</source>
        <translation>Anruf freigeben</translation>
    </message>
    <message>
        <source>Call handler</source>
        <translation>Anrufverwaltung</translation>
    </message>
    <message>
        <source>The owning call handler.</source>
        <translation>Die besitzende Anrufverwaltung.</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Which of the 7 greetings.</source>
        <translation>Welche der 7 Begrüßungen.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Whether the greeting plays (Standard and Error always do).</source>
        <translation>Ob die Begrüßung abgespielt wird (Standard und Fehler immer).</translation>
    </message>
    <message>
        <source>Enabled until</source>
        <translation>Aktiviert bis</translation>
    </message>
    <message>
        <source>Empty or a future time (GMT) keeps it on; a past one turns it off.</source>
        <translation>Leer oder ein zukünftiger Zeitpunkt (GMT) lässt sie aktiv; ein vergangener schaltet sie aus.</translation>
    </message>
    <message>
        <source>Callers hear</source>
        <translation>Anrufer hören</translation>
    </message>
    <message>
        <source>What the greeting plays.</source>
        <translation>Was die Begrüßung abspielt.</translation>
    </message>
    <message>
        <source>After greeting</source>
        <translation>Nach der Begrüßung</translation>
    </message>
    <message>
        <source>What happens after the greeting.</source>
        <translation>Was nach der Begrüßung geschieht.</translation>
    </message>
    <message>
        <source>After greeting: conversation</source>
        <translation>Nach der Begrüßung: Konversation</translation>
    </message>
    <message>
        <source>The conversation the caller goes to after the greeting.</source>
        <translation>Die Konversation, zu der der Anrufer nach der Begrüßung geht.</translation>
    </message>
    <message>
        <source>After greeting: target</source>
        <translation>Nach der Begrüßung: Ziel</translation>
    </message>
    <message>
        <source>The object the caller goes to after the greeting.</source>
        <translation>Das Objekt, zu dem der Anrufer nach der Begrüßung geht.</translation>
    </message>
    <message>
        <source>Ignore caller input</source>
        <translation>Anrufereingabe ignorieren</translation>
    </message>
    <message>
        <source>Keys pressed during the greeting are ignored.</source>
        <translation>Während der Begrüßung gedrückte Tasten werden ignoriert.</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Replay greeting</source>
        <translation>Begrüßung wiederholen</translation>
    </message>
    <message>
        <source>How often the greeting replays when the caller is silent.</source>
        <translation>Wie oft die Begrüßung wiederholt wird, wenn der Anrufer schweigt.</translation>
    </message>
    <message>
        <source>Delay between replays</source>
        <translation>Pause zwischen Wiederholungen</translation>
    </message>
    <message>
        <source>Seconds of silence before the greeting replays.</source>
        <translation>Sekunden Stille, bevor die Begrüßung wiederholt wird.</translation>
    </message>
    <message>
        <source>Allow transfers to numbers</source>
        <translation>Weiterleitung an Nummern erlauben</translation>
    </message>
    <message>
        <source>Callers may dial numbers not associated with users.</source>
        <translation>Anrufer dürfen Nummern wählen, die keinem Benutzer zugeordnet sind.</translation>
    </message>
    <message>
        <source>Play &quot;record your message&quot;</source>
        <translation>„Nachricht aufnehmen“ abspielen</translation>
    </message>
    <message>
        <source>Play the record-message prompt before taking a message.</source>
        <translation>Die Ansage zur Nachrichtenaufnahme abspielen, bevor eine Nachricht aufgenommen wird.</translation>
    </message>
    <message>
        <source>Recordings URI</source>
        <translation>Aufnahmen-URI</translation>
    </message>
    <message>
        <source>URI of the greeting&apos;s recordings.</source>
        <translation>URI der Aufnahmen der Begrüßung.</translation>
    </message>
    <message>
        <source>URI of the greeting.</source>
        <translation>URI der Begrüßung.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>The key: 0-9, * or #.</source>
        <translation>Die Taste: 0-9, * oder #.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What happens when the caller presses the key.</source>
        <translation>Was geschieht, wenn der Anrufer die Taste drückt.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>The conversation a Go-to action goes to.</source>
        <translation>Die Konversation, zu der eine Gehe-zu-Aktion führt.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The object a Go-to action goes to.</source>
        <translation>Das Objekt, zu dem eine Gehe-zu-Aktion führt.</translation>
    </message>
    <message>
        <source>Transfer number</source>
        <translation>Weiterleitungsnummer</translation>
    </message>
    <message>
        <source>The number an alternate-contact transfer dials.</source>
        <translation>Die Nummer, die eine Weiterleitung an die alternative Kontaktnummer wählt.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Act on the key at once, without waiting for more digits.</source>
        <translation>Sofort auf die Taste reagieren, ohne auf weitere Ziffern zu warten.</translation>
    </message>
    <message>
        <source>URI of the key.</source>
        <translation>URI der Taste.</translation>
    </message>
    <message>
        <source>Transfer rule</source>
        <translation>Weiterleitungsregel</translation>
    </message>
    <message>
        <source>Which of the 3 transfer rules.</source>
        <translation>Welche der 3 Weiterleitungsregeln.</translation>
    </message>
    <message>
        <source>Whether the rule applies (Standard always does).</source>
        <translation>Ob die Regel gilt (Standard gilt immer).</translation>
    </message>
    <message>
        <source>Empty or a future time (GMT) keeps it on.</source>
        <translation>Leer oder ein zukünftiger Zeitpunkt (GMT) lässt sie aktiv.</translation>
    </message>
    <message>
        <source>Calls go</source>
        <translation>Anrufe gehen</translation>
    </message>
    <message>
        <source>Send calls to the greeting or transfer them.</source>
        <translation>Anrufe zur Begrüßung senden oder weiterleiten.</translation>
    </message>
    <message>
        <source>Transfer extension</source>
        <translation>Weiterleitungsdurchwahl</translation>
    </message>
    <message>
        <source>The extension calls are transferred to.</source>
        <translation>Die Durchwahl, an die Anrufe weitergeleitet werden.</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>Weiterleitungsart</translation>
    </message>
    <message>
        <source>Release the call or supervise the transfer.</source>
        <translation>Den Anruf übergeben oder die Weiterleitung überwachen.</translation>
    </message>
    <message>
        <source>rings</source>
        <translation>Klingelzeichen</translation>
    </message>
    <message>
        <source>Rings to wait</source>
        <translation>Klingelzeichen abwarten</translation>
    </message>
    <message>
        <source>Rings before a supervised transfer gives up.</source>
        <translation>Klingelzeichen, bevor eine überwachte Weiterleitung aufgibt.</translation>
    </message>
    <message>
        <source>If the extension is busy</source>
        <translation>Wenn die Durchwahl besetzt ist</translation>
    </message>
    <message>
        <source>What a supervised transfer does on busy.</source>
        <translation>Was eine überwachte Weiterleitung bei Besetzt tut.</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Ankündigen</translation>
    </message>
    <message>
        <source>Say &quot;transferring call&quot; to the person who answers.</source>
        <translation>Dem Angerufenen „Anruf wird weitergeleitet“ ansagen.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Let the person who answers accept or refuse the call.</source>
        <translation>Den Angerufenen den Anruf annehmen oder ablehnen lassen.</translation>
    </message>
    <message>
        <source>Introduce</source>
        <translation>Vorstellen</translation>
    </message>
    <message>
        <source>Say the handler&apos;s name to the person who answers.</source>
        <translation>Dem Angerufenen den Namen der Anrufverwaltung ansagen.</translation>
    </message>
    <message>
        <source>Ask caller&apos;s name</source>
        <translation>Nach dem Namen des Anrufers fragen</translation>
    </message>
    <message>
        <source>Record the caller&apos;s name and play it before connecting.</source>
        <translation>Den Namen des Anrufers aufnehmen und vor dem Verbinden abspielen.</translation>
    </message>
    <message>
        <source>Use the handler&apos;s extension</source>
        <translation>Durchwahl der Anrufverwaltung verwenden</translation>
    </message>
    <message>
        <source>Transfer to the handler&apos;s own extension.</source>
        <translation>An die eigene Durchwahl der Anrufverwaltung weiterleiten.</translation>
    </message>
    <message>
        <source>Play &quot;wait while I transfer&quot;</source>
        <translation>„Bitte warten, ich verbinde“ abspielen</translation>
    </message>
    <message>
        <source>Tell the caller the call is being transferred.</source>
        <translation>Dem Anrufer sagen, dass der Anruf weitergeleitet wird.</translation>
    </message>
    <message>
        <source>If nobody answers</source>
        <translation>Wenn niemand antwortet</translation>
    </message>
    <message>
        <source>What a transfer does when nobody answers.</source>
        <translation>Was eine Weiterleitung tut, wenn niemand antwortet.</translation>
    </message>
    <message>
        <source>URI of the transfer rule.</source>
        <translation>URI der Weiterleitungsregel.</translation>
    </message>
    <message>
        <source>digits, * and #</source>
        <translation>Ziffern, * und #</translation>
    </message>
    <message>
        <source>digits, #, * and +</source>
        <translation>Ziffern, #, * und +</translation>
    </message>
    <message>
        <source>digits, #, *, + and commas</source>
        <translation>Ziffern, #, *, + und Kommas</translation>
    </message>
    <message>
        <source>%1 may not contain control characters.</source>
        <translation>%1 darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 may contain only %2.</source>
        <translation>%1 darf nur %2 enthalten.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1 muss zwischen %2 und %3 %4 liegen.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Eines von: %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>%1, up to %2 characters</source>
        <translation>%1, bis zu %2 Zeichen</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message>
        <source>%1, %2 to %3 %4</source>
        <translation>%1, %2 bis %3 %4</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>Date and time (UTC)</source>
        <translation>Datum und Uhrzeit (UTC)</translation>
    </message>
    <message>
        <source>Object ID of a %1</source>
        <translation>Objekt-ID eines Objekts vom Typ %1</translation>
    </message>
    <message>
        <source>%1; required</source>
        <translation>%1; erforderlich</translation>
    </message>
    <message>
        <source>%1; default %2</source>
        <translation>%1; Standard %2</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters.</source>
        <translation>%1 darf höchstens %2 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 must be a date and time such as 2013-01-02T15:42:48Z.</source>
        <translation>%1 muss ein Datum mit Uhrzeit wie 2013-01-02T15:42:48Z sein.</translation>
    </message>
    <message>
        <source>%1 is not a valid object ID.</source>
        <translation>%1 ist keine gültige Objekt-ID.</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be emptied: the server refuses an empty value once it has one. Enter another, or choose another action.</source>
        <translation>%1 kann nicht geleert werden: Der Server lehnt einen leeren Wert ab, sobald ein Wert gesetzt ist. Geben Sie einen anderen ein oder wählen Sie eine andere Aktion.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Flow::CallFlowBuilder</name>
    <message>
        <source>The call flow could not be read completely: %1</source>
        <translation>Der Anrufablauf konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n handler(s) could not be read completely; the call flow is shown without their greetings and keys. Build again to read them.</source>
        <translation>
            <numerusform>%n Anrufverwaltung konnte nicht vollständig gelesen werden; der Anrufablauf wird ohne ihre Begrüßungen und Tasten gezeigt. Erstellen Sie ihn neu, um sie zu lesen.</numerusform>
            <numerusform>%n Anrufverwaltungen konnten nicht vollständig gelesen werden; der Anrufablauf wird ohne ihre Begrüßungen und Tasten gezeigt. Erstellen Sie ihn neu, um sie zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Flow::CallFlowCache</name>
    <message>
        <source>The saved call flow could not be read: %1</source>
        <translation>Der gespeicherte Anrufablauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The saved call flow is damaged; it is read again.</source>
        <translation>Der gespeicherte Anrufablauf ist beschädigt; er wird neu gelesen.</translation>
    </message>
    <message>
        <source>The saved call flow is of another version of Handler Desk; it is read again.</source>
        <translation>Der gespeicherte Anrufablauf stammt von einer anderen Version von Handler Desk; er wird neu gelesen.</translation>
    </message>
    <message>
        <source>The saved call flow belongs to another server or user.</source>
        <translation>Der gespeicherte Anrufablauf gehört zu einem anderen Server oder Benutzer.</translation>
    </message>
    <message>
        <source>The call flow could not be saved: %1</source>
        <translation>Der Anrufablauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Flow::CallPathJob</name>
    <message>
        <source>open</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key of a phone (0–9, * or #).</source>
        <translation>„%1“ ist keine Telefontaste (0–9, * oder #).</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped after %1 steps.</source>
        <translation>Nach %1 Schritten angehalten.</translation>
    </message>
    <message>
        <source>Loops back to %1: the caller can never leave.</source>
        <translation>Führt zurück zu %1: Der Anrufer kommt nie heraus.</translation>
    </message>
    <message>
        <source>The server has no Opening Greeting.</source>
        <translation>Der Server hat keine Eröffnungsbegrüßung.</translation>
    </message>
    <message>
        <source>There is no call handler %1.</source>
        <translation>Es gibt keine Anrufverwaltung %1.</translation>
    </message>
    <message>
        <source>%1 sends the caller to %2, which no longer exists.</source>
        <translation>%1 sendet den Anrufer zu %2, das nicht mehr existiert.</translation>
    </message>
    <message>
        <source>Key %1 is not offered here: nothing happens.</source>
        <translation>Taste %1 wird hier nicht angeboten: Es passiert nichts.</translation>
    </message>
    <message>
        <source>The %1 greeting ignores keys: key %2 does nothing.</source>
        <translation>Die Begrüßung %1 ignoriert Tasten: Taste %2 bewirkt nichts.</translation>
    </message>
    <message>
        <source>Key %1 is set to Ignore: it does nothing.</source>
        <translation>Taste %1 ist auf Ignorieren gesetzt: Sie bewirkt nichts.</translation>
    </message>
    <message>
        <source>Nothing follows the greeting: the call ends.</source>
        <translation>Auf die Begrüßung folgt nichts: Der Anruf endet.</translation>
    </message>
    <message>
        <source>The call ends at %1.</source>
        <translation>Der Anruf endet bei %1.</translation>
    </message>
    <message>
        <source>Hangs up.</source>
        <translation>Legt auf.</translation>
    </message>
    <message>
        <source>%1 hangs up.</source>
        <translation>%1 legt auf.</translation>
    </message>
    <message>
        <source>Go to %1 without a target.</source>
        <translation>Gehe zu %1 ohne Ziel.</translation>
    </message>
    <message>
        <source>A Go-to without a target: the call goes nowhere.</source>
        <translation>Ein Gehe-zu ohne Ziel: Der Anruf geht nirgendwohin.</translation>
    </message>
    <message>
        <source>Goes to the conversation %1.</source>
        <translation>Geht zur Konversation %1.</translation>
    </message>
    <message>
        <source>The caller ends in the conversation %1.</source>
        <translation>Der Anrufer endet in der Konversation %1.</translation>
    </message>
    <message>
        <source>Goes to the directory handler %1.</source>
        <translation>Geht zur Verzeichnisverwaltung %1.</translation>
    </message>
    <message>
        <source>The caller ends in the directory handler %1.</source>
        <translation>Der Anrufer endet in der Verzeichnisverwaltung %1.</translation>
    </message>
    <message>
        <source>Goes to the interview handler %1.</source>
        <translation>Geht zur Interviewverwaltung %1.</translation>
    </message>
    <message>
        <source>The caller ends in the interview handler %1.</source>
        <translation>Der Anrufer endet in der Interviewverwaltung %1.</translation>
    </message>
    <message>
        <source>Goes to the next handler (its transfer rules).</source>
        <translation>Geht zur nächsten Anrufverwaltung (ihren Weiterleitungsregeln).</translation>
    </message>
    <message>
        <source>Goes to the next handler.</source>
        <translation>Geht zur nächsten Anrufverwaltung.</translation>
    </message>
    <message>
        <source>Plays the Error greeting.</source>
        <translation>Spielt die Fehlerbegrüßung ab.</translation>
    </message>
    <message>
        <source>The call ends after the Error greeting.</source>
        <translation>Der Anruf endet nach der Fehlerbegrüßung.</translation>
    </message>
    <message>
        <source>Takes a message.</source>
        <translation>Nimmt eine Nachricht auf.</translation>
    </message>
    <message>
        <source>After the message: </source>
        <translation>Nach der Nachricht: </translation>
    </message>
    <message>
        <source>After the message the action is %1.</source>
        <translation>Nach der Nachricht ist die Aktion %1.</translation>
    </message>
    <message>
        <source>Skips the greeting.</source>
        <translation>Überspringt die Begrüßung.</translation>
    </message>
    <message>
        <source>Skips to the end of the greeting.</source>
        <translation>Springt ans Ende der Begrüßung.</translation>
    </message>
    <message>
        <source>The greeting skips to itself.</source>
        <translation>Die Begrüßung springt zu sich selbst.</translation>
    </message>
    <message>
        <source>After the greeting: </source>
        <translation>Nach der Begrüßung: </translation>
    </message>
    <message>
        <source>Restarts the greeting.</source>
        <translation>Startet die Begrüßung neu.</translation>
    </message>
    <message>
        <source>Transfers to the alternate contact number.</source>
        <translation>Leitet an die alternative Kontaktnummer weiter.</translation>
    </message>
    <message>
        <source>The caller is transferred to %1&apos;s alternate contact number.</source>
        <translation>Der Anrufer wird an die alternative Kontaktnummer von %1 weitergeleitet.</translation>
    </message>
    <message>
        <source>Goes back to the call routing rules (the next rule).</source>
        <translation>Geht zurück zu den Anrufweiterleitungsregeln (der nächsten Regel).</translation>
    </message>
    <message>
        <source>The call goes on from the next call routing rule.</source>
        <translation>Der Anruf geht bei der nächsten Anrufweiterleitungsregel weiter.</translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; is not known here.</source>
        <translation>Die Aktion „%1“ ist hier nicht bekannt.</translation>
    </message>
    <message>
        <source>Stopped at an action this program does not know: &quot;%1&quot;.</source>
        <translation>Angehalten bei einer Aktion, die dieses Programm nicht kennt: „%1“.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Flow::Lint</name>
    <message>
        <source>The after-message action</source>
        <translation>Die Aktion nach der Nachricht</translation>
    </message>
    <message>
        <source>The %1 greeting&apos;s after-greeting action</source>
        <translation>Die Aktion nach der Begrüßung %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>The routing rule</source>
        <translation>Die Routingregel</translation>
    </message>
    <message>
        <source>%1 goes to an object that no longer exists (%2).</source>
        <translation>%1 führt zu einem Objekt, das nicht mehr existiert (%2).</translation>
    </message>
    <message>
        <source>%1 sends callers to “%2”, which has no greeting turned on.</source>
        <translation>%1 sendet Anrufer zu „%2“, wo keine Begrüßung aktiviert ist.</translation>
    </message>
    <message>
        <source>After a message, callers go to “%1”, which has no message recipient.</source>
        <translation>Nach einer Nachricht gehen Anrufer zu „%1“, das keinen Nachrichtenempfänger hat.</translation>
    </message>
    <message>
        <source>%1 is “Go to” with no target.</source>
        <translation>%1 ist „Gehe zu“ ohne Ziel.</translation>
    </message>
    <message>
        <source>The %1 greeting was switched on until a time that has passed: callers no longer hear it.</source>
        <translation>Die Begrüßung %1 war bis zu einem vergangenen Zeitpunkt aktiviert: Anrufer hören sie nicht mehr.</translation>
    </message>
    <message>
        <source>No call can reach “%1”: no routing rule, no extension and no other handler leads to it.</source>
        <translation>Kein Anruf kann „%1“ erreichen: Keine Routingregel, keine Durchwahl und keine andere Anrufverwaltung führt dorthin.</translation>
    </message>
    <message numerus="yes">
        <source>Callers can never leave this loop (%n handler(s): %1): no key, greeting or action in it leads out.</source>
        <translation>
            <numerusform>Anrufer kommen aus dieser Schleife nie heraus (%n Anrufverwaltung: %1): Keine Taste, Begrüßung oder Aktion darin führt hinaus.</numerusform>
            <numerusform>Anrufer kommen aus dieser Schleife nie heraus (%n Anrufverwaltungen: %1): Keine Taste, Begrüßung oder Aktion darin führt hinaus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension %1 is also the extension of “%2”.</source>
        <translation>Durchwahl %1 ist auch die Durchwahl von „%2“.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Flow::Repoint</name>
    <message>
        <source>missing object %1</source>
        <translation>fehlendes Objekt %1</translation>
    </message>
    <message>
        <source>%1 greeting</source>
        <translation>Begrüßung %1</translation>
    </message>
    <message>
        <source>%1 is not in the call-flow graph.</source>
        <translation>%1 ist nicht im Anrufablaufgraphen.</translation>
    </message>
    <message>
        <source>Re-pointing needs a target to send the callers to.</source>
        <translation>Das Umstellen braucht ein Ziel, zu dem die Anrufer gesendet werden.</translation>
    </message>
    <message>
        <source>Cannot re-point %1 to itself.</source>
        <translation>%1 kann nicht auf sich selbst umgestellt werden.</translation>
    </message>
    <message>
        <source>The target %1 does not exist on the server.</source>
        <translation>Das Ziel %1 existiert nicht auf dem Server.</translation>
    </message>
    <message>
        <source>%1 cannot be the target of a &quot;Go to&quot;: choose a call handler, a directory handler or an interview handler.</source>
        <translation>%1 kann nicht das Ziel eines „Gehe zu“ sein: Wählen Sie eine Anrufverwaltung, eine Verzeichnisverwaltung oder eine Interviewverwaltung.</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Flow::RepointRun</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 no longer goes to %2: the call-flow graph is older than the server. Read it again and retry.</source>
        <translation>%1 führt nicht mehr zu %2: Der Anrufablaufgraph ist älter als der Server. Lesen Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s) of %1 now go to %2.</source>
        <translation>
            <numerusform>%n Verweis auf %1 führt jetzt zu %2.</numerusform>
            <numerusform>%n Verweise auf %1 führen jetzt zu %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-pointing</source>
        <translation>Umstellen</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Put back: %1.</source>
        <translation>Zurückgesetzt: %1.</translation>
    </message>
    <message>
        <source>Nothing had been changed.</source>
        <translation>Es war nichts geändert worden.</translation>
    </message>
    <message>
        <source>Could NOT be put back (may still go to %1): %2.</source>
        <translation>Konnte NICHT zurückgesetzt werden (führt evtl. noch zu %1): %2.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Flow::ScheduleReader</name>
    <message>
        <source>The handler has no schedule set.</source>
        <translation>Die Anrufverwaltung hat keinen Zeitplansatz.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::Flow::Subgraph</name>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>after message</source>
        <translation>nach der Nachricht</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::HandlerActions</name>
    <message>
        <source>The new call handler needs a name.</source>
        <translation>Die neue Anrufverwaltung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Choose a call handler template for the new handler.</source>
        <translation>Wählen Sie eine Anrufverwaltungsvorlage für die neue Anrufverwaltung.</translation>
    </message>
    <message>
        <source>The server did not say which handler it created.</source>
        <translation>Der Server hat nicht gesagt, welche Anrufverwaltung er angelegt hat.</translation>
    </message>
    <message>
        <source>No call handler to delete.</source>
        <translation>Keine Anrufverwaltung zum Löschen.</translation>
    </message>
    <message>
        <source>“%1” is undeletable: the server keeps its system call handlers and users&apos; primary handlers.</source>
        <translation>„%1“ ist nicht löschbar: Der Server behält seine Systemanrufverwaltungen und die primären Anrufverwaltungen der Benutzer.</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::HandlerEditor</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>There is no loaded call handler to save.</source>
        <translation>Es ist keine geladene Anrufverwaltung zum Speichern da.</translation>
    </message>
    <message>
        <source>%1 greeting</source>
        <translation>Begrüßung %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>%1 transfer rule</source>
        <translation>Weiterleitungsregel %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>field label (CUPI name)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::PasswordSource</name>
    <message>
        <source>Password for %1: </source>
        <translation>Kennwort für %1: </translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::SecretStore</name>
    <message>
        <source>Access to the keychain was denied. (%1)</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. (%1)</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>No desktop keychain is available (no Secret Service on the session bus), so the password cannot be stored or read.</source>
        <translation>Kein Schlüsselbund des Desktops verfügbar (kein Secret Service auf dem Sitzungsbus), daher kann das Kennwort weder gespeichert noch gelesen werden.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::ServerSearch</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::ServerUrl</name>
    <message>
        <source>Enter the server address (https://host[:port]).</source>
        <translation>Geben Sie die Serveradresse ein (https://host[:port]).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::TargetNames</name>
    <message>
        <source>Call handler</source>
        <translation>Anrufverwaltung</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Directory handler</source>
        <translation>Verzeichnisverwaltung</translation>
    </message>
    <message>
        <source>Interview handler</source>
        <translation>Interviewverwaltung</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mailbox of %1</source>
        <translation>Postfach von %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>kind · name (extension): &quot;Call handler · Sales Main Menu (2100)&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not found (%1)</source>
        <translation>Nicht gefunden (%1)</translation>
    </message>
    <message>
        <source>%1 (its name could not be read)</source>
        <translation>%1 (sein Name konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>%1 (looking up its name…)</source>
        <translation>%1 (Name wird gesucht …)</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Core::TenantChoiceModel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>another tenant</source>
        <translation>ein anderer Mandant</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ctl::Commands</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;handlerctl COMMAND --help&apos; for the options of a command.</source>
        <translation>„handlerctl COMMAND --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>CSV output (--output csv) neutralises formulas: a value that starts with
= + - @ TAB or CR is written with a leading &apos; (OWASP&apos;s rule against CSV
injection), so a spreadsheet shows it as text. --output json keeps every value exact.</source>
        <translation>CSV-Ausgabe (--output csv) entschärft Formeln: Ein Wert, der mit = + - @ TAB
oder CR beginnt, wird mit vorangestelltem &apos; geschrieben (OWASP-Regel gegen
CSV-Injection), sodass eine Tabellenkalkulation ihn als Text zeigt.
--output json gibt jeden Wert exakt wieder.</translation>
    </message>
    <message>
        <source>Only exit status 0 means a list is whole. A list that fails after rows were
written keeps them, says &quot;incomplete output: got N of M rows&quot; on stderr,
and leaves a JSON array unclosed, so that no parser takes it for the whole
list.
</source>
        <translation>Nur Exit-Status 0 bedeutet, dass eine Liste vollständig ist. Scheitert eine
Liste, nachdem Zeilen geschrieben wurden, bleiben diese erhalten; auf stderr
steht „unvollständige Ausgabe: N von M Zeilen erhalten“, und ein JSON-Array
bleibt offen, damit kein Parser es für die ganze Liste hält.
</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>The call handler&apos;s ObjectId.</source>
        <translation>Die ObjectId der Anrufverwaltung.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: handlerctl [global options] %1</source>
        <translation>Aufruf: handlerctl [globale Optionen] %1</translation>
    </message>
    <message>
        <source>missing argument (see --help)</source>
        <translation>fehlendes Argument (siehe --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown output format &apos;%1&apos;</source>
        <translation>unbekanntes Ausgabeformat „%1“</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The server, https://host[:port] (plain http only to this computer).</source>
        <translation>Der Server, https://host[:port] (unverschlüsseltes http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>The administrator account.</source>
        <translation>Das Administratorkonto.</translation>
    </message>
    <message>
        <source>Wire format: %1 (default %2).</source>
        <translation>Übertragungsformat: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Accept the server&apos;s certificate if its SHA-256 fingerprint is this (AA:BB:… or plain hex).</source>
        <translation>Das Zertifikat des Servers akzeptieren, wenn sein SHA-256-Fingerabdruck dieser ist (AA:BB:… oder reines Hex).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (at a terminal: a prompt, not echoed). An empty password is refused.</source>
        <translation>Das Kennwort aus der ersten Zeile der Standardeingabe lesen (an einem Terminal: eine Abfrage ohne Echo). Ein leeres Kennwort wird abgelehnt.</translation>
    </message>
    <message>
        <source>Rows per request when listing (default 100, Cisco&apos;s advice for busy servers).</source>
        <translation>Zeilen pro Anfrage beim Auflisten (Standard 100, Ciscos Empfehlung für ausgelastete Server).</translation>
    </message>
    <message>
        <source>Seconds of silence from the server after which a request fails (default 30).</source>
        <translation>Sekunden Stille vom Server, nach denen eine Anfrage scheitert (Standard 30).</translation>
    </message>
    <message>
        <source>Seconds one request may take in all, however steadily the server sends (default 120).</source>
        <translation>Sekunden, die eine Anfrage insgesamt dauern darf, wie stetig der Server auch sendet (Standard 120).</translation>
    </message>
    <message>
        <source>Largest reply accepted, in MB; a larger one fails (default 64).</source>
        <translation>Größte akzeptierte Antwort in MB; eine größere scheitert (Standard 64).</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <source>--wire takes %1</source>
        <translation>--wire nimmt %1</translation>
    </message>
    <message>
        <source>--page-size takes a positive number</source>
        <translation>--page-size nimmt eine positive Zahl</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout nimmt eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>--deadline takes a number of seconds from 1 to 86400</source>
        <translation>--deadline nimmt eine Zahl von Sekunden von 1 bis 86400</translation>
    </message>
    <message>
        <source>--max-reply-mb takes a number from 1 to 4096</source>
        <translation>--max-reply-mb nimmt eine Zahl von 1 bis 4096</translation>
    </message>
    <message>
        <source>Browse and edit the call handlers of a Cisco Unity Connection server through its REST interface (CUPI).</source>
        <translation>Die Anrufverwaltungen eines Cisco-Unity-Connection-Servers über seine REST-Schnittstelle (CUPI) durchsuchen und bearbeiten.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>[off now]</source>
        <translation>[jetzt aus]</translation>
    </message>
    <message>
        <source>[loop]</source>
        <translation>[Schleife]</translation>
    </message>
    <message>
        <source>[shown above]</source>
        <translation>[oben gezeigt]</translation>
    </message>
    <message>
        <source>How many steps to follow from the object (default %1, at most %2).</source>
        <translation>Wie viele Schritte vom Objekt aus verfolgt werden (Standard %1, höchstens %2).</translation>
    </message>
    <message>
        <source>Output format: tree (default: indented text, one line per key, greeting or action), dot (Graphviz), svg (laid out by Graphviz) or json.</source>
        <translation>Ausgabeformat: tree (Standard: eingerückter Text, eine Zeile je Taste, Begrüßung oder Aktion), dot (Graphviz), svg (von Graphviz angeordnet) oder json.</translation>
    </message>
    <message>
        <source>--depth takes a number from 1 to %1</source>
        <translation>--depth nimmt eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the flow.</source>
        <translation>Graphviz konnte den Ablauf nicht anordnen.</translation>
    </message>
    <message>
        <source>REFERRER</source>
        <translation>VERWEIS</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <source>CONVERSATION</source>
        <translation>KONVERSATION</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>%1 is not in the call flow (a new object? --refresh reads the server again)</source>
        <translation>%1 ist nicht im Anrufablauf (ein neues Objekt? --refresh liest den Server neu)</translation>
    </message>
    <message>
        <source>An ObjectId: a call handler, a directory or interview handler, a routing rule.</source>
        <translation>Eine ObjectId: eine Anrufverwaltung, eine Verzeichnis- oder Interviewverwaltung, eine Routingregel.</translation>
    </message>
    <message>
        <source>show where callers go from an object</source>
        <translation>zeigen, wohin Anrufer von einem Objekt aus gehen</translation>
    </message>
    <message>
        <source>Show the call flow from an object (without ID: from the routing rules and the Opening Greeting) to a depth: each key, greeting and action and where it sends callers.</source>
        <translation>Den Anrufablauf von einem Objekt aus (ohne ID: von den Routingregeln und der Eröffnungsbegrüßung) bis zu einer Tiefe zeigen: jede Taste, Begrüßung und Aktion und wohin sie Anrufer sendet.</translation>
    </message>
    <message>
        <source>show who sends callers to an object</source>
        <translation>zeigen, wer Anrufer zu einem Objekt sendet</translation>
    </message>
    <message>
        <source>List every key, greeting, after-message action and routing rule that sends callers to an object.</source>
        <translation>Jede Taste, Begrüßung, Aktion nach der Nachricht und Routingregel auflisten, die Anrufer zu einem Objekt sendet.</translation>
    </message>
    <message>
        <source>reading the call flow: %1 of %2</source>
        <translation>Anrufablauf wird gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Read the call flow from the server again instead of using the copy an earlier run kept (in the cache directory, shared with the desktop: ~/.cache/handlerdesk/callflow).</source>
        <translation>Den Anrufablauf erneut vom Server lesen, statt die Kopie eines früheren Laufs zu verwenden (im Cache-Verzeichnis, gemeinsam mit dem Desktop: ~/.cache/handlerdesk/callflow).</translation>
    </message>
    <message>
        <source>using the call flow read %1 (--refresh reads it again)</source>
        <translation>verwende den Anrufablauf, gelesen %1 (--refresh liest ihn neu)</translation>
    </message>
    <message>
        <source>--language takes &apos;inherit&apos;, &apos;default&apos; or a language code such as 1033</source>
        <translation>--language nimmt „inherit“, „default“ oder einen Sprachcode wie 1033</translation>
    </message>
    <message>
        <source>--time-zone takes &apos;default&apos; or a time-zone id such as 35</source>
        <translation>--time-zone nimmt „default“ oder eine Zeitzonen-ID wie 35</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>The call-handler template (ObjectId; see &apos;handlerctl templates&apos;).</source>
        <translation>Die Anrufverwaltungsvorlage (ObjectId; siehe „handlerctl templates“).</translation>
    </message>
    <message>
        <source>create needs --template ID and --name NAME</source>
        <translation>create braucht --template ID und --name NAME</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (needed when standard input is not a terminal).</source>
        <translation>Nicht um Bestätigung fragen (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>refusing to delete without --yes: standard input is not a terminal</source>
        <translation>Löschen ohne --yes verweigert: Die Standardeingabe ist kein Terminal</translation>
    </message>
    <message>
        <source>Delete call handler %1?</source>
        <translation>Anrufverwaltung %1 löschen?</translation>
    </message>
    <message>
        <source>Not deleted.</source>
        <translation>Nicht gelöscht.</translation>
    </message>
    <message>
        <source>Deleted call handler %1.</source>
        <translation>Anrufverwaltung %1 gelöscht.</translation>
    </message>
    <message>
        <source>Schedule set (ObjectId; see &apos;handlerctl schedule-sets&apos;).</source>
        <translation>Zeitplansatz (ObjectId; siehe „handlerctl schedule-sets“).</translation>
    </message>
    <message>
        <source>Send messages to this user (ObjectId).</source>
        <translation>Nachrichten an diesen Benutzer senden (ObjectId).</translation>
    </message>
    <message>
        <source>Send messages to this distribution list (ObjectId).</source>
        <translation>Nachrichten an diese Verteilerliste senden (ObjectId).</translation>
    </message>
    <message>
        <source>&apos;inherit&apos; (the caller&apos;s language), &apos;default&apos; (the system&apos;s) or a language code (LCID, see &apos;handlerctl languages&apos;).</source>
        <translation>„inherit“ (die Sprache des Anrufers), „default“ (die des Systems) oder ein Sprachcode (LCID, siehe „handlerctl languages“).</translation>
    </message>
    <message>
        <source>&apos;default&apos; (the system&apos;s) or a time-zone id (see &apos;handlerctl timezones&apos;).</source>
        <translation>„default“ (die des Systems) oder eine Zeitzonen-ID (siehe „handlerctl timezones“).</translation>
    </message>
    <message>
        <source>--recipient-user and --recipient-list exclude each other</source>
        <translation>--recipient-user und --recipient-list schließen einander aus</translation>
    </message>
    <message>
        <source>set needs at least one field to change</source>
        <translation>set braucht mindestens ein zu änderndes Feld</translation>
    </message>
    <message>
        <source>Nothing to change: the call handler already has these values.</source>
        <translation>Nichts zu ändern: Die Anrufverwaltung hat diese Werte bereits.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <source>show one call handler</source>
        <translation>eine Anrufverwaltung zeigen</translation>
    </message>
    <message>
        <source>Show every field of one call handler.</source>
        <translation>Jedes Feld einer Anrufverwaltung zeigen.</translation>
    </message>
    <message>
        <source>create a call handler from a template</source>
        <translation>eine Anrufverwaltung aus einer Vorlage anlegen</translation>
    </message>
    <message>
        <source>Create a call handler from a template and print its ObjectId.</source>
        <translation>Eine Anrufverwaltung aus einer Vorlage anlegen und ihre ObjectId ausgeben.</translation>
    </message>
    <message>
        <source>delete a call handler</source>
        <translation>eine Anrufverwaltung löschen</translation>
    </message>
    <message>
        <source>Delete a call handler. Undeletable handlers (Opening Greeting, Goodbye, Operator, users&apos; primary handlers) are refused.</source>
        <translation>Eine Anrufverwaltung löschen. Nicht löschbare Anrufverwaltungen (Eröffnungsbegrüßung, Auf Wiederhören, Vermittlung, primäre Anrufverwaltungen von Benutzern) werden abgelehnt.</translation>
    </message>
    <message>
        <source>change fields of a call handler</source>
        <translation>Felder einer Anrufverwaltung ändern</translation>
    </message>
    <message>
        <source>Change fields of a call handler. Only the fields that change are sent.</source>
        <translation>Felder einer Anrufverwaltung ändern. Nur die geänderten Felder werden gesendet.</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>find call-flow problems</source>
        <translation>Probleme im Anrufablauf finden</translation>
    </message>
    <message>
        <source>Find the problems a caller would meet on the whole server: actions to objects that no longer exist, handlers no call can reach, loops with no exit, enabled paths into handlers with no greeting on, Go-tos with no target, messages to a handler with no recipient, alternate or holiday greetings enabled with an expiry in the past, extension clashes. Each line names the object and the place to fix.

Exit status: 0 no problem, 1 problems found, 2 (or 3-6, see &apos;handlerctl --help&apos;) the server could not be read.</source>
        <translation>Die Probleme finden, auf die ein Anrufer auf dem ganzen Server stoßen würde: Aktionen zu Objekten, die nicht mehr existieren, Anrufverwaltungen, die kein Anruf erreicht, Schleifen ohne Ausgang, aktive Wege in Anrufverwaltungen ohne aktivierte Begrüßung, Gehe-zu ohne Ziel, Nachrichten an eine Anrufverwaltung ohne Empfänger, alternative oder Feiertagsbegrüßungen, die mit abgelaufenem Ablaufdatum aktiviert sind, doppelte Durchwahlen. Jede Zeile nennt das Objekt und die zu korrigierende Stelle.

Exit-Status: 0 kein Problem, 1 Probleme gefunden, 2 (oder 3-6, siehe „handlerctl --help“) der Server konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>list the language codes (languagemap)</source>
        <translation>die Sprachcodes auflisten (languagemap)</translation>
    </message>
    <message>
        <source>list the time zones</source>
        <translation>die Zeitzonen auflisten</translation>
    </message>
    <message>
        <source>list the tenants</source>
        <translation>die Mandanten auflisten</translation>
    </message>
    <message>
        <source>list the schedule sets</source>
        <translation>die Zeitplansätze auflisten</translation>
    </message>
    <message>
        <source>list the call-handler templates</source>
        <translation>die Anrufverwaltungsvorlagen auflisten</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>die Benutzer auflisten</translation>
    </message>
    <message>
        <source>list the distribution lists</source>
        <translation>die Verteilerlisten auflisten</translation>
    </message>
    <message>
        <source>--query must look like &apos;FIELD is VALUE&apos; or &apos;FIELD startswith VALUE&apos;</source>
        <translation>--query muss wie „FELD is WERT“ oder „FELD startswith WERT“ aussehen</translation>
    </message>
    <message>
        <source>loaded %1 of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>incomplete output: got %1 of %2 rows</source>
        <translation>unvollständige Ausgabe: %1 von %2 Zeilen erhalten</translation>
    </message>
    <message>
        <source>Server-side filter &apos;FIELD is VALUE&apos; or &apos;FIELD startswith VALUE&apos; (CUPI field names, e.g. &apos;%1 startswith Sales&apos;).</source>
        <translation>Serverseitiger Filter „FELD is WERT“ oder „FELD startswith WERT“ (CUPI-Feldnamen, z. B. „%1 startswith Sales“).</translation>
    </message>
    <message>
        <source>Only the handlers of this tenant (ObjectId).</source>
        <translation>Nur die Anrufverwaltungen dieses Mandanten (ObjectId).</translation>
    </message>
    <message>
        <source>Include users&apos; primary call handlers (by default only system call handlers are listed).</source>
        <translation>Primäre Anrufverwaltungen von Benutzern einschließen (standardmäßig werden nur Systemanrufverwaltungen aufgelistet).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EXTENSION</source>
        <translation>DURCHWAHL</translation>
    </message>
    <message>
        <source>OBJECT ID</source>
        <translation>OBJEKT-ID</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or json.</source>
        <translation>Ausgabeformat: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>list call handlers</source>
        <translation>Anrufverwaltungen auflisten</translation>
    </message>
    <message>
        <source>List the call handlers of the server.</source>
        <translation>Die Anrufverwaltungen des Servers auflisten.</translation>
    </message>
    <message>
        <source>List the values that call-handler fields refer to.</source>
        <translation>Die Werte auflisten, auf die Felder von Anrufverwaltungen verweisen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows had fields that the first page did not have (%1); the CSV does not hold them. Use --output json to get every field.</source>
        <translation>
            <numerusform>%n Zeile hatte Felder, die die erste Seite nicht hatte (%1); die CSV enthält sie nicht. Verwenden Sie --output json, um jedes Feld zu erhalten.</numerusform>
            <numerusform>%n Zeilen hatten Felder, die die erste Seite nicht hatte (%1); die CSV enthält sie nicht. Verwenden Sie --output json, um jedes Feld zu erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keys the caller presses, in order (&quot;1 3&quot;; 0–9, * and #).</source>
        <translation>Die Tasten, die der Anrufer drückt, in Reihenfolge („1 3“; 0–9, * und #).</translation>
    </message>
    <message>
        <source>The moment, &quot;YYYY-MM-DD HH:MM&quot; in this computer&apos;s time zone (default: now). A handler with a time zone of its own is read on its own clock at that moment (said in STATE).</source>
        <translation>Der Zeitpunkt, „YYYY-MM-DD HH:MM“ in der Zeitzone dieses Computers (Standard: jetzt). Eine Anrufverwaltung mit eigener Zeitzone wird zu diesem Zeitpunkt nach ihrer eigenen Uhr gelesen (in STATUS angegeben).</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>presses %1</source>
        <translation>drückt %1</translation>
    </message>
    <message>
        <source>%1 at %2 in %3</source>
        <translation>%1 um %2 in %3</translation>
    </message>
    <message>
        <source>--keys takes the keys of a phone: 0–9, * and #.</source>
        <translation>--keys nimmt die Tasten eines Telefons: 0–9, * und #.</translation>
    </message>
    <message>
        <source>--at takes &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>--at nimmt „YYYY-MM-DD HH:MM“.</translation>
    </message>
    <message>
        <source>%1, this computer&apos;s time zone</source>
        <translation>%1, Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>At %1 (%2):</source>
        <translation>Am %1 (%2):</translation>
    </message>
    <message>
        <source>HANDLER</source>
        <translation>ANRUFVERWALTUNG</translation>
    </message>
    <message>
        <source>EXT</source>
        <translation>DW</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>GREETING</source>
        <translation>BEGRÜSSUNG</translation>
    </message>
    <message>
        <source>CALLER</source>
        <translation>ANRUFER</translation>
    </message>
    <message>
        <source>WHAT HAPPENS</source>
        <translation>WAS GESCHIEHT</translation>
    </message>
    <message>
        <source>show the path a caller takes for some keys at a moment</source>
        <translation>den Weg zeigen, den ein Anrufer zu einem Zeitpunkt für einige Tasten nimmt</translation>
    </message>
    <message>
        <source>Follow a caller from a call handler (without ID: the Opening Greeting) who presses the given keys at a moment: per handler the schedule state, the greeting that plays, the key and what it does, until the call ends, loops back or leaves the handlers.</source>
        <translation>Einem Anrufer ab einer Anrufverwaltung (ohne ID: der Eröffnungsbegrüßung) folgen, der zu einem Zeitpunkt die angegebenen Tasten drückt: je Anrufverwaltung der Zeitplanzustand, die abgespielte Begrüßung, die Taste und was sie tut, bis der Anruf endet, zurückführt oder die Anrufverwaltungen verlässt.</translation>
    </message>
    <message>
        <source>A call handler&apos;s ObjectId (default: the Opening Greeting).</source>
        <translation>Die ObjectId einer Anrufverwaltung (Standard: die Eröffnungsbegrüßung).</translation>
    </message>
    <message>
        <source>Print the changes and make none.</source>
        <translation>Die Änderungen ausgeben und keine vornehmen.</translation>
    </message>
    <message>
        <source>re-pointing: %1 of %2</source>
        <translation>Umstellen: %1 von %2</translation>
    </message>
    <message>
        <source>put back refused:</source>
        <translation>Zurücksetzen abgelehnt:</translation>
    </message>
    <message>
        <source>The server may or may not have made these changes: check them before trying again.</source>
        <translation>Der Server hat diese Änderungen vielleicht vorgenommen, vielleicht nicht: Prüfen Sie sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>refusing to re-point without --yes: standard input is not a terminal</source>
        <translation>Umstellen ohne --yes verweigert: Die Standardeingabe ist kein Terminal</translation>
    </message>
    <message>
        <source>nothing sends callers to %1.</source>
        <translation>nichts sendet Anrufer zu %1.</translation>
    </message>
    <message numerus="yes">
        <source>dry run: nothing was changed (%n change(s) planned).</source>
        <translation>
            <numerusform>Probelauf: Es wurde nichts geändert (%n Änderung geplant).</numerusform>
            <numerusform>Probelauf: Es wurde nichts geändert (%n Änderungen geplant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-point these %n referrer(s) from %1 to %2?</source>
        <translation>
            <numerusform>Diesen %n Verweis von %1 auf %2 umstellen?</numerusform>
            <numerusform>Diese %n Verweise von %1 auf %2 umstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not re-pointed.</source>
        <translation>Nicht umgestellt.</translation>
    </message>
    <message>
        <source>send the callers sent to one object to another</source>
        <translation>die zu einem Objekt gesendeten Anrufer zu einem anderen senden</translation>
    </message>
    <message>
        <source>Re-point every key, greeting, after-message action and routing rule that sends callers to FROM so that it sends them to TO (a call handler, directory handler or interview handler), and print one line per change. Asks before changing anything. All or nothing: each referrer is read first and must still point to FROM; when the server refuses a change, the changes already made are put back.</source>
        <translation>Jede Taste, Begrüßung, Aktion nach der Nachricht und Routingregel, die Anrufer zu FROM sendet, so umstellen, dass sie sie zu TO sendet (eine Anrufverwaltung, Verzeichnisverwaltung oder Interviewverwaltung), und eine Zeile je Änderung ausgeben. Fragt, bevor etwas geändert wird. Alles oder nichts: Jeder Verweis wird zuerst gelesen und muss noch auf FROM zeigen; lehnt der Server eine Änderung ab, werden die bereits gemachten Änderungen zurückgesetzt.</translation>
    </message>
    <message>
        <source>The ObjectId callers are sent to now (may be one the server no longer has).</source>
        <translation>Die ObjectId, zu der Anrufer jetzt gesendet werden (kann eine sein, die der Server nicht mehr hat).</translation>
    </message>
    <message>
        <source>The ObjectId to send them to.</source>
        <translation>Die ObjectId, zu der sie gesendet werden sollen.</translation>
    </message>
    <message>
        <source>The password comes from $HANDLERDESK_PASSWORD, --password-stdin, or the desktop keychain
(service &quot;handlerdesk&quot;, key user@host:port) — never from an argument; when none has it
and standard input is a terminal, handlerctl asks (not echoed).</source>
        <translation>Das Kennwort kommt aus $HANDLERDESK_PASSWORD, --password-stdin oder dem
Schlüsselbund des Desktops (Dienst „handlerdesk“, Schlüssel user@host:port) –
nie aus einem Argument; liefert es keine dieser Quellen und ist die
Standardeingabe ein Terminal, fragt handlerctl danach (ohne Echo).</translation>
    </message>
    <message>
        <source>Environment:
  HANDLERDESK_SERVER    the server when --server is not given
  HANDLERDESK_USER      the user when --user is not given
  HANDLERDESK_PASSWORD  the password
An option wins over the environment, the environment over --profile (whose pinned
fingerprint is used only for the profile&apos;s own server). Global options may come
before or after the command.</source>
        <translation>Umgebung:
  HANDLERDESK_SERVER    der Server, wenn --server fehlt
  HANDLERDESK_USER      der Benutzer, wenn --user fehlt
  HANDLERDESK_PASSWORD  das Kennwort
Eine Option geht der Umgebung vor, die Umgebung --profile (dessen gespeicherter
Fingerabdruck nur für den eigenen Server des Profils gilt). Globale Optionen
dürfen vor oder nach dem Befehl stehen.</translation>
    </message>
    <message>
        <source>Use a server profile saved by Handler Desk: its server, user, wire format and pinned certificate fingerprint (see &apos;handlerctl profiles&apos;).</source>
        <translation>Ein von Handler Desk gespeichertes Serverprofil verwenden: Server, Benutzer, Übertragungsformat und gespeicherter Zertifikat-Fingerabdruck (siehe &apos;handlerctl profiles&apos;).</translation>
    </message>
    <message>
        <source>no saved profile &apos;%1&apos; (see &apos;handlerctl profiles&apos;)</source>
        <translation>kein gespeichertes Profil &apos;%1&apos; (siehe &apos;handlerctl profiles&apos;)</translation>
    </message>
    <message>
        <source>--server URL and --user NAME (or --profile NAME) are required</source>
        <translation>--server URL und --user NAME (oder --profile NAME) sind erforderlich</translation>
    </message>
    <message>
        <source>Usage: handlerctl [--profile NAME | --server URL --user NAME] [options] COMMAND [command options]</source>
        <translation>Aufruf: handlerctl [--profile NAME | --server URL --user NAME] [Optionen] COMMAND [Befehlsoptionen]</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>WIRE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>PINNED SHA-256</source>
        <translation>GESPEICHERTER SHA-256</translation>
    </message>
    <message>
        <source>completion takes bash or zsh</source>
        <translation>completion erwartet bash oder zsh</translation>
    </message>
    <message>
        <source>list the server profiles saved by Handler Desk</source>
        <translation>die von Handler Desk gespeicherten Serverprofile auflisten</translation>
    </message>
    <message>
        <source>List the server profiles that Handler Desk saved (name, server, user, wire format, pinned certificate fingerprint); use one with --profile NAME. Passwords are never listed.</source>
        <translation>Die von Handler Desk gespeicherten Serverprofile auflisten (Name, Server, Benutzer, Übertragungsformat, gespeicherter Zertifikat-Fingerabdruck); eines mit --profile NAME verwenden. Kennwörter werden nie aufgelistet.</translation>
    </message>
    <message>
        <source>Print the bash or zsh completion script of handlerctl.</source>
        <translation>Das bash- oder zsh-Vervollständigungsskript von handlerctl ausgeben.</translation>
    </message>
    <message>
        <source>bash or zsh</source>
        <translation>bash oder zsh</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ctl::Context</name>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>no password for %1 in the keychain.</source>
        <translation>kein Kennwort für %1 im Schlüsselbund.</translation>
    </message>
    <message>
        <source>the password is empty; nothing was sent.</source>
        <translation>Das Kennwort ist leer; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>„%1 --help“ zeigt weitere Informationen.</translation>
    </message>
    <message>
        <source>could not write the output: %1</source>
        <translation>die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has CHANGED and does not match the fingerprint you trusted.</source>
        <translation>Das Zertifikat des Servers hat sich GEÄNDERT und passt nicht zum Fingerabdruck, dem Sie vertraut haben.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>subject:  %1</source>
        <translation>Inhaber:    %1</translation>
    </message>
    <message>
        <source>issuer:   %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>valid:    %1 to %2</source>
        <translation>gültig:     %1 bis %2</translation>
    </message>
    <message>
        <source>problem:  %1</source>
        <translation>Problem:    %1</translation>
    </message>
    <message>
        <source>If this is your server&apos;s certificate, run again with:</source>
        <translation>Wenn dies das Zertifikat Ihres Servers ist, starten Sie erneut mit:</translation>
    </message>
    <message>
        <source>The server may or may not have made this change: check it before trying again.</source>
        <translation>Der Server hat diese Änderung vielleicht vorgenommen, vielleicht nicht: Prüfen Sie sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Set HANDLERDESK_PASSWORD, use --password-stdin, or run on a terminal to be asked.</source>
        <translation>Setzen Sie HANDLERDESK_PASSWORD, verwenden Sie --password-stdin, oder starten Sie im Terminal, um gefragt zu werden.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::CallFlowPanel</name>
    <message>
        <source>Open hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Closed (off hours)</source>
        <translation>Geschlossen (außerhalb der Geschäftszeiten)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>What pla&amp;ys at</source>
        <translation>Was l&amp;äuft am</translation>
    </message>
    <message>
        <source>What plays at</source>
        <translation>Was läuft am</translation>
    </message>
    <message>
        <source>The greeting and transfer rule that apply at this moment are marked; the moment is in this computer&apos;s time zone, the schedule is read on the handler&apos;s clock when it has a time zone of its own</source>
        <translation>Die Begrüßung und Weiterleitungsregel, die zu diesem Zeitpunkt gelten, sind markiert; der Zeitpunkt ist in der Zeitzone dieses Computers, der Zeitplan wird nach der Uhr der Anrufverwaltung gelesen, wenn sie eine eigene Zeitzone hat</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Call flow</source>
        <translation>Anrufablauf</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
    <message>
        <source>&amp;Call flow</source>
        <translation>Anrufab&amp;lauf</translation>
    </message>
    <message>
        <source>Referenced &amp;by</source>
        <translation>&amp;Referenziert von</translation>
    </message>
    <message>
        <source>Path for &amp;keys</source>
        <translation>&amp;Weg für Tasten</translation>
    </message>
    <message>
        <source>Call-flow picture</source>
        <translation>Anrufablaufbild</translation>
    </message>
    <message>
        <source>Referenced &amp;by (%1)</source>
        <translation>&amp;Referenziert von (%1)</translation>
    </message>
    <message>
        <source>%1 — %2 there (%3)</source>
        <translation>%1 — dort %2 (%3)</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::CallerInputTab</name>
    <message>
        <source>Key %1: %2</source>
        <translation>Taste %1: %2</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::CallerPath</name>
    <message>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Caller presses</source>
        <translation>Anrufer drückt</translation>
    </message>
    <message>
        <source>keys, e.g. 1 3 (empty: the caller waits)</source>
        <translation>Tasten, z. B. 1 3 (leer: der Anrufer wartet)</translation>
    </message>
    <message>
        <source>Caller&apos;s path</source>
        <translation>Weg des Anrufers</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Anrufverwaltung</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Open a handler to follow a caller through it.</source>
        <translation>Öffnen Sie eine Anrufverwaltung, um einem Anrufer hindurch zu folgen.</translation>
    </message>
    <message>
        <source>“%1” is not a key of a phone: use 0–9, * and #.</source>
        <translation>„%1“ ist keine Telefontaste: Verwenden Sie 0–9, * und #.</translation>
    </message>
    <message>
        <source>Following the caller…</source>
        <translation>Anrufer wird verfolgt …</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>presses %1</source>
        <translation>drückt %1</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::CertificateDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Nicht vertrauenswürdiges Serverzertifikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 has CHANGED.&lt;/b&gt;&lt;br&gt;It is not the one you trusted before. This can mean that someone is intercepting the connection. Only continue if the administrator of the server confirms the new fingerprint.</source>
        <translation>&lt;b&gt;Das Zertifikat von %1 hat sich GEÄNDERT.&lt;/b&gt;&lt;br&gt;Es ist nicht das, dem Sie zuvor vertraut haben. Das kann bedeuten, dass jemand die Verbindung abhört. Fahren Sie nur fort, wenn der Administrator des Servers den neuen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 presented a certificate that this computer does not trust.&lt;/b&gt;&lt;br&gt;Compare the fingerprint with the one the server&apos;s administrator gives you before you continue.</source>
        <translation>&lt;b&gt;%1 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut.&lt;/b&gt;&lt;br&gt;Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>Connect now; ask again next time</source>
        <translation>Jetzt verbinden; beim nächsten Mal erneut fragen</translation>
    </message>
    <message>
        <source>Trust and &amp;pin</source>
        <translation>Vertrauen und &amp;merken</translation>
    </message>
    <message>
        <source>Connect now and remember this certificate for this server</source>
        <translation>Jetzt verbinden und dieses Zertifikat für diesen Server merken</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::ConflictDialog</name>
    <message>
        <source>“%1” changed on the server</source>
        <translation>„%1“ wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone changed these fields of “%1” on the server after you opened it. Choose for each field which value to keep.</source>
        <translation>Jemand hat diese Felder von „%1“ auf dem Server geändert, nachdem Sie es geöffnet haben. Wählen Sie für jedes Feld, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Mit dieser Auswahl speichern</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Keep your value</source>
        <translation>Ihren Wert behalten</translation>
    </message>
    <message>
        <source>Take the server&apos;s value</source>
        <translation>Wert des Servers übernehmen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Keep your value for %1</source>
        <translation>Ihren Wert für %1 behalten</translation>
    </message>
    <message>
        <source>Take the server&apos;s value for %1</source>
        <translation>Wert des Servers für %1 übernehmen</translation>
    </message>
    <message>
        <source>Call handler</source>
        <translation>Anrufverwaltung</translation>
    </message>
    <message>
        <source>%1 greeting</source>
        <translation>Begrüßung %1</translation>
    </message>
    <message>
        <source>Caller input, key %1</source>
        <translation>Anrufereingabe, Taste %1</translation>
    </message>
    <message>
        <source>%1 transfer rule</source>
        <translation>Weiterleitungsregel %1</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::ConnectionDialog</name>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation>Kennwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Connect to Unity Connection</source>
        <translation>Mit Unity Connection verbinden</translation>
    </message>
    <message>
        <source>A name for this server</source>
        <translation>Ein Name für diesen Server</translation>
    </message>
    <message>
        <source>Forget this saved server, its pinned certificate and its remembered password</source>
        <translation>Diesen gespeicherten Server, sein gemerktes Zertifikat und sein gespeichertes Kennwort vergessen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <translation>Das Kennwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The pinned certificate belongs to %1. This address starts without a pin: you will be shown its certificate to check.</source>
        <translation>Das gemerkte Zertifikat gehört zu %1. Diese Adresse beginnt ohne gemerktes Zertifikat: Ihnen wird sein Zertifikat zur Prüfung gezeigt.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the saved server “%1”?</source>
        <translation>Den gespeicherten Server „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its pinned certificate is forgotten and its remembered password is removed from the keychain. The server itself is not changed.</source>
        <translation>Sein gemerktes Zertifikat wird vergessen und sein gespeichertes Kennwort aus dem Schlüsselbund entfernt. Der Server selbst wird nicht geändert.</translation>
    </message>
    <message>
        <source>The password could not be removed from the keychain: %1</source>
        <translation>Das Kennwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::DeleteDialog</name>
    <message>
        <source>&amp;Re-point them to…</source>
        <translation>&amp;Umstellen auf …</translation>
    </message>
    <message>
        <source>Delete handler</source>
        <translation>Anrufverwaltung löschen</translation>
    </message>
    <message>
        <source>Nothing sends callers to it (call flow %1). This cannot be undone.</source>
        <translation>Nichts sendet Anrufer hierher (Anrufablauf %1). Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) send callers to it (call flow %1). After the delete they lead nowhere, unless you re-point them. This cannot be undone.</source>
        <translation>
            <numerusform>%n Stelle sendet Anrufer hierher (Anrufablauf %1). Nach dem Löschen führt sie ins Leere, außer Sie stellen sie um. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Stellen senden Anrufer hierher (Anrufablauf %1). Nach dem Löschen führen sie ins Leere, außer Sie stellen sie um. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
    <message>
        <source>Re-point them to…</source>
        <translation>Umstellen auf …</translation>
    </message>
    <message>
        <source>Kind of target</source>
        <translation>Art des Ziels</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>„%1“ &amp;löschen</translation>
    </message>
    <message>
        <source>Kind of target:</source>
        <translation>Art des Ziels:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Delete the call handler “%1”?</source>
        <translation>Die Anrufverwaltung „%1“ löschen?</translation>
    </message>
    <message>
        <source>Re-point and &amp;delete “%1”</source>
        <translation>Umstellen und „%1“ &amp;löschen</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::DeleteQuestion</name>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>„%1“ &amp;löschen</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::EditorTab</name>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::FlowPicture</name>
    <message>
        <source>&amp;Depth:</source>
        <translation>T&amp;iefe:</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>Vergr&amp;ößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG …</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG …</translation>
    </message>
    <message>
        <source>DOT…</source>
        <translation>DOT …</translation>
    </message>
    <message>
        <source>Call-flow picture</source>
        <translation>Anrufablaufbild</translation>
    </message>
    <message>
        <source>No call flow to show</source>
        <translation>Kein Anrufablauf zum Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many objects to draw (at most %1): lower the depth. Export as DOT has them all.</source>
        <translation>Zu viele Objekte zum Zeichnen (höchstens %1): Verringern Sie die Tiefe. Der DOT-Export enthält alle.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out this call flow.</source>
        <translation>Graphviz konnte diesen Anrufablauf nicht anordnen.</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Graphviz DOT files (*.dot *.gv)</source>
        <translation>Graphviz-DOT-Dateien (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Export Call Flow</source>
        <translation>Anrufablauf exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Too many objects to draw (at most %1).</source>
        <translation>Zu viele Objekte zum Zeichnen (höchstens %1).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Graphviz could not draw this call flow.</source>
        <translation>Graphviz konnte diesen Anrufablauf nicht zeichnen.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::FlowStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the call flow (what was read is kept)</source>
        <translation>Lesen des Anrufablaufs abbrechen (das Gelesene bleibt erhalten)</translation>
    </message>
    <message>
        <source>Reading the call flow of %1… %2 of %3</source>
        <translation>Anrufablauf von %1 wird gelesen … %2 von %3</translation>
    </message>
    <message>
        <source>Reading the call flow of %1…</source>
        <translation>Anrufablauf von %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Call flow of %1: %2</source>
        <translation>Anrufablauf von %1: %2</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::FlowText</name>
    <message>
        <source>Missing object %1</source>
        <translation>Fehlendes Objekt %1</translation>
    </message>
    <message>
        <source>Call handler</source>
        <translation>Anrufverwaltung</translation>
    </message>
    <message>
        <source>User&apos;s mailbox</source>
        <translation>Postfach des Benutzers</translation>
    </message>
    <message>
        <source>Directory handler</source>
        <translation>Verzeichnisverwaltung</translation>
    </message>
    <message>
        <source>Interview handler</source>
        <translation>Interviewverwaltung</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Routingregel</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>After the %1 greeting</source>
        <translation>Nach der Begrüßung %1</translation>
    </message>
    <message>
        <source>After message</source>
        <translation>Nach der Nachricht</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>as read just now</source>
        <translation>gerade eben gelesen</translation>
    </message>
    <message numerus="yes">
        <source>as read %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute gelesen</numerusform>
            <numerusform>vor %n Minuten gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>as read %n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde gelesen</numerusform>
            <numerusform>vor %n Stunden gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>as read on %1</source>
        <translation>gelesen am %1</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::FlowTree</name>
    <message>
        <source>Greetings</source>
        <translation>Begrüßungen</translation>
    </message>
    <message>
        <source>%1 greeting</source>
        <translation>Begrüßung %1</translation>
    </message>
    <message>
        <source>%1 greeting — plays at %2</source>
        <translation>Begrüßung %1 — läuft am %2</translation>
    </message>
    <message>
        <source>%1 greeting (off)</source>
        <translation>Begrüßung %1 (aus)</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Dann: %1</translation>
    </message>
    <message>
        <source>Caller input keys</source>
        <translation>Tasten der Anrufereingabe</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Taste %1: %2</translation>
    </message>
    <message>
        <source>After message</source>
        <translation>Nach der Nachricht</translation>
    </message>
    <message>
        <source>After message: %1</source>
        <translation>Nach der Nachricht: %1</translation>
    </message>
    <message>
        <source>Transfer rules</source>
        <translation>Weiterleitungsregeln</translation>
    </message>
    <message>
        <source>transfer to %1</source>
        <translation>weiterleiten an %1</translation>
    </message>
    <message>
        <source>play the greeting</source>
        <translation>die Begrüßung abspielen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — applies at %3</source>
        <translation>%1: %2 — gilt am %3</translation>
    </message>
    <message>
        <source>%1: %2 (off)</source>
        <translation>%1: %2 (aus)</translation>
    </message>
    <message>
        <source>%1 ↺ back to %2</source>
        <translation>%1 ↺ zurück zu %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 (off)</source>
        <translation>%1 → %2 (aus)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::GeneralTab</name>
    <message>
        <source>Handler</source>
        <translation>Anrufverwaltung</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::HandlerDecorationProxy</name>
    <message>
        <source>Undeletable: a system handler that cannot be deleted</source>
        <translation>Nicht löschbar: eine Systemanrufverwaltung, die nicht gelöscht werden kann</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::HandlerEditorWidget</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the changes to the server (Ctrl+S)</source>
        <translation>Die Änderungen auf dem Server speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the values loaded from the server</source>
        <translation>Zu den vom Server geladenen Werten zurückkehren</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>The handler could not be opened: %1</source>
        <translation>Die Anrufverwaltung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not refresh: %1 The handler shown may be out of date.</source>
        <translation>Aktualisieren fehlgeschlagen: %1 Die angezeigte Anrufverwaltung ist vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: the handler was changed on the server meanwhile.</source>
        <translation>Nicht gespeichert: Die Anrufverwaltung wurde inzwischen auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them to the server, or discard them?</source>
        <translation>Auf dem Server speichern oder verwerfen?</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not saved: %1 — %2 Nothing was sent to the server.</source>
        <translation>Nicht gespeichert: %1 — %2 Es wurde nichts an den Server gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) marked.</source>
        <translation>
            <numerusform>%n weiteres Problem markiert.</numerusform>
            <numerusform>%n weitere Probleme markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the handler could not be read from the server first. %1 Nothing was sent to the server.</source>
        <translation>Nicht gespeichert: Die Anrufverwaltung konnte zuvor nicht vom Server gelesen werden. %1 Es wurde nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>the server refused the change: %1</source>
        <translation>Der Server hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Not saved: %1 — %2</source>
        <translation>Nicht gespeichert: %1 — %2</translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>Auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server: %1 was put back.</source>
        <translation>Auf dem Server wurde nichts geändert: %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server: %1 were put back.</source>
        <translation>Auf dem Server wurde nichts geändert: %1 wurden zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 was put back.</source>
        <translation>%1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 were put back.</source>
        <translation>%1 wurden zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 could not be put back (%2): the server keeps your values there, now shown as saved.</source>
        <translation>%1 konnte nicht zurückgesetzt werden (%2): Der Server behält dort Ihre Werte, jetzt als gespeichert gezeigt.</translation>
    </message>
    <message>
        <source>The new %1 of %2 stays on the server: it had no value before, so none could be sent back.</source>
        <translation>Der neue Wert „%1“ von %2 bleibt auf dem Server: Vorher gab es keinen Wert, daher konnte keiner zurückgesendet werden.</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::HandlerListPanel</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Filter by name or extension (Ctrl+F)</source>
        <translation>Nach Name oder Durchwahl filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter handlers</source>
        <translation>Anrufverwaltungen filtern</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Show the handlers of one tenant (asks the server)</source>
        <translation>Die Anrufverwaltungen eines Mandanten zeigen (fragt den Server)</translation>
    </message>
    <message>
        <source>Also list the handlers that belong to users&apos; mailboxes</source>
        <translation>Auch die Anrufverwaltungen auflisten, die zu Benutzerpostfächern gehören</translation>
    </message>
    <message>
        <source>Call handlers</source>
        <translation>Anrufverwaltungen</translation>
    </message>
    <message>
        <source>Could not refresh the list: %1 The handlers shown may be out of date.</source>
        <translation>Die Liste konnte nicht aktualisiert werden: %1 Die angezeigten Anrufverwaltungen sind vielleicht nicht aktuell.</translation>
    </message>
    <message>
        <source>Not all handlers could be loaded: %1</source>
        <translation>Nicht alle Anrufverwaltungen konnten geladen werden: %1</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>System (no tenant)</source>
        <translation>System (kein Mandant)</translation>
    </message>
    <message>
        <source>%1 of %2 handlers</source>
        <translation>%1 von %2 Anrufverwaltungen</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::Help</name>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed. It was looked for here:</source>
        <translation>Das Benutzerhandbuch ist nicht installiert. Es wurde hier gesucht:</translation>
    </message>
    <message>
        <source>No program on this desktop opens the user guide. Open it yourself:</source>
        <translation>Kein Programm auf diesem Desktop öffnet das Benutzerhandbuch. Öffnen Sie es selbst:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, Version 3 oder neuer</translation>
    </message>
    <message>
        <source>Handler Desk %1</source>
        <translation>Handler Desk %1</translation>
    </message>
    <message>
        <source>Browse and edit the call handlers of Cisco Unity Connection.</source>
        <translation>Die Anrufverwaltungen von Cisco Unity Connection durchsuchen und bearbeiten.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>This program comes with ABSOLUTELY NO WARRANTY; it is free software, and you are welcome to redistribute it under the terms of that licence.</source>
        <translation>Dieses Programm kommt OHNE JEGLICHE GEWÄHRLEISTUNG; es ist freie Software, und Sie dürfen es unter den Bedingungen dieser Lizenz weitergeben.</translation>
    </message>
    <message>
        <source>About Handler Desk</source>
        <translation>Über Handler Desk</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::LookupChoiceTab</name>
    <message>
        <source>Inherit the language of the call</source>
        <translation>Die Sprache des Anrufs übernehmen</translation>
    </message>
    <message>
        <source>Use the system default language</source>
        <translation>Die Standardsprache des Systems verwenden</translation>
    </message>
    <message>
        <source>Use this language:</source>
        <translation>Diese Sprache verwenden:</translation>
    </message>
    <message>
        <source>Languages installed for the phone conversation are listed first.</source>
        <translation>Für die Telefonkonversation installierte Sprachen stehen zuerst.</translation>
    </message>
    <message>
        <source>Use the system default time zone</source>
        <translation>Die Standardzeitzone des Systems verwenden</translation>
    </message>
    <message>
        <source>Use this time zone:</source>
        <translation>Diese Zeitzone verwenden:</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::LookupMessage</name>
    <message>
        <source>The languages could not be loaded: %1</source>
        <translation>Die Sprachen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The time zones could not be loaded: %1</source>
        <translation>Die Zeitzonen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The schedule sets could not be loaded: %1</source>
        <translation>Die Zeitplansätze konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>Die Mandanten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The call handler templates could not be loaded: %1</source>
        <translation>Die Anrufverwaltungsvorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The distribution lists could not be loaded: %1</source>
        <translation>Die Verteilerlisten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading again…</source>
        <translation>Wird erneut geladen …</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::MainWindow</name>
    <message>
        <source>Call flow</source>
        <translation>Anrufablauf</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Saved. Call-flow warnings: %1</source>
        <translation>Gespeichert. Warnungen zum Anrufablauf: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-pointing %n place(s) to “%1”…</source>
        <translation>
            <numerusform>%n Stelle wird auf „%1“ umgestellt …</numerusform>
            <numerusform>%n Stellen werden auf „%1“ umgestellt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: the re-point failed. %1</source>
        <translation>Nicht gelöscht: Das Umstellen ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Handler Desk[*]</source>
        <translation>Handler Desk[*]</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading handlers… %1 of %2</source>
        <translation>Anrufverwaltungen werden geladen … %1 von %2</translation>
    </message>
    <message>
        <source>Loading handlers…</source>
        <translation>Anrufverwaltungen werden geladen …</translation>
    </message>
    <message>
        <source>%1 handlers (could not refresh; they may be out of date)</source>
        <translation>%1 Anrufverwaltungen (Aktualisieren fehlgeschlagen; vielleicht nicht aktuell)</translation>
    </message>
    <message>
        <source>%1 of %2 handlers loaded</source>
        <translation>%1 von %2 Anrufverwaltungen geladen</translation>
    </message>
    <message>
        <source>%1 handlers</source>
        <translation>%1 Anrufverwaltungen</translation>
    </message>
    <message>
        <source>Open a handler to delete it</source>
        <translation>Öffnen Sie eine Anrufverwaltung, um sie zu löschen</translation>
    </message>
    <message>
        <source>“%1” is undeletable</source>
        <translation>„%1“ ist nicht löschbar</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>„%1“ speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert “%1” to the server&apos;s values</source>
        <translation>„%1“ auf die Werte des Servers zurücksetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Password Refused</source>
        <translation>Kennwort abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the password for %1: it may have been changed, or the account locked. It is not sent again until you enter it.</source>
        <translation>Der Server hat das Kennwort für %1 abgelehnt: Es wurde vielleicht geändert oder das Konto gesperrt. Es wird erst wieder gesendet, wenn Sie es eingeben.</translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation>Der Server hat das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>Signing in again…</source>
        <translation>Erneute Anmeldung …</translation>
    </message>
    <message>
        <source>Signed in again as %1: try again what failed.</source>
        <translation>Erneut angemeldet als %1: Versuchen Sie das Fehlgeschlagene noch einmal.</translation>
    </message>
    <message>
        <source>Could not sign in again: %1</source>
        <translation>Erneute Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected to %1; the open handler has unsaved changes.</source>
        <translation>Mit %1 verbunden; die geöffnete Anrufverwaltung hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Choose a handler in the list to edit it.</source>
        <translation>Wählen Sie eine Anrufverwaltung in der Liste, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <source>%1 — Handler Desk[*]</source>
        <translation>%1 — Handler Desk[*]</translation>
    </message>
    <message>
        <source>tenant administrator (%1)</source>
        <translation>Mandantenadministrator (%1)</translation>
    </message>
    <message>
        <source>system administrator</source>
        <translation>Systemadministrator</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The password was not remembered: %1</source>
        <translation>Das Kennwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <source>The handler was not created completely: %1</source>
        <translation>Die Anrufverwaltung wurde nicht vollständig angelegt: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>The list could not show a handler&apos;s changes: %1</source>
        <translation>Die Liste konnte die Änderungen einer Anrufverwaltung nicht anzeigen: %1</translation>
    </message>
    <message>
        <source>Delete handler</source>
        <translation>Anrufverwaltung löschen</translation>
    </message>
    <message>
        <source>Delete the call handler “%1”?</source>
        <translation>Die Anrufverwaltung „%1“ löschen?</translation>
    </message>
    <message>
        <source>Callers routed to it will no longer reach it. This cannot be undone.</source>
        <translation>Dorthin geleitete Anrufer erreichen sie nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::NewHandlerDialog</name>
    <message>
        <source>New call handler</source>
        <translation>Neue Anrufverwaltung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::ProblemsView</name>
    <message>
        <source>Targets that no longer exist</source>
        <translation>Ziele, die nicht mehr existieren</translation>
    </message>
    <message>
        <source>Handlers no call can reach</source>
        <translation>Anrufverwaltungen, die kein Anruf erreicht</translation>
    </message>
    <message>
        <source>Loops with no exit</source>
        <translation>Schleifen ohne Ausgang</translation>
    </message>
    <message>
        <source>Paths into a handler with no greeting on</source>
        <translation>Wege in eine Anrufverwaltung ohne aktivierte Begrüßung</translation>
    </message>
    <message>
        <source>“Go to” with no target</source>
        <translation>„Gehe zu“ ohne Ziel</translation>
    </message>
    <message>
        <source>After message to a handler with no recipient</source>
        <translation>Nach der Nachricht zu einer Anrufverwaltung ohne Empfänger</translation>
    </message>
    <message>
        <source>Greetings enabled with an expiry in the past</source>
        <translation>Begrüßungen, die mit abgelaufenem Ablaufdatum aktiviert sind</translation>
    </message>
    <message>
        <source>Extension clashes</source>
        <translation>Doppelte Durchwahlen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>No problems found in the call flow of %1 (%2).</source>
        <translation>Keine Probleme im Anrufablauf von %1 (%2) gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the call flow of %1 (%2). Double-click one to open the place to fix it.</source>
        <translation>
            <numerusform>%n Problem im Anrufablauf von %1 (%2). Doppelklicken Sie darauf, um die zu korrigierende Stelle zu öffnen.</numerusform>
            <numerusform>%n Probleme im Anrufablauf von %1 (%2). Doppelklicken Sie auf eines, um die zu korrigierende Stelle zu öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::RecipientTab</name>
    <message>
        <source>Messages go to:</source>
        <translation>Nachrichten gehen an:</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Einen Benutzer</translation>
    </message>
    <message>
        <source>A distribution list</source>
        <translation>Eine Verteilerliste</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Type the start of a name or alias…</source>
        <translation>Geben Sie den Anfang eines Namens oder Alias ein …</translation>
    </message>
    <message>
        <source>Search users:</source>
        <translation>Benutzer suchen:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No user found.</source>
        <translation>Kein Benutzer gefunden.</translation>
    </message>
    <message>
        <source>Users found: %1</source>
        <translation>Gefundene Benutzer: %1</translation>
    </message>
    <message>
        <source>A user (looking up the name…)</source>
        <translation>Ein Benutzer (Name wird gesucht …)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>A distribution list not in the list</source>
        <translation>Eine Verteilerliste, die nicht in der Liste ist</translation>
    </message>
    <message>
        <source>Distribution list %1</source>
        <translation>Verteilerliste %1</translation>
    </message>
    <message>
        <source>Nobody (no recipient is set)</source>
        <translation>Niemand (kein Empfänger festgelegt)</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::ReferencedBy</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::ScheduleTab</name>
    <message>
        <source>The schedule set decides when the standard and when the off-hours greeting and transfer rule apply.</source>
        <translation>Der Zeitplansatz legt fest, wann die Standard- und wann die Geschlossen-Begrüßung und -Weiterleitungsregel gelten.</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::Shortcuts</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Connect to a server (profiles)</source>
        <translation>Mit einem Server verbinden (Profile)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Handler Desk</source>
        <translation>Handler Desk beenden</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Neu aus Vorlage …</translation>
    </message>
    <message>
        <source>Create a call handler from a template</source>
        <translation>Eine Anrufverwaltung aus einer Vorlage anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the open handler (asks first)</source>
        <translation>Die geöffnete Anrufverwaltung löschen (fragt vorher)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the changes to the server</source>
        <translation>Die Änderungen auf dem Server speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the values loaded from the server</source>
        <translation>Zu den vom Server geladenen Werten zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Filter Handlers</source>
        <translation>Anrufverwaltungen &amp;filtern</translation>
    </message>
    <message>
        <source>Type to filter the list</source>
        <translation>Tippen, um die Liste zu filtern</translation>
    </message>
    <message>
        <source>Go to &amp;List</source>
        <translation>Zur &amp;Liste</translation>
    </message>
    <message>
        <source>Move the focus to the handler list</source>
        <translation>Den Fokus in die Liste der Anrufverwaltungen setzen</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>Zum &amp;Editor</translation>
    </message>
    <message>
        <source>Move the focus to the editor</source>
        <translation>Den Fokus in den Editor setzen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again from the server</source>
        <translation>Die Liste erneut vom Server laden</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Laden &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop loading the list</source>
        <translation>Das Laden der Liste stoppen</translation>
    </message>
    <message>
        <source>Refresh &amp;Call Flow</source>
        <translation>Anrufablauf &amp;neu lesen</translation>
    </message>
    <message>
        <source>Read the whole server&apos;s call flow again (in the background)</source>
        <translation>Den Anrufablauf des ganzen Servers neu lesen (im Hintergrund)</translation>
    </message>
    <message>
        <source>Call Flo&amp;w</source>
        <translation>Anrufabla&amp;uf</translation>
    </message>
    <message>
        <source>Show the open handler&apos;s call flow and who points to it</source>
        <translation>Den Anrufablauf der geöffneten Anrufverwaltung zeigen und wer auf sie verweist</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Show the call-flow problems of the whole server</source>
        <translation>Die Probleme im Anrufablauf des ganzen Servers zeigen</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <source>Show the editor&apos;s next tab</source>
        <translation>Den nächsten Reiter des Editors zeigen</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <source>Show the editor&apos;s previous tab</source>
        <translation>Den vorherigen Reiter des Editors zeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Diese Liste zeigen</translation>
    </message>
    <message>
        <source>&amp;About Handler Desk</source>
        <translation>&amp;Über Handler Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Ha&amp;ndler</source>
        <translation>Anruf&amp;verwaltung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Hel&amp;p</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>Zeit&amp;plan</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Caller &amp;input</source>
        <translation>Anr&amp;ufereingabe</translation>
    </message>
    <message>
        <source>Greeting&amp;s</source>
        <translation>Begrüßu&amp;ngen</translation>
    </message>
    <message>
        <source>Tr&amp;ansfer rules</source>
        <translation>Wei&amp;terleitung</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Include &amp;user primary handlers</source>
        <translation>Primäre Anrufverwaltungen von &amp;Benutzern einschließen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>(menu only)</source>
        <translation>(nur Menü)</translation>
    </message>
    <message>
        <source>Editor tabs and list</source>
        <translation>Editor-Reiter und Liste</translation>
    </message>
    <message>
        <source>Show this tab of the editor</source>
        <translation>Diesen Reiter des Editors zeigen</translation>
    </message>
    <message>
        <source>Go to this field of the list</source>
        <translation>Zu diesem Feld der Liste gehen</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between all fields; arrow keys move inside a list or a group of choices.</source>
        <translation>Tab und Umschalt+Tab wechseln zwischen allen Feldern; die Pfeiltasten bewegen sich in einer Liste oder einer Gruppe von Auswahlen.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Das Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <source>Version, Qt version and licence</source>
        <translation>Version, Qt-Version und Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Qt&apos;s version and licence</source>
        <translation>Version und Lizenz von Qt</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::SubResourceTab</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>On until</source>
        <translation>Ein bis</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>The %1 greeting is always on: it cannot be turned off.</source>
        <translation>Die Begrüßung %1 ist immer aktiv: Sie kann nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>The %1 transfer rule is always on: it cannot be turned off.</source>
        <translation>Die Weiterleitungsregel %1 ist immer aktiv: Sie kann nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Local time at which it turns off by itself.</source>
        <translation>Ortszeit, zu der sie sich selbst ausschaltet.</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>HandlerDesk::Ui::TargetPicker</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opens the target of “%1” in the editor</source>
        <translation>Öffnet das Ziel von „%1“ im Editor</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Type the name or extension of a handler or user…</source>
        <translation>Geben Sie den Namen oder die Durchwahl einer Anrufverwaltung oder eines Benutzers ein …</translation>
    </message>
    <message>
        <source>Type the name or extension of a directory handler…</source>
        <translation>Geben Sie den Namen oder die Durchwahl einer Verzeichnisverwaltung ein …</translation>
    </message>
    <message>
        <source>Type the name or extension of an interview handler…</source>
        <translation>Geben Sie den Namen oder die Durchwahl einer Interviewverwaltung ein …</translation>
    </message>
    <message>
        <source>This conversation takes no target</source>
        <translation>Diese Konversation hat kein Ziel</translation>
    </message>
    <message>
        <source>Open “%1” in the editor</source>
        <translation>„%1“ im Editor öffnen</translation>
    </message>
    <message>
        <source>Directory handlers cannot be opened here.</source>
        <translation>Verzeichnisverwaltungen können hier nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Interview handlers cannot be opened here.</source>
        <translation>Interviewverwaltungen können hier nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>No call, directory or interview handler has this ID.</source>
        <translation>Keine Anruf-, Verzeichnis- oder Interviewverwaltung hat diese ID.</translation>
    </message>
    <message>
        <source>The target could not be read from the server.</source>
        <translation>Das Ziel konnte nicht vom Server gelesen werden.</translation>
    </message>
    <message>
        <source>Choose a target first.</source>
        <translation>Wählen Sie zuerst ein Ziel.</translation>
    </message>
    <message>
        <source>Looking up the target…</source>
        <translation>Ziel wird gesucht …</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Tippen zum Suchen …</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Browse and edit the call handlers of Cisco Unity Connection.
The password is read from HANDLERDESK_PASSWORD when that is set.</source>
        <translation>Die Anrufverwaltungen von Cisco Unity Connection durchsuchen und bearbeiten.
Das Kennwort wird aus HANDLERDESK_PASSWORD gelesen, wenn diese Variable gesetzt ist.</translation>
    </message>
    <message>
        <source>Server address (https://host[:port]).</source>
        <translation>Serveradresse (https://host[:port]).</translation>
    </message>
    <message>
        <source>Account name.</source>
        <translation>Kontoname.</translation>
    </message>
    <message>
        <source>Wire format: %1 (default %2).</source>
        <translation>Übertragungsformat: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (AA:BB:…).</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (AA:BB:…).</translation>
    </message>
    <message>
        <source>--wire must be %1</source>
        <translation>--wire muss %1 sein</translation>
    </message>
    <message>
        <source>Handler Desk</source>
        <translation>Handler Desk</translation>
    </message>
</context>
</TS>
