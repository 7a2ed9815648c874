<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MAGIA Desk</source>
            <translation>Über MAGIA Desk</translation>
        </message>
        <message>
            <source>MAGIA Desk icon</source>
            <translation>MAGIA-Desk-Symbol</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>A desktop CRM for the internationalization officers of EU cluster partnerships: companies, contacts, actions, missions and agreements, and the numbers the EU report asks for. It works offline: your data stays in one file on this computer.</source>
            <translation>Ein Desktop-CRM für die Internationalisierungs-Referentinnen und -Referenten europäischer Cluster-Partnerschaften: Unternehmen, Kontakte, Maßnahmen, Delegationsreisen und Vereinbarungen – und die Zahlen, die der EU-Bericht verlangt. Es arbeitet offline: Ihre Daten bleiben in einer Datei auf diesem Computer.</translation>
        </message>
        <message>
            <source>No store open</source>
            <translation>Kein Datenbestand geöffnet</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <source>Show the folder of the store in the file manager</source>
            <translation>Den Ordner des Datenbestands im Dateimanager zeigen</translation>
        </message>
        <message>
            <source>Store:</source>
            <translation>Datenbestand:</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Erstellt mit:</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Lizenz:</translation>
        </message>
        <message>
            <source>European Union Public Licence {licence}</source>
            <translation>Öffentliche Lizenz der Europäischen Union {licence}</translation>
        </message>
        <message>
            <source>Copy version details</source>
            <translation>Versionen kopieren</translation>
        </message>
        <message>
            <source>For a support request: the versions of MAGIA Desk, Qt, PySide and Python</source>
            <translation>Für eine Support-Anfrage: die Versionen von MAGIA Desk, Qt, PySide und Python</translation>
        </message>
    </context>
    <context>
        <name>ActionEditor</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Neue Maßnahme</translation>
        </message>
        <message>
            <source>Select an action to see it here, or press Ctrl+N to create one.</source>
            <translation>Wählen Sie eine Maßnahme aus, um sie hier zu sehen, oder legen Sie mit Strg+N eine neue an.</translation>
        </message>
        <message>
            <source>Save action</source>
            <translation>Maßnahme speichern</translation>
        </message>
        <message>
            <source>Revert action</source>
            <translation>Änderungen an der Maßnahme verwerfen</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Maßnahme löschen</translation>
        </message>
        <message>
            <source>Delete this action (Delete; undo with Ctrl+Z)</source>
            <translation>Diese Maßnahme löschen (Entf; rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <source>Saving the action</source>
            <translation>Speichern der Maßnahme</translation>
        </message>
        <message>
            <source>The action was not saved: {reason}</source>
            <translation>Die Maßnahme wurde nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Typ</translation>
        </message>
        <message>
            <source>What kind of action; missions and trade shows also show under Missions</source>
            <translation>Art der Maßnahme; Delegationsreisen und Messen erscheinen auch unter Missionen</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itel</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Beginn</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Ende</translation>
        </message>
        <message>
            <source>Leave empty for a one-day action</source>
            <translation>Leer lassen bei eintägigen Maßnahmen</translation>
        </message>
        <message>
            <source>&amp;Organiser</source>
            <translation>&amp;Veranstalter</translation>
        </message>
        <message>
            <source>The consortium partner cluster that runs the action</source>
            <translation>Der Cluster des Konsortiums, der die Maßnahme durchführt</translation>
        </message>
        <message>
            <source>&amp;Work package</source>
            <translation>Arbeits&amp;paket</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Held online (a webinar, an online survey…)</source>
            <translation>Online durchgeführt (Webinar, Online-Umfrage…)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>&amp;Stadt</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <source>Countries addressed</source>
            <translation>Zielländer</translation>
        </message>
        <message>
            <source>The countries the action addresses (ISO codes or names)</source>
            <translation>Die Länder, an die sich die Maßnahme richtet (ISO-Codes oder Namen)</translation>
        </message>
        <message>
            <source>EU portal</source>
            <translation>EU-Portal</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>Delivered, ongoing or postponed, as reported on the EU portal</source>
            <translation>Durchgeführt, laufend oder verschoben, wie im EU-Portal gemeldet</translation>
        </message>
        <message>
            <source>As mapped</source>
            <translation>Wie zugeordnet</translation>
        </message>
        <message>
            <source>&amp;Activity type</source>
            <translation>&amp;Aktivitätsart</translation>
        </message>
        <message>
            <source>Mapped from the action type; choose another only to override it</source>
            <translation>Aus der Art der Maßnahme abgeleitet; nur zum Überschreiben eine andere wählen</translation>
        </message>
        <message>
            <source>Au&amp;dience types</source>
            <translation>&amp;Zielgruppen</translation>
        </message>
        <message>
            <source>Industry, Research…</source>
            <translation>Industrie, Forschung…</translation>
        </message>
        <message>
            <source>The target audiences, in the portal's words</source>
            <translation>Die Zielgruppen, in den Begriffen des Portals</translation>
        </message>
        <message>
            <source>Declared audience</source>
            <translation>Gemeldetes Publikum</translation>
        </message>
        <message>
            <source>people</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>The audience size you declare; the larger of it and the participants is reported</source>
            <translation>Die von Ihnen gemeldete Publikumsgröße; gemeldet wird der größere Wert aus ihr und den Teilnehmenden</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>type maps to: {activity}</source>
            <translation>Typ entspricht: {activity}</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participants, audience {audience}</source>
            <translation>
                <numerusform>%Ln Teilnehmende/r, Publikum {audience}</numerusform>
                <numerusform>%Ln Teilnehmende, Publikum {audience}</numerusform>
            </translation>
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation>Teilnehmende ({count})</translation>
        </message>
        <message>
            <source>Create action {title}</source>
            <translation>Maßnahme {title} anlegen</translation>
        </message>
        <message>
            <source>Action {title} created</source>
            <translation>Maßnahme {title} angelegt</translation>
        </message>
        <message>
            <source>Edit action {title}</source>
            <translation>Maßnahme {title} bearbeiten</translation>
        </message>
        <message>
            <source>Action {title} saved</source>
            <translation>Maßnahme {title} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>ActionsScreen</name>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message numerus="yes">
            <source>The larger of %Ln participants and the declared audience (none declared)</source>
            <translation>
                <numerusform>Der größere Wert aus %Ln Teilnehmenden und dem gemeldeten Publikum (keines gemeldet)</numerusform>
                <numerusform>Der größere Wert aus %Ln Teilnehmenden und dem gemeldeten Publikum (keines gemeldet)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The larger of %Ln participants and the declared audience (declared {declared})</source>
            <translation>
                <numerusform>Der größere Wert aus %Ln Teilnehmenden und dem gemeldeten Publikum ({declared} gemeldet)</numerusform>
                <numerusform>Der größere Wert aus %Ln Teilnehmenden und dem gemeldeten Publikum ({declared} gemeldet)</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Veranstalter</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Organizations and people recorded as taking part.</source>
            <translation>Als teilnehmend erfasste Organisationen und Personen.</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Publikum</translation>
        </message>
        <message>
            <source>The larger of the participants and the declared audience, as reported.</source>
            <translation>Der größere Wert aus Teilnehmenden und gemeldetem Publikum, wie berichtet.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Neue Maßnahme</translation>
        </message>
        <message>
            <source>Create an action (Ctrl+N)</source>
            <translation>Maßnahme anlegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search actions by title or city</source>
            <translation>Maßnahmen nach Titel oder Ort suchen</translation>
        </message>
        <message>
            <source>Search actions</source>
            <translation>Maßnahmen suchen</translation>
        </message>
        <message>
            <source>Number of actions shown</source>
            <translation>Anzahl angezeigter Maßnahmen</translation>
        </message>
        <message>
            <source>Actions list</source>
            <translation>Maßnahmenliste</translation>
        </message>
        <message>
            <source>No actions yet</source>
            <translation>Noch keine Maßnahmen</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Legen Sie eine an (Ctrl+N) oder importieren Sie eine Arbeitsmappe.</translation>
        </message>
        <message>
            <source>No actions match</source>
            <translation>Keine passenden Maßnahmen</translation>
        </message>
        <message>
            <source>1 action</source>
            <translation>1 Maßnahme</translation>
        </message>
        <message>
            <source>0 of 1 action</source>
            <translation>0 von 1 Maßnahme</translation>
        </message>
        <message numerus="yes">
            <source>%Ln actions</source>
            <translation>
                <numerusform>%Ln Maßnahme</numerusform>
                <numerusform>%Ln Maßnahmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln actions</source>
            <translation>
                <numerusform>{shown} von %Ln Maßnahme</numerusform>
                <numerusform>{shown} von %Ln Maßnahmen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete action {name}</source>
            <translation>Maßnahme {name} löschen</translation>
        </message>
        <message>
            <source>Deleted action {name}</source>
            <translation>Maßnahme {name} gelöscht</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln actions</source>
            <translation>
                <numerusform>%Ln Maßnahme löschen</numerusform>
                <numerusform>%Ln Maßnahmen löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln actions</source>
            <translation>
                <numerusform>%Ln Maßnahme gelöscht</numerusform>
                <numerusform>%Ln Maßnahmen gelöscht</numerusform>
            </translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Actions run by one partner cluster</source>
            <translation>Maßnahmen eines Partner-Clusters</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Vor Ort</translation>
        </message>
        <message>
            <source>Lead capture is for trade shows; this action is a {type}</source>
            <translation>Die Kontakterfassung ist für Messen gedacht; diese Maßnahme ist vom Typ {type}</translation>
        </message>
    </context>
    <context>
        <name>ActionsTakenPart</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Actions taken part in</source>
            <translation>Maßnahmen mit Teilnahme</translation>
        </message>
        <message>
            <source> (via {names})</source>
            <translation> (über {names})</translation>
        </message>
        <message numerus="yes">
            <source>Took part in %Ln actions</source>
            <translation>
                <numerusform>Nahm an %Ln Maßnahme teil</numerusform>
                <numerusform>Nahm an %Ln Maßnahmen teil</numerusform>
            </translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>Noch keine Maßnahmen.</translation>
        </message>
    </context>
    <context>
        <name>AddOfficerDialog</name>
        <message>
            <source>Add an officer</source>
            <translation>Referent(in) hinzufügen</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Vor- und Nachname</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keiner</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Partner cluster:</source>
            <translation>&amp;Partner-Cluster:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>Adding the officer</source>
            <translation>Das Hinzufügen der Referentin / des Referenten</translation>
        </message>
    </context>
    <context>
        <name>AddParticipantsDialog</name>
        <message>
            <source>Add participants</source>
            <translation>Teilnehmende hinzufügen</translation>
        </message>
        <message>
            <source>Type part of a company's or a person's name, an email…</source>
            <translation>Teil eines Unternehmens- oder Personennamens, eine E-Mail…</translation>
        </message>
        <message>
            <source>Search organizations and contacts</source>
            <translation>Organisationen und Kontakte suchen</translation>
        </message>
        <message>
            <source>Organizations and contacts found</source>
            <translation>Gefundene Organisationen und Kontakte</translation>
        </message>
        <message>
            <source>Tick everybody who took part (Space ticks the selected row).</source>
            <translation>Alle Teilnehmenden ankreuzen (Leertaste kreuzt die gewählte Zeile an).</translation>
        </message>
        <message>
            <source>Paste emails or names, one a line or separated by commas or semicolons:</source>
            <translation>E-Mails oder Namen einfügen, einer pro Zeile oder durch Komma oder Semikolon getrennt:</translation>
        </message>
        <message>
            <source>Emails or names to match</source>
            <translation>Abzugleichende E-Mails oder Namen</translation>
        </message>
        <message>
            <source>Find matches</source>
            <translation>Treffer suchen</translation>
        </message>
        <message>
            <source>Matches to confirm</source>
            <translation>Zu bestätigende Treffer</translation>
        </message>
        <message>
            <source>Pick from the list</source>
            <translation>Aus der Liste wählen</translation>
        </message>
        <message>
            <source>Paste emails or names</source>
            <translation>E-Mails oder Namen einfügen</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>✗  {entry}: no match in the store</source>
            <translation>✗  {entry}: kein Treffer im Datenbestand</translation>
        </message>
        <message>
            <source>{entry}  →  {match}   (by {how})</source>
            <translation>{entry}  →  {match}   (über {how})</translation>
        </message>
        <message>
            <source>Also possible: {others}</source>
            <translation>Ebenfalls möglich: {others}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln found, {missing} not found: untick a wrong match</source>
            <translation>
                <numerusform>%Ln gefunden, {missing} nicht gefunden: falsche Treffer abwählen</numerusform>
                <numerusform>%Ln gefunden, {missing} nicht gefunden: falsche Treffer abwählen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln found: untick a wrong match</source>
            <translation>
                <numerusform>%Ln gefunden: falsche Treffer abwählen</numerusform>
                <numerusform>%Ln gefunden: falsche Treffer abwählen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln</source>
            <translation>
                <numerusform>%Ln hinzufügen</numerusform>
                <numerusform>%Ln hinzufügen</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Adding participants</source>
            <translation>Hinzufügen der Teilnehmenden</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln participants</source>
            <translation>
                <numerusform>%Ln Teilnehmende/n hinzufügen</numerusform>
                <numerusform>%Ln Teilnehmende hinzufügen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln participants ({skipped} were already there)</source>
            <translation>
                <numerusform>%Ln Teilnehmende/r hinzugefügt ({skipped} waren schon dabei)</numerusform>
                <numerusform>%Ln Teilnehmende hinzugefügt ({skipped} waren schon dabei)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln participants</source>
            <translation>
                <numerusform>%Ln Teilnehmende/r hinzugefügt</numerusform>
                <numerusform>%Ln Teilnehmende hinzugefügt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgreementBoard</name>
        <message>
            <source>Agreement board</source>
            <translation>Tafel der Vereinbarungen</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>New agreement</source>
            <translation>Neue Vereinbarung</translation>
        </message>
        <message>
            <source>Select an agreement to see it here, or press Ctrl+N to create one.</source>
            <translation>Wählen Sie eine Vereinbarung aus, um sie hier zu sehen, oder legen Sie mit Strg+N eine neue an.</translation>
        </message>
        <message>
            <source>Save agreement</source>
            <translation>Vereinbarung speichern</translation>
        </message>
        <message>
            <source>Revert agreement</source>
            <translation>Änderungen an der Vereinbarung verwerfen</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Vereinbarung löschen</translation>
        </message>
        <message>
            <source>Delete this agreement (Delete; undo with Ctrl+Z)</source>
            <translation>Diese Vereinbarung löschen (Entf; rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <source>Saving the agreement</source>
            <translation>Speichern der Vereinbarung</translation>
        </message>
        <message>
            <source>The agreement was not saved: {reason}</source>
            <translation>Die Vereinbarung wurde nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Typ</translation>
        </message>
        <message>
            <source>MoU, collaboration agreement, letter of intent…</source>
            <translation>Absichtsvereinbarung (MoU), Kooperationsvereinbarung, Absichtserklärung…</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itel</translation>
        </message>
        <message>
            <source>What the agreement is about</source>
            <translation>Worum es in der Vereinbarung geht</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Phase</translation>
        </message>
        <message>
            <source>Where it stands; drag its card on the board to date the change</source>
            <translation>Aktueller Stand; Karte auf dem Board ziehen, um die Änderung zu datieren</translation>
        </message>
        <message>
            <source>&amp;Parties</source>
            <translation>&amp;Parteien</translation>
        </message>
        <message>
            <source>The organizations that sign it, of any country</source>
            <translation>Die unterzeichnenden Organisationen, aus jedem Land</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Termine</translation>
        </message>
        <message>
            <source>Signed o&amp;n</source>
            <translation>&amp;Unterzeichnet am</translation>
        </message>
        <message>
            <source>Required from the signed stage on</source>
            <translation>Pflicht ab der Phase „unterzeichnet“</translation>
        </message>
        <message>
            <source>E&amp;xpires on</source>
            <translation>Läuft a&amp;b am</translation>
        </message>
        <message>
            <source>An active agreement warns 60 days before it expires</source>
            <translation>Eine aktive Vereinbarung warnt 60 Tage vor Ablauf</translation>
        </message>
        <message>
            <source>Who and where from</source>
            <translation>Zuständigkeit und Herkunft</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Zuständig</translation>
        </message>
        <message>
            <source>The officer following it</source>
            <translation>Die betreuende Referentin bzw. der betreuende Referent</translation>
        </message>
        <message>
            <source>Partner &amp;cluster</source>
            <translation>Partner&amp;cluster</translation>
        </message>
        <message>
            <source>The consortium partner it counts for</source>
            <translation>Der Konsortialpartner, dem sie angerechnet wird</translation>
        </message>
        <message>
            <source>Type to find the action or mission</source>
            <translation>Tippen, um die Maßnahme oder Delegationsreise zu finden</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Show the action or mission</source>
            <translation>Maßnahme oder Delegationsreise anzeigen</translation>
        </message>
        <message>
            <source>Open the action or mission</source>
            <translation>Maßnahme oder Delegationsreise öffnen</translation>
        </message>
        <message>
            <source>&amp;Came from</source>
            <translation>&amp;Hervorgegangen aus</translation>
        </message>
        <message>
            <source>The mission or action this agreement resulted from</source>
            <translation>Die Delegationsreise oder Maßnahme, aus der diese Vereinbarung hervorging</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Phasenverlauf</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Erreicht am</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Double-click a date to correct it (a stage reached last month, recorded today)</source>
            <translation>Doppelklick auf ein Datum, um es zu korrigieren (eine Phase im letzten Monat erreicht, heute erfasst)</translation>
        </message>
        <message>
            <source>Correct date…</source>
            <translation>Datum korrigieren…</translation>
        </message>
        <message>
            <source>Change the date the selected stage was reached</source>
            <translation>Datum ändern, an dem die gewählte Phase erreicht wurde</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Anything worth remembering about this agreement</source>
            <translation>Alles Wissenswerte über diese Vereinbarung</translation>
        </message>
        <message>
            <source>signed {date}</source>
            <translation>unterzeichnet am {date}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln parties</source>
            <translation>
                <numerusform>%Ln Partei</numerusform>
                <numerusform>%Ln Parteien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ Expired %Ln days ago and still active: renew it or move it to expired</source>
            <translation>
                <numerusform>⚠ Seit %Ln Tag abgelaufen und noch aktiv: verlängern oder auf „abgelaufen“ setzen</numerusform>
                <numerusform>⚠ Seit %Ln Tagen abgelaufen und noch aktiv: verlängern oder auf „abgelaufen“ setzen</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Expires today</source>
            <translation>⚠ Läuft heute ab</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Expires in %Ln days, on {date}</source>
            <translation>
                <numerusform>⚠ Läuft in %Ln Tag ab, am {date}</numerusform>
                <numerusform>⚠ Läuft in %Ln Tagen ab, am {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>Create agreement {title}</source>
            <translation>Vereinbarung {title} anlegen</translation>
        </message>
        <message>
            <source>Agreement {title} created</source>
            <translation>Vereinbarung {title} angelegt</translation>
        </message>
        <message>
            <source>Edit agreement {title}</source>
            <translation>Vereinbarung {title} bearbeiten</translation>
        </message>
        <message>
            <source>Agreement {title} saved</source>
            <translation>Vereinbarung {title} gespeichert</translation>
        </message>
        <message>
            <source>Correct the date</source>
            <translation>Datum korrigieren</translation>
        </message>
        <message>
            <source>On which day did the agreement become {stage}?</source>
            <translation>An welchem Tag erreichte die Vereinbarung die Phase „{stage}“?</translation>
        </message>
        <message>
            <source>Correcting the stage date</source>
            <translation>Korrigieren des Phasendatums</translation>
        </message>
        <message>
            <source>Correct the date of {stage}</source>
            <translation>Datum der Phase „{stage}“ korrigieren</translation>
        </message>
        <message>
            <source>{stage} is now dated {date}</source>
            <translation>Die Phase „{stage}“ ist jetzt auf den {date} datiert</translation>
        </message>
    </context>
    <context>
        <name>AgreementsScreen</name>
        <message numerus="yes">
            <source>{name} + %Ln more</source>
            <translation>
                <numerusform>{name} + %Ln weitere</numerusform>
                <numerusform>{name} + %Ln weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Active and expiring within 60 days</source>
            <translation>Aktiv und läuft in den nächsten 60 Tagen ab</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Sorted in pipeline order.</source>
            <translation>In der Reihenfolge der Pipeline sortiert.</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parteien</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Länder</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Unterzeichnet am</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Läuft ab am</translation>
        </message>
        <message>
            <source>Orange: active and expiring within 60 days.</source>
            <translation>Orange: aktiv und läuft in den nächsten 60 Tagen ab.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Partner-Cluster</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Neue Vereinbarung</translation>
        </message>
        <message>
            <source>Create an agreement (Ctrl+N)</source>
            <translation>Vereinbarung anlegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search agreements by title, party or notes</source>
            <translation>Vereinbarungen nach Titel, Partei oder Notizen suchen</translation>
        </message>
        <message>
            <source>Search agreements</source>
            <translation>Vereinbarungen suchen</translation>
        </message>
        <message>
            <source>Number of agreements shown</source>
            <translation>Anzahl angezeigter Vereinbarungen</translation>
        </message>
        <message>
            <source>Agreements list</source>
            <translation>Liste der Vereinbarungen</translation>
        </message>
        <message>
            <source>No agreements yet</source>
            <translation>Noch keine Vereinbarungen</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), drag it along the board as it progresses.</source>
            <translation>Legen Sie eine an (Ctrl+N) und ziehen Sie sie auf der Tafel weiter, wenn sie vorankommt.</translation>
        </message>
        <message>
            <source>No agreements match</source>
            <translation>Keine passenden Vereinbarungen</translation>
        </message>
        <message>
            <source>1 agreement</source>
            <translation>1 Vereinbarung</translation>
        </message>
        <message>
            <source>0 of 1 agreement</source>
            <translation>0 von 1 Vereinbarung</translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreements</source>
            <translation>
                <numerusform>%Ln Vereinbarung</numerusform>
                <numerusform>%Ln Vereinbarungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln agreements</source>
            <translation>
                <numerusform>{shown} von %Ln Vereinbarung</numerusform>
                <numerusform>{shown} von %Ln Vereinbarungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete agreement {name}</source>
            <translation>Vereinbarung {name} löschen</translation>
        </message>
        <message>
            <source>Deleted agreement {name}</source>
            <translation>Vereinbarung {name} gelöscht</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln agreements</source>
            <translation>
                <numerusform>%Ln Vereinbarung löschen</numerusform>
                <numerusform>%Ln Vereinbarungen löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln agreements</source>
            <translation>
                <numerusform>%Ln Vereinbarung gelöscht</numerusform>
                <numerusform>%Ln Vereinbarungen gelöscht</numerusform>
            </translation>
        </message>
        <message>
            <source>The consortium partner the agreements count for</source>
            <translation>Der Konsortialpartner, dem die Vereinbarungen angerechnet werden</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Agreements with a party from this country</source>
            <translation>Vereinbarungen mit einer Partei aus diesem Land</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Unterzeichnet</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Tafel</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>The pipeline: a column per stage</source>
            <translation>Die Pipeline: eine Spalte pro Phase</translation>
        </message>
        <message>
            <source>Show as board</source>
            <translation>Als Tafel anzeigen</translation>
        </message>
        <message>
            <source>A sortable list</source>
            <translation>Eine sortierbare Liste</translation>
        </message>
        <message>
            <source>Show as list</source>
            <translation>Als Liste anzeigen</translation>
        </message>
        <message>
            <source>Letters of intent…</source>
            <translation>Absichtserklärungen…</translation>
        </message>
        <message>
            <source>One signed letter of intent per SME, for many SMEs at once</source>
            <translation>Eine unterzeichnete Absichtserklärung je KMU, für viele KMU auf einmal</translation>
        </message>
        <message>
            <source>Expiring agreements</source>
            <translation>Auslaufende Vereinbarungen</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>und %Ln weitere</numerusform>
                <numerusform>und %Ln weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>1 active agreement expires within 60 days:</source>
            <translation>1 aktive Vereinbarung läuft in den nächsten 60 Tagen ab:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln active agreements expire within 60 days:</source>
            <translation>
                <numerusform>%Ln aktive Vereinbarung läuft in den nächsten 60 Tagen ab:</numerusform>
                <numerusform>%Ln aktive Vereinbarungen laufen in den nächsten 60 Tagen ab:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days past its date</source>
            <translation>
                <numerusform>seit %Ln Tag abgelaufen</numerusform>
                <numerusform>seit %Ln Tagen abgelaufen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>in %Ln Tag</numerusform>
                <numerusform>in %Ln Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>The agreement</source>
            <translation>Die Vereinbarung</translation>
        </message>
        <message>
            <source>On which day was “{title}” signed?</source>
            <translation>An welchem Tag wurde „{title}“ unterzeichnet?</translation>
        </message>
        <message>
            <source>Moving {title} to {stage}</source>
            <translation>{title} in die Phase {stage} verschieben</translation>
        </message>
        <message>
            <source>{title} is now {stage}: correct the date in its stage history if needed</source>
            <translation>{title} ist jetzt in der Phase {stage}: Datum bei Bedarf im Phasenverlauf korrigieren</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>The store {path} cannot be read or created: {reason}.</source>
            <translation>Der Datenbestand {path} kann nicht gelesen oder angelegt werden: {reason}.</translation>
        </message>
        <message>
            <source>{app} cannot open the store</source>
            <translation>{app} kann den Datenbestand nicht öffnen</translation>
        </message>
        <message>
            <source>{problem}

Nothing was changed. To use another store, start MAGIA Desk with --db PATH.</source>
            <translation>{problem}

Es wurde nichts geändert. Um einen anderen Datenbestand zu verwenden, starten Sie MAGIA Desk mit --db PFAD.</translation>
        </message>
        <message>
            <source>The latest good backup is {backup}. Restore it with:
  magia-desk --db {path} restore {backup}</source>
            <translation>Die letzte intakte Sicherung ist {backup}. Stellen Sie sie so wieder her:
  magia-desk --db {path} restore {backup}</translation>
        </message>
        <message>
            <source>No good backup was found.</source>
            <translation>Es wurde keine intakte Sicherung gefunden.</translation>
        </message>
        <message>
            <source>{app}: the store is damaged</source>
            <translation>{app}: Der Datenbestand ist beschädigt</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). MAGIA Desk closes it without writing to it.

{advice}</source>
            <translation>{path} ist beschädigt ({problem}). MAGIA Desk schließt ihn, ohne etwas hineinzuschreiben.

{advice}</translation>
        </message>
        <message>
            <source>Checking the store</source>
            <translation>Datenbestand wird geprüft</translation>
        </message>
        <message>
            <source>Filling the new store with demo data…</source>
            <translation>Der neue Datenbestand wird mit Demodaten gefüllt…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demodaten</translation>
        </message>
        <message>
            <source>Demo data ready: {count} organizations</source>
            <translation>Demodaten bereit: {count} Organisationen</translation>
        </message>
        <message>
            <source>Demo data ready</source>
            <translation>Demodaten bereit</translation>
        </message>
        <message>
            <source>Making the demo data</source>
            <translation>Das Erzeugen der Demodaten</translation>
        </message>
        <message>
            <source>Making demo data</source>
            <translation>Demodaten werden erzeugt</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Time</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referent(in)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Vorgang</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>create</source>
            <translation>angelegt</translation>
        </message>
        <message>
            <source>update</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>wiederhergestellt</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>zusammengeführt</translation>
        </message>
        <message>
            <source>erase</source>
            <translation>endgültig gelöscht</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>Beteiligung</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Mitgliedschaft</translation>
        </message>
        <message>
            <source>Market interest</source>
            <translation>Marktinteresse</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Teilnahme</translation>
        </message>
        <message>
            <source>Itinerary item</source>
            <translation>Reiseplan-Eintrag</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Meeting attendee</source>
            <translation>Terminteilnehmer(in)</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>Agreement party</source>
            <translation>Vertragspartei</translation>
        </message>
        <message>
            <source>Agreement stage change</source>
            <translation>Phasenwechsel der Vereinbarung</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Reporting period</source>
            <translation>Berichtszeitraum</translation>
        </message>
        <message>
            <source>KPI target</source>
            <translation>Kennzahl-Ziel</translation>
        </message>
        <message>
            <source>External reference</source>
            <translation>Externe Referenz</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>neuer Datensatz</translation>
        </message>
        <message>
            <source>Before: {old}
After: {new}</source>
            <translation>Vorher: {old}
Nachher: {new}</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>Search values, fields and record names…</source>
            <translation>Werte, Felder und Datensatznamen durchsuchen…</translation>
        </message>
        <message>
            <source>Search the changes</source>
            <translation>Änderungen durchsuchen</translation>
        </message>
        <message>
            <source>Any operation</source>
            <translation>Alle Vorgänge</translation>
        </message>
        <message>
            <source>Only the changes made by this officer</source>
            <translation>Nur Änderungen dieser Referentin / dieses Referenten</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referent(in)</translation>
        </message>
        <message>
            <source>Only the changes to this kind of record</source>
            <translation>Nur Änderungen an dieser Art von Datensatz</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Art des Datensatzes</translation>
        </message>
        <message>
            <source>Only the changes of this kind</source>
            <translation>Nur Änderungen dieser Art</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Vorgang</translation>
        </message>
        <message>
            <source>Number of changes shown</source>
            <translation>Anzahl angezeigter Änderungen</translation>
        </message>
        <message>
            <source>Newer</source>
            <translation>Neuere</translation>
        </message>
        <message>
            <source>The previous page: newer changes</source>
            <translation>Vorherige Seite: neuere Änderungen</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Ältere</translation>
        </message>
        <message>
            <source>The next page: older changes</source>
            <translation>Nächste Seite: ältere Änderungen</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>Any officer</source>
            <translation>Alle Referent(inn)en</translation>
        </message>
        <message>
            <source>Any record</source>
            <translation>Alle Datensätze</translation>
        </message>
        <message>
            <source>No changes match.</source>
            <translation>Keine passenden Änderungen.</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>Noch keine Änderungen erfasst.</translation>
        </message>
        <message numerus="yes">
            <source>{first}–{last} of %Ln changes</source>
            <translation>
                <numerusform>{first}–{last} von %Ln Änderung</numerusform>
                <numerusform>{first}–{last} von %Ln Änderungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Vor einem Update</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Vor einer Wiederherstellung</translation>
        </message>
        <message>
            <source>Before encryption change</source>
            <translation>Vor einer Änderung der Verschlüsselung</translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} Byte</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{size} GB</source>
            <translation>{size} GB</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>MAGIA Desk backs up the store when it opens and once a day while in use (the last 7 days and 4 weeks are kept). Each backup holds the store and its attachments.</source>
            <translation>MAGIA Desk sichert den Datenbestand beim Öffnen und einmal täglich während der Nutzung (die letzten 7 Tage und 4 Wochen bleiben erhalten). Jede Sicherung enthält den Datenbestand und seine Anhänge.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>No backups yet. “Back up now” makes one.</source>
            <translation>Noch keine Sicherungen. „Jetzt sichern“ legt eine an.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Jetzt sichern</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Wiederherstellen…</translation>
        </message>
        <message>
            <source>Replace the store with the selected backup (MAGIA Desk then restarts)</source>
            <translation>Datenbestand durch die gewählte Sicherung ersetzen (MAGIA Desk startet danach neu)</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sicherung läuft…</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Sichern des Datenbestands</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Gesichert in {file}.</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Sichern</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <source>Replace the store with the backup of {date}?

The store as it is now is kept as a backup first. MAGIA Desk then closes: start it again to work on the restored data.</source>
            <translation>Datenbestand durch die Sicherung vom {date} ersetzen?

Der aktuelle Datenbestand wird zuvor als Sicherung aufbewahrt. Danach wird MAGIA Desk beendet: Starten Sie es neu, um mit den wiederhergestellten Daten zu arbeiten.</translation>
        </message>
        <message>
            <source>Restoring the backup</source>
            <translation>Wiederherstellen der Sicherung</translation>
        </message>
        <message>
            <source>MAGIA Desk will close</source>
            <translation>MAGIA Desk wird beendet</translation>
        </message>
        <message>
            <source>Start MAGIA Desk again to reopen the store.</source>
            <translation>Starten Sie MAGIA Desk neu, um den Datenbestand wieder zu öffnen.</translation>
        </message>
        <message>
            <source>The store was restored from {file}.</source>
            <translation>Der Datenbestand wurde aus {file} wiederhergestellt.</translation>
        </message>
        <message>
            <source>The store it replaced is kept in {path}.</source>
            <translation>Der ersetzte Datenbestand liegt in {path}.</translation>
        </message>
        <message>
            <source>MAGIA Desk will now close: start it again to work on the restored data.</source>
            <translation>MAGIA Desk wird jetzt beendet: Starten Sie es neu, um mit den wiederhergestellten Daten zu arbeiten.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sicherung wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>Visitor</source>
            <translation>Besucher</translation>
        </message>
        <message>
            <source>Exhibitor</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>Capture leads — {title}</source>
            <translation>Leads erfassen — {title}</translation>
        </message>
        <message>
            <source>Capture leads</source>
            <translation>Leads erfassen</translation>
        </message>
        <message>
            <source>Trade show</source>
            <translation>Messe</translation>
        </message>
        <message>
            <source>Leads captured</source>
            <translation>Erfasste Leads</translation>
        </message>
        <message>
            <source>Type a company: known ones are suggested</source>
            <translation>Unternehmen eingeben: bekannte werden vorgeschlagen</translation>
        </message>
        <message>
            <source>Target countries: IT, DE…</source>
            <translation>Zielländer: IT, DE…</translation>
        </message>
        <message>
            <source>Interests: medical devices, diagnostics…</source>
            <translation>Interessen: Medizinprodukte, Diagnostik…</translation>
        </message>
        <message>
            <source>What you talked about</source>
            <translation>Worüber Sie gesprochen haben</translation>
        </message>
        <message>
            <source>Follow-up task, e.g. Send the brochure</source>
            <translation>Folgeaufgabe, z. B. Broschüre senden</translation>
        </message>
        <message>
            <source>Follow-up due date</source>
            <translation>Fälligkeit der Folgeaufgabe</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Unternehmen</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Funktion</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>Tele&amp;fon</translation>
        </message>
        <message>
            <source>&amp;Markets</source>
            <translation>&amp;Märkte</translation>
        </message>
        <message>
            <source>&amp;Interests</source>
            <translation>&amp;Interessen</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>Folge&amp;aufgabe</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Folgeaufgabe</translation>
        </message>
        <message>
            <source>Last lead</source>
            <translation>Letzter Lead</translation>
        </message>
        <message>
            <source>Save lead</source>
            <translation>Lead speichern</translation>
        </message>
        <message>
            <source>Save and clear for the next lead (Enter)</source>
            <translation>Speichern und für den nächsten Lead leeren (Eingabe)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Start again without saving (Ctrl+Backspace)</source>
            <translation>Ohne Speichern neu beginnen (Strg+Rücktaste)</translation>
        </message>
        <message>
            <source>Import vCards…</source>
            <translation>vCards importieren…</translation>
        </message>
        <message>
            <source>Import one or many .vcf files; known people and companies are matched</source>
            <translation>Eine oder mehrere .vcf-Dateien importieren; bekannte Personen und Unternehmen werden zugeordnet</translation>
        </message>
        <message>
            <source>Saving the lead</source>
            <translation>Speichern des Leads</translation>
        </message>
        <message>
            <source>new company</source>
            <translation>neues Unternehmen</translation>
        </message>
        <message>
            <source>new contact</source>
            <translation>neuer Kontakt</translation>
        </message>
        <message>
            <source>✓ Saved {names} — {created}</source>
            <translation>✓ {names} gespeichert — {created}</translation>
        </message>
        <message>
            <source>✓ Saved {names} (already known)</source>
            <translation>✓ {names} gespeichert (bereits bekannt)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln leads captured</source>
            <translation>
                <numerusform>%Ln Lead erfasst</numerusform>
                <numerusform>%Ln Leads erfasst</numerusform>
            </translation>
        </message>
        <message>
            <source>Import vCards</source>
            <translation>vCards importieren</translation>
        </message>
        <message>
            <source>vCards (*.vcf *.vcard);;All files (*)</source>
            <translation>vCards (*.vcf *.vcard);;Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <source>Importing %Ln files…</source>
            <translation>
                <numerusform>%Ln Datei wird importiert…</numerusform>
                <numerusform>%Ln Dateien werden importiert…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing vCards</source>
            <translation>Importieren der vCards</translation>
        </message>
        <message numerus="yes">
            <source>✓ %Ln cards: {new_contacts} new contacts, {known} known; {new_companies} new companies</source>
            <translation>
                <numerusform>✓ %Ln Karte: neue Kontakte {new_contacts}, bekannte {known}; neue Unternehmen {new_companies}</numerusform>
                <numerusform>✓ %Ln Karten: neue Kontakte {new_contacts}, bekannte {known}; neue Unternehmen {new_companies}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped (no name, email or company)</source>
            <translation>
                <numerusform>%Ln übersprungen (kein Name, keine E-Mail, kein Unternehmen)</numerusform>
                <numerusform>%Ln übersprungen (kein Name, keine E-Mail, kein Unternehmen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln values left out</source>
            <translation>
                <numerusform>%Ln Wert ausgelassen</numerusform>
                <numerusform>%Ln Werte ausgelassen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message numerus="yes">
            <source>{name} + %Ln more</source>
            <translation>
                <numerusform>{name} + %Ln weitere</numerusform>
                <numerusform>{name} + %Ln weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>No parties yet</source>
            <translation>Noch keine Parteien</translation>
        </message>
        <message>
            <source>expires {date}</source>
            <translation>läuft ab am {date}</translation>
        </message>
        <message>
            <source>Active and expiring within 60 days: renew it or move it to expired</source>
            <translation>Aktiv und läuft in 60 Tagen ab: verlängern oder auf „abgelaufen“ setzen</translation>
        </message>
        <message>
            <source>signed {date}</source>
            <translation>unterzeichnet am {date}</translation>
        </message>
        <message>
            <source>Drag to another column to change the stage; click to see it</source>
            <translation>In eine andere Spalte ziehen, um die Phase zu ändern; klicken, um sie anzuzeigen</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Nothing to show for this period</source>
            <translation>Für diesen Zeitraum nichts anzuzeigen</translation>
        </message>
        <message>
            <source>No months to show</source>
            <translation>Keine Monate anzuzeigen</translation>
        </message>
        <message>
            <source>Month (end of)</source>
            <translation>Monat (Monatsende)</translation>
        </message>
        <message>
            <source>Project target ({target})</source>
            <translation>Projektziel ({target})</translation>
        </message>
    </context>
    <context>
        <name>ChoicePopup</name>
        <message>
            <source>Type to search</source>
            <translation>Zum Suchen tippen</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>Use “{text}”</source>
            <translation>„{text}“ verwenden</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <source>Go to</source>
            <translation>Gehe zu</translation>
        </message>
        <message>
            <source>Find a company, a contact or a command…</source>
            <translation>Unternehmen, Kontakt oder Befehl suchen…</translation>
        </message>
        <message>
            <source>Find a record or a command</source>
            <translation>Datensatz oder Befehl suchen</translation>
        </message>
        <message>
            <source>Matching records and commands</source>
            <translation>Gefundene Datensätze und Befehle</translation>
        </message>
        <message>
            <source>↑↓ to move   Enter to open   Esc to close</source>
            <translation>↑↓ bewegen   Eingabe öffnet   Esc schließt</translation>
        </message>
        <message>
            <source>Open this {kind_lower}</source>
            <translation>{kind} öffnen</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
    </context>
    <context>
        <name>CompaniesScreen</name>
        <message>
            <source>provisional</source>
            <translation>vorläufig</translation>
        </message>
        <message>
            <source>Size class unknown: give the staff headcount</source>
            <translation>Größenklasse unbekannt: Mitarbeiterzahl angeben</translation>
        </message>
        <message>
            <source>Provisional: classified by staff alone</source>
            <translation>Vorläufig: nur nach Mitarbeiterzahl eingestuft</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>EU SME size class.</source>
            <translation>EU-KMU-Größenklasse.</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Beschäftigte</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Contacts working there.</source>
            <translation>Dort tätige Kontakte.</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>Neues Unternehmen</translation>
        </message>
        <message>
            <source>Create a company (Ctrl+N)</source>
            <translation>Unternehmen anlegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search companies by name, city, email, sector or notes</source>
            <translation>Unternehmen nach Name, Ort, E-Mail, Branche oder Notizen suchen</translation>
        </message>
        <message>
            <source>Search companies</source>
            <translation>Unternehmen suchen</translation>
        </message>
        <message>
            <source>Number of companies shown</source>
            <translation>Anzahl angezeigter Unternehmen</translation>
        </message>
        <message>
            <source>Companies list</source>
            <translation>Unternehmensliste</translation>
        </message>
        <message>
            <source>No companies yet</source>
            <translation>Noch keine Unternehmen</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Legen Sie eines an (Ctrl+N) oder importieren Sie eine Arbeitsmappe.</translation>
        </message>
        <message>
            <source>No companies match</source>
            <translation>Keine passenden Unternehmen</translation>
        </message>
        <message>
            <source>1 company</source>
            <translation>1 Unternehmen</translation>
        </message>
        <message>
            <source>0 of 1 company</source>
            <translation>0 von 1 Unternehmen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln companies</source>
            <translation>
                <numerusform>%Ln Unternehmen</numerusform>
                <numerusform>%Ln Unternehmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln companies</source>
            <translation>
                <numerusform>{shown} von %Ln Unternehmen</numerusform>
                <numerusform>{shown} von %Ln Unternehmen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete company {name}</source>
            <translation>Unternehmen {name} löschen</translation>
        </message>
        <message>
            <source>Deleted company {name}</source>
            <translation>Unternehmen {name} gelöscht</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln companies</source>
            <translation>
                <numerusform>%Ln Unternehmen löschen</numerusform>
                <numerusform>%Ln Unternehmen löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln companies</source>
            <translation>
                <numerusform>%Ln Unternehmen gelöscht</numerusform>
                <numerusform>%Ln Unternehmen gelöscht</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} (partner)</source>
            <translation>{name} (Partner)</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Show only the members of one cluster</source>
            <translation>Nur die Mitglieder eines Clusters zeigen</translation>
        </message>
        <message>
            <source>Show only one EU size class</source>
            <translation>Nur eine EU-Größenklasse zeigen</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Branche</translation>
        </message>
        <message>
            <source>Type a sector: the whole tag must match</source>
            <translation>Branche eingeben: das ganze Schlagwort muss passen</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Consortium partners</source>
            <translation>Konsortialpartner</translation>
        </message>
        <message>
            <source>Not partners</source>
            <translation>Keine Partner</translation>
        </message>
        <message>
            <source>The partnership's own clusters, or everybody else</source>
            <translation>Die Cluster der Partnerschaft oder alle anderen</translation>
        </message>
    </context>
    <context>
        <name>CompanyEditor</name>
        <message>
            <source>New company</source>
            <translation>Neues Unternehmen</translation>
        </message>
        <message>
            <source>Select a company to see it here, or press Ctrl+N to create one.</source>
            <translation>Wählen Sie ein Unternehmen aus, um es hier zu sehen, oder legen Sie mit Strg+N ein neues an.</translation>
        </message>
        <message>
            <source>Save company</source>
            <translation>Unternehmen speichern</translation>
        </message>
        <message>
            <source>Revert company</source>
            <translation>Änderungen am Unternehmen verwerfen</translation>
        </message>
        <message>
            <source>Delete company</source>
            <translation>Unternehmen löschen</translation>
        </message>
        <message>
            <source>Delete this company (Delete; undo with Ctrl+Z)</source>
            <translation>Dieses Unternehmen löschen (Entf; rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <source>Saving the company</source>
            <translation>Speichern des Unternehmens</translation>
        </message>
        <message>
            <source>The company was not saved: {reason}</source>
            <translation>Das Unternehmen wurde nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>The name people use for it</source>
            <translation>Der Name, unter dem es bekannt ist</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Name des Unternehmens</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>What sort of organization this is</source>
            <translation>Die Art der Organisation</translation>
        </message>
        <message>
            <source>Consortium partner</source>
            <translation>Konsortialpartner</translation>
        </message>
        <message>
            <source>Tick for the consortium partners only (the clusters that run this partnership)</source>
            <translation>Nur für Konsortialpartner ankreuzen (die Cluster, die diese Partnerschaft tragen)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <source>Type a few letters of the country name</source>
            <translation>Einige Buchstaben des Ländernamens eingeben</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>&amp;Stadt</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Kontaktdaten</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>&amp;Website</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Tele&amp;fon</translation>
        </message>
        <message>
            <source>Any format; stored in international form. Without +, read as a number of the country</source>
            <translation>Beliebiges Format; international gespeichert. Ohne + als Nummer des Landes gelesen</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>VAT no.</source>
            <translation>USt-IdNr.</translation>
        </message>
        <message>
            <source>VAT or company registration number</source>
            <translation>Umsatzsteuer-ID oder Handelsregisternummer</translation>
        </message>
        <message>
            <source>E&amp;mployees</source>
            <translation>&amp;Beschäftigte</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Staff headcount</source>
            <translation>Zahl der Beschäftigten</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>EUR m</source>
            <translation>Mio. EUR</translation>
        </message>
        <message>
            <source>Annual turnover in millions of euros</source>
            <translation>Jahresumsatz in Millionen Euro</translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>Bilanzsumme</translation>
        </message>
        <message>
            <source>Balance sheet total in millions of euros</source>
            <translation>Bilanzsumme in Millionen Euro</translation>
        </message>
        <message>
            <source>Size class</source>
            <translation>Größenklasse</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>&amp;Sectors</source>
            <translation>Branc&amp;hen</translation>
        </message>
        <message>
            <source>Sector, then Enter</source>
            <translation>Branche, dann Eingabe</translation>
        </message>
        <message>
            <source>Fields of activity, as tags (medical devices, diagnostics...)</source>
            <translation>Tätigkeitsfelder als Schlagwörter (Medizinprodukte, Diagnostik...)</translation>
        </message>
        <message>
            <source>Certifications</source>
            <translation>Zertifizierungen</translation>
        </message>
        <message>
            <source>Certifications and approvals held</source>
            <translation>Vorhandene Zertifizierungen und Zulassungen</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Member of</source>
            <translation>Mitglied von</translation>
        </message>
        <message>
            <source>Cluster name, then Enter</source>
            <translation>Clustername, dann Eingabe</translation>
        </message>
        <message>
            <source>The clusters this organization is a member of</source>
            <translation>Die Cluster, in denen diese Organisation Mitglied ist</translation>
        </message>
        <message>
            <source>Target markets</source>
            <translation>Zielmärkte</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Contacts of this company</source>
            <translation>Kontakte dieses Unternehmens</translation>
        </message>
        <message>
            <source>Double-click (or Enter) to open the contact</source>
            <translation>Doppelklick (oder Eingabe) öffnet den Kontakt</translation>
        </message>
        <message>
            <source>New contact at this company</source>
            <translation>Neuer Kontakt in diesem Unternehmen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Anything worth remembering about this company</source>
            <translation>Alles Wissenswerte über dieses Unternehmen</translation>
        </message>
        <message>
            <source>member of {clusters}</source>
            <translation>Mitglied von {clusters}</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Noch keine Kontakte</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member organizations</source>
            <translation>
                <numerusform>%Ln Mitgliedsorganisation</numerusform>
                <numerusform>%Ln Mitgliedsorganisationen</numerusform>
            </translation>
        </message>
        <message>
            <source>Create company {name}</source>
            <translation>Unternehmen {name} anlegen</translation>
        </message>
        <message>
            <source>Company {name} created</source>
            <translation>Unternehmen {name} angelegt</translation>
        </message>
        <message>
            <source>Edit company {name}</source>
            <translation>Unternehmen {name} bearbeiten</translation>
        </message>
        <message>
            <source>Company {name} saved</source>
            <translation>Unternehmen {name} gespeichert</translation>
        </message>
        <message>
            <source>country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>Bedarf</translation>
        </message>
        <message>
            <source>line {line}: {part} {message}</source>
            <translation>Zeile {line}: {part} {message}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Mine (this laptop)</source>
            <translation>Meiner (dieses Gerät)</translation>
        </message>
        <message>
            <source>Changed here by</source>
            <translation>Hier geändert von</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Ihrer</translation>
        </message>
        <message>
            <source>Changed there by</source>
            <translation>Dort geändert von</translation>
        </message>
        <message>
            <source>Now holds</source>
            <translation>Jetzt gültig</translation>
        </message>
        <message>
            <source>company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>Mitgliedschaft</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>officer</source>
            <translation>Referent(in)</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>kept (edited)</source>
            <translation>behalten (bearbeitet)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
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
            <source>this laptop</source>
            <translation>dieses Gerät</translation>
        </message>
        <message>
            <source>site {site}</source>
            <translation>Standort {site}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Show &amp;resolved</source>
            <translation>&amp;Erledigte anzeigen</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Meinen behalten</translation>
        </message>
        <message>
            <source>This laptop's value stays (or comes back, as a new change every replica takes)</source>
            <translation>Der Wert dieses Geräts bleibt (oder kommt zurück, als neue Änderung, die jede Kopie übernimmt)</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Ihren übernehmen</translation>
        </message>
        <message>
            <source>The other side's value stays (or comes back, as a new change)</source>
            <translation>Der Wert der Gegenseite bleibt (oder kommt zurück, als neue Änderung)</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>Datensatz ö&amp;ffnen</translation>
        </message>
        <message>
            <source>No conflicts: every edit made on both sides has been settled. Conflicts appear here when the same field was changed on two laptops before they met.</source>
            <translation>Keine Konflikte: Alle Änderungen auf beiden Seiten sind geklärt. Ein Konflikt erscheint hier, wenn dasselbe Feld auf zwei Geräten geändert wurde, bevor sie sich abgeglichen haben.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open. The later edit won everywhere; the other value is kept here. Pick the one that is right — your choice travels to every replica.</source>
            <translation>
                <numerusform>%Ln offen. Überall hat die spätere Änderung gewonnen; der andere Wert wird hier aufbewahrt. Wählen Sie den richtigen – Ihre Wahl erreicht jede Kopie.</numerusform>
                <numerusform>%Ln offen. Überall hat die spätere Änderung gewonnen; der andere Wert wird hier aufbewahrt. Wählen Sie den richtigen – Ihre Wahl erreicht jede Kopie.</numerusform>
            </translation>
        </message>
        <message>
            <source>resolved: mine</source>
            <translation>erledigt: meiner</translation>
        </message>
        <message>
            <source>resolved: theirs</source>
            <translation>erledigt: ihrer</translation>
        </message>
        <message>
            <source>superseded by a later edit</source>
            <translation>durch spätere Änderung überholt</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>meiner</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>ihrer</translation>
        </message>
        <message>
            <source>record deleted / edited</source>
            <translation>Datensatz gelöscht / bearbeitet</translation>
        </message>
        <message>
            <source>{record}: your value kept.</source>
            <translation>{record}: Ihr Wert wurde behalten.</translation>
        </message>
        <message>
            <source>{record}: their value kept.</source>
            <translation>{record}: Der Wert der Gegenseite wurde übernommen.</translation>
        </message>
        <message>
            <source>The conflict was not resolved.</source>
            <translation>Der Konflikt wurde nicht gelöst.</translation>
        </message>
        <message>
            <source>Resolving a conflict</source>
            <translation>Konflikt wird gelöst</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>Select a contact to see it here, or press Ctrl+N to create one.</source>
            <translation>Wählen Sie einen Kontakt aus, um ihn hier zu sehen, oder legen Sie mit Strg+N einen neuen an.</translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation>Kontakt speichern</translation>
        </message>
        <message>
            <source>Revert contact</source>
            <translation>Änderungen am Kontakt verwerfen</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Kontakt löschen</translation>
        </message>
        <message>
            <source>Delete this contact (Delete; undo with Ctrl+Z)</source>
            <translation>Diesen Kontakt löschen (Entf; rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <source>Saving the contact</source>
            <translation>Speichern des Kontakts</translation>
        </message>
        <message>
            <source>The contact was not saved: {reason}</source>
            <translation>Der Kontakt wurde nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Vorname</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Nachname</translation>
        </message>
        <message>
            <source>Type to find a company</source>
            <translation>Tippen, um ein Unternehmen zu finden</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Show this contact's organization</source>
            <translation>Organisation dieses Kontakts anzeigen</translation>
        </message>
        <message>
            <source>Open the organization</source>
            <translation>Organisation öffnen</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>The company or body this person works for; type part of its name</source>
            <translation>Das Unternehmen oder die Einrichtung, für die diese Person arbeitet; einen Teil des Namens eingeben</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Funktion</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Kontaktdaten</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Tele&amp;fon</translation>
        </message>
        <message>
            <source>Any format; stored in international form. Without +, read as a number of the country</source>
            <translation>Beliebiges Format; international gespeichert. Ohne + als Nummer des Landes gelesen</translation>
        </message>
        <message>
            <source>Lan&amp;guages</source>
            <translation>Spra&amp;chen</translation>
        </message>
        <message>
            <source>Languages this person speaks (ISO codes such as en, fr, de)</source>
            <translation>Sprachen dieser Person (ISO-Codes wie en, fr, de)</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>&amp;Stadt</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>DSGVO-Einwilligung</translation>
        </message>
        <message>
            <source>Con&amp;sent</source>
            <translation>Ein&amp;willigung</translation>
        </message>
        <message>
            <source>Whether this person agreed to be contacted and kept on file</source>
            <translation>Ob die Person zugestimmt hat, kontaktiert und gespeichert zu werden</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Erteilt am</translation>
        </message>
        <message>
            <source>The day consent was given (required when it is given)</source>
            <translation>Der Tag der Einwilligung (Pflicht, wenn sie erteilt ist)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Web form, business card, event sign-up…</source>
            <translation>Webformular, Visitenkarte, Veranstaltungsanmeldung…</translation>
        </message>
        <message>
            <source>Where the consent comes from, for the GDPR register</source>
            <translation>Herkunft der Einwilligung, für das DSGVO-Verzeichnis</translation>
        </message>
        <message>
            <source>Privacy…</source>
            <translation>Datenschutz…</translation>
        </message>
        <message>
            <source>Subject access export or erasure of this person (GDPR)</source>
            <translation>Auskunft oder Löschung dieser Person (DSGVO)</translation>
        </message>
        <message>
            <source>For EU statistics</source>
            <translation>Für die EU-Statistik</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Optional; only used for the EU gender statistics</source>
            <translation>Optional; nur für die EU-Statistik nach Geschlecht</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Anything worth remembering about this person</source>
            <translation>Alles Wissenswerte über diese Person</translation>
        </message>
        <message>
            <source>{job_title} at {organization}</source>
            <translation>{job_title} bei {organization}</translation>
        </message>
        <message>
            <source>consent: {status}</source>
            <translation>Einwilligung: {status}</translation>
        </message>
        <message>
            <source>Create contact {name}</source>
            <translation>Kontakt {name} anlegen</translation>
        </message>
        <message>
            <source>Contact {name} created</source>
            <translation>Kontakt {name} angelegt</translation>
        </message>
        <message>
            <source>Edit contact {name}</source>
            <translation>Kontakt {name} bearbeiten</translation>
        </message>
        <message>
            <source>Contact {name} saved</source>
            <translation>Kontakt {name} gespeichert</translation>
        </message>
    </context>
    <context>
        <name>ContactsScreen</name>
        <message>
            <source>Consent given on {date}</source>
            <translation>Einwilligung erteilt am {date}</translation>
        </message>
        <message>
            <source>Consent: {status}</source>
            <translation>Einwilligung: {status}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Sorted by last name.</source>
            <translation>Nach Nachnamen sortiert.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>GDPR consent.</source>
            <translation>DSGVO-Einwilligung.</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>Create a contact (Ctrl+N)</source>
            <translation>Kontakt anlegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search contacts by name, email, job title or notes</source>
            <translation>Kontakte nach Name, E-Mail, Funktion oder Notizen suchen</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Kontakte suchen</translation>
        </message>
        <message>
            <source>Number of contacts shown</source>
            <translation>Anzahl angezeigter Kontakte</translation>
        </message>
        <message>
            <source>Contacts list</source>
            <translation>Kontaktliste</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Noch keine Kontakte</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Legen Sie einen an (Ctrl+N) oder importieren Sie eine Arbeitsmappe.</translation>
        </message>
        <message>
            <source>No contacts match</source>
            <translation>Keine passenden Kontakte</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 Kontakt</translation>
        </message>
        <message>
            <source>0 of 1 contact</source>
            <translation>0 von 1 Kontakt</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln Kontakt</numerusform>
                <numerusform>%Ln Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln contacts</source>
            <translation>
                <numerusform>{shown} von %Ln Kontakt</numerusform>
                <numerusform>{shown} von %Ln Kontakten</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact {name}</source>
            <translation>Kontakt {name} löschen</translation>
        </message>
        <message>
            <source>Deleted contact {name}</source>
            <translation>Kontakt {name} gelöscht</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln contacts</source>
            <translation>
                <numerusform>%Ln Kontakt löschen</numerusform>
                <numerusform>%Ln Kontakte löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contacts</source>
            <translation>
                <numerusform>%Ln Kontakt gelöscht</numerusform>
                <numerusform>%Ln Kontakte gelöscht</numerusform>
            </translation>
        </message>
        <message>
            <source>Show only the people of one organization</source>
            <translation>Nur die Personen einer Organisation zeigen</translation>
        </message>
        <message>
            <source>Show only one GDPR consent status</source>
            <translation>Nur einen DSGVO-Einwilligungsstatus zeigen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>People who speak this language</source>
            <translation>Personen, die diese Sprache sprechen</translation>
        </message>
    </context>
    <context>
        <name>CountryCombo</name>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>No type</source>
            <translation>Ohne Typ</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>A reporting period, a calendar year, the whole project or a range of dates</source>
            <translation>Ein Berichtszeitraum, ein Kalenderjahr, das ganze Projekt oder ein Datumsbereich</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Partnercluster</translation>
        </message>
        <message>
            <source>The whole partnership, or the records of one consortium partner</source>
            <translation>Die ganze Partnerschaft oder die Datensätze eines Konsortialpartners</translation>
        </message>
        <message>
            <source>Reporting periods and targets…</source>
            <translation>Berichtszeiträume und Ziele…</translation>
        </message>
        <message>
            <source>Define the reporting periods and what was promised for each indicator</source>
            <translation>Berichtszeiträume festlegen und was für jeden Indikator zugesagt wurde</translation>
        </message>
        <message>
            <source>Whole project</source>
            <translation>Gesamtes Projekt</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Eigener Zeitraum…</translation>
        </message>
        <message>
            <source>All partners</source>
            <translation>Alle Partner</translation>
        </message>
        <message>
            <source>The end is before the start</source>
            <translation>Das Ende liegt vor dem Beginn</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <source>The indicators could not be computed.</source>
            <translation>Die Indikatoren konnten nicht berechnet werden.</translation>
        </message>
        <message>
            <source>Computing the indicators</source>
            <translation>Indikatoren werden berechnet</translation>
        </message>
        <message>
            <source>{partner} only</source>
            <translation>nur {partner}</translation>
        </message>
        <message>
            <source>cumulative from {date}</source>
            <translation>kumuliert ab {date}</translation>
        </message>
        <message>
            <source>No reporting periods yet: define them with “Reporting periods and targets…”</source>
            <translation>Noch keine Berichtszeiträume: Legen Sie sie unter „Berichtszeiträume und Ziele…“ fest</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Eigener Zeitraum</translation>
        </message>
        <message>
            <source>{period}: {start} – {end}</source>
            <translation>{period}: {start} – {end}</translation>
        </message>
        <message>
            <source>Achieved against target</source>
            <translation>Erreicht im Vergleich zum Ziel</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% des Ziels</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Target (100 %)</source>
            <translation>Ziel (100 %)</translation>
        </message>
        <message>
            <source>No indicator has a target for this period</source>
            <translation>Kein Indikator hat ein Ziel für diesen Zeitraum</translation>
        </message>
        <message>
            <source>In the period</source>
            <translation>Im Zeitraum</translation>
        </message>
        <message>
            <source>Project to date</source>
            <translation>Bis heute</translation>
        </message>
        <message>
            <source>SMEs reached per partner cluster</source>
            <translation>Erreichte KMU je Partnercluster</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>Erreichte KMU</translation>
        </message>
        <message>
            <source>No SMEs reached in this period</source>
            <translation>Keine KMU in diesem Zeitraum erreicht</translation>
        </message>
        <message>
            <source>No partner cluster</source>
            <translation>Kein Partnercluster</translation>
        </message>
        <message>
            <source>Actions by type</source>
            <translation>Maßnahmen nach Typ</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>No actions in this period</source>
            <translation>Keine Maßnahmen in diesem Zeitraum</translation>
        </message>
        <message>
            <source>SMEs reached since the project start, month by month</source>
            <translation>Erreichte KMU seit Projektbeginn, Monat für Monat</translation>
        </message>
        <message>
            <source>SMEs reached (cumulative)</source>
            <translation>Erreichte KMU (kumuliert)</translation>
        </message>
        <message>
            <source>Countries of organizations reached (top {count})</source>
            <translation>Länder erreichter Organisationen (Top {count})</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>SMEs reached + clusters engaged</source>
            <translation>Erreichte KMU + beteiligte Cluster</translation>
        </message>
        <message>
            <source>No organizations reached in this period</source>
            <translation>Keine Organisationen in diesem Zeitraum erreicht</translation>
        </message>
        <message>
            <source>project to date</source>
            <translation>Projekt bis heute</translation>
        </message>
        <message>
            <source>no country</source>
            <translation>ohne Land</translation>
        </message>
        <message>
            <source>Organizations reached in {country}</source>
            <translation>Erreichte Organisationen: {country}</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>Records that may already be in the store</source>
            <translation>Möglicherweise schon vorhandene Datensätze</translation>
        </message>
        <message>
            <source>For each match, update the stored record, create a new one, or skip the row.</source>
            <translation>Für jeden Treffer: vorhandenen Datensatz aktualisieren, neuen anlegen oder Zeile überspringen.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Blatt</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <source>In the store</source>
            <translation>Im Bestand</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>&amp;Update all</source>
            <translation>Alle &amp;aktualisieren</translation>
        </message>
        <message>
            <source>Create all as &amp;new</source>
            <translation>Alle &amp;neu anlegen</translation>
        </message>
        <message>
            <source>&amp;Skip all</source>
            <translation>Alle ü&amp;berspringen</translation>
        </message>
        <message>
            <source>Su&amp;ggested choices</source>
            <translation>&amp;Vorschläge</translation>
        </message>
        <message>
            <source>Update the best stored match (the selected rows, or all)</source>
            <translation>Besten Treffer aktualisieren (ausgewählte Zeilen oder alle)</translation>
        </message>
        <message>
            <source>Create a new record (the selected rows, or all)</source>
            <translation>Neuen Datensatz anlegen (ausgewählte Zeilen oder alle)</translation>
        </message>
        <message>
            <source>Leave out of the import (the selected rows, or all)</source>
            <translation>Nicht importieren (ausgewählte Zeilen oder alle)</translation>
        </message>
        <message>
            <source>Back to the choices proposed for each row</source>
            <translation>Zurück zu den Vorschlägen je Zeile</translation>
        </message>
        <message>
            <source>Selected rows, or all:</source>
            <translation>Ausgewählte Zeilen oder alle:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file look like records already in the store. The choices proposed follow the evidence: an identical key or a nearly identical name means the same record.</source>
            <translation>
                <numerusform>%Ln Zeile der Datei ähnelt einem vorhandenen Datensatz. Die Vorschläge folgen den Hinweisen: ein gleicher Schlüssel oder ein fast gleicher Name bedeutet derselbe Datensatz.</numerusform>
                <numerusform>%Ln Zeilen der Datei ähneln vorhandenen Datensätzen. Die Vorschläge folgen den Hinweisen: ein gleicher Schlüssel oder ein fast gleicher Name bedeutet derselbe Datensatz.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No row of the file matches a record in the store: all %Ln row(s) will be created.</source>
            <translation>
                <numerusform>Keine Zeile entspricht einem vorhandenen Datensatz: die Zeile wird angelegt.</numerusform>
                <numerusform>Keine Zeile entspricht einem vorhandenen Datensatz: alle %Ln Zeilen werden angelegt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln pair(s) of rows inside the file look alike; both rows are imported (see the warnings of the previous step).</source>
            <translation>
                <numerusform>%Ln Zeilenpaar der Datei ist sich ähnlich; beide Zeilen werden importiert (siehe Hinweise im vorigen Schritt).</numerusform>
                <numerusform>%Ln Zeilenpaare der Datei sind sich ähnlich; beide Zeilen werden importiert (siehe Hinweise im vorigen Schritt).</numerusform>
            </translation>
        </message>
        <message>
            <source>Update existing</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>Neu anlegen</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Rows {row} and {other} of {sheet} would both update {record}: create one as new or skip it.</source>
            <translation>Zeilen {row} und {other} von {sheet} würden beide {record} aktualisieren: eine neu anlegen oder überspringen.</translation>
        </message>
        <message>
            <source>Of the matched rows: {update} update, {new} new, {skip} skipped.</source>
            <translation>Treffer: {update} aktualisiert, {new} neu, {skip} übersprungen.</translation>
        </message>
    </context>
    <context>
        <name>DrillDownDialog</name>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Counts for</source>
            <translation>Zählt</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Teilnahme</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>Loading the records…</source>
            <translation>Datensätze werden geladen…</translation>
        </message>
        <message>
            <source>Records behind the number</source>
            <translation>Datensätze hinter der Zahl</translation>
        </message>
        <message>
            <source>Export to xlsx…</source>
            <translation>Als xlsx exportieren…</translation>
        </message>
        <message>
            <source>Save this list as an Excel workbook</source>
            <translation>Diese Liste als Excel-Arbeitsmappe speichern</translation>
        </message>
        <message>
            <source>The records could not be listed.</source>
            <translation>Die Datensätze konnten nicht aufgelistet werden.</translation>
        </message>
        <message>
            <source>Listing the records behind the number</source>
            <translation>Auflisten der Datensätze hinter der Zahl</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records, counting {total}</source>
            <translation>
                <numerusform>%Ln Datensatz, zählt {total}</numerusform>
                <numerusform>%Ln Datensätze, zählen {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln Datensatz</numerusform>
                <numerusform>%Ln Datensätze</numerusform>
            </translation>
        </message>
        <message>
            <source>No records behind this number.</source>
            <translation>Keine Datensätze hinter dieser Zahl.</translation>
        </message>
        <message>
            <source>Export to xlsx</source>
            <translation>Als xlsx exportieren</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving {file}</source>
            <translation>Speichern von {file}</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln records to {path}</source>
            <translation>
                <numerusform>%Ln Datensatz in {path} gespeichert</numerusform>
                <numerusform>%Ln Datensätze in {path} gespeichert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>same VAT number</source>
            <translation>gleiche USt-IdNr.</translation>
        </message>
        <message>
            <source>same web domain</source>
            <translation>gleiche Web-Domain</translation>
        </message>
        <message>
            <source>same email</source>
            <translation>gleiche E-Mail</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>gleiche Telefonnummer</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>ähnlicher Name</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>Dubletten suchen</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>&amp;Search again</source>
            <translation>Erneut &amp;suchen</translation>
        </message>
        <message>
            <source>Look among:</source>
            <translation>Suchen in:</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Probably the same as</source>
            <translation>Vermutlich gleich wie</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Zusammenführen…</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>Datensatz ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open &amp;other</source>
            <translation>&amp;Anderen öffnen</translation>
        </message>
        <message>
            <source>The older record of each pair comes first: it is usually the one to keep. A merge moves every link to the kept record and can be undone.</source>
            <translation>Der ältere Datensatz jedes Paars steht vorn: meist der zu behaltende. Beim Zusammenführen wandern alle Verknüpfungen zum behaltenen Datensatz; das lässt sich rückgängig machen.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Suche nach Dubletten…</translation>
        </message>
        <message>
            <source>Looking for duplicates</source>
            <translation>Suche nach Dubletten</translation>
        </message>
        <message>
            <source>The search for duplicates did not work: {reason}</source>
            <translation>Die Suche nach Dubletten hat nicht geklappt: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln likely pair(s)</source>
            <translation>
                <numerusform>%Ln wahrscheinliches Paar</numerusform>
                <numerusform>%Ln wahrscheinliche Paare</numerusform>
            </translation>
        </message>
        <message>
            <source>No likely duplicates.</source>
            <translation>Keine wahrscheinlichen Dubletten.</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is encrypted.&lt;/b&gt; A stolen laptop yields no readable data.</source>
            <translation>&lt;b&gt;Dieser Datenbestand ist verschlüsselt.&lt;/b&gt; Ein gestohlener Laptop gibt keine lesbaren Daten preis.</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is not encrypted.&lt;/b&gt; Anyone who gets the file (a lost or stolen laptop) can read every name and email in it.</source>
            <translation>&lt;b&gt;Dieser Datenbestand ist nicht verschlüsselt.&lt;/b&gt; Wer die Datei bekommt (verlorener oder gestohlener Laptop), kann alle Namen und E-Mail-Adressen darin lesen.</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>Decrypt: keep the store as a plain file</source>
            <translation>Entschlüsseln: Datenbestand als unverschlüsselte Datei behalten</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Neue Passphrase (Wiederholung)</translation>
        </message>
        <message>
            <source>&amp;Show passphrases</source>
            <translation>Passphrasen &amp;anzeigen</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>A&amp;ktuelle Passphrase:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Neue Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>&amp;Encrypt</source>
            <translation>&amp;Verschlüsseln</translation>
        </message>
        <message>
            <source>&amp;Decrypt</source>
            <translation>&amp;Entschlüsseln</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>Passphrase ä&amp;ndern</translation>
        </message>
        <message>
            <source>If the passphrase is lost, the data cannot be recovered: nobody can open the store without it, not even with its backups. Keep it in a password manager or another safe place.</source>
            <translation>Geht die Passphrase verloren, sind die Daten nicht wiederherstellbar: Ohne sie kann niemand den Datenbestand öffnen, auch nicht aus den Sicherungen. Bewahren Sie sie in einem Passwortmanager oder an einem anderen sicheren Ort auf.</translation>
        </message>
        <message>
            <source>The store will be a plain file again: anyone who gets it can read it. Its encrypted backups stay encrypted and still need this passphrase.</source>
            <translation>Der Datenbestand wird wieder eine unverschlüsselte Datei: Wer sie bekommt, kann sie lesen. Die verschlüsselten Sicherungen bleiben verschlüsselt und brauchen weiterhin diese Passphrase.</translation>
        </message>
        <message>
            <source>MAGIA Desk restarts when it is done. The store as it was is kept among the backups.</source>
            <translation>Danach startet MAGIA Desk neu. Der bisherige Datenbestand wird bei den Sicherungen aufbewahrt.</translation>
        </message>
        <message>
            <source>Use several words or a long mix of letters, digits and signs.</source>
            <translation>Verwenden Sie mehrere Wörter oder eine lange Mischung aus Buchstaben, Ziffern und Zeichen.</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>schwach</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>good</source>
            <translation>gut</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>stark</translation>
        </message>
        <message>
            <source>Strength: {level}</source>
            <translation>Stärke: {level}</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>Geben Sie die aktuelle Passphrase ein.</translation>
        </message>
        <message>
            <source>The new passphrase needs at least {count} characters.</source>
            <translation>Die neue Passphrase braucht mindestens {count} Zeichen.</translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
        </message>
        <message>
            <source>The new passphrase is the current one.</source>
            <translation>Die neue Passphrase ist die aktuelle.</translation>
        </message>
        <message>
            <source>This is not the current passphrase. Check Caps Lock and the keyboard layout.</source>
            <translation>Das ist nicht die aktuelle Passphrase. Prüfen Sie die Feststelltaste und das Tastaturlayout.</translation>
        </message>
        <message>
            <source>Backing up the store…</source>
            <translation>Datenbestand wird gesichert…</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Datenbestand sichern</translation>
        </message>
        <message>
            <source>Encrypting the store… Do not turn the computer off.</source>
            <translation>Datenbestand wird verschlüsselt… Schalten Sie den Computer nicht aus.</translation>
        </message>
        <message>
            <source>Decrypting the store…</source>
            <translation>Datenbestand wird entschlüsselt…</translation>
        </message>
        <message>
            <source>Changing the passphrase… Do not turn the computer off.</source>
            <translation>Passphrase wird geändert… Schalten Sie den Computer nicht aus.</translation>
        </message>
        <message>
            <source>Converting the store</source>
            <translation>Datenbestand umwandeln</translation>
        </message>
        <message>
            <source>The store is now encrypted.</source>
            <translation>Der Datenbestand ist jetzt verschlüsselt.</translation>
        </message>
        <message>
            <source>The store is now a plain file.</source>
            <translation>Der Datenbestand ist jetzt eine unverschlüsselte Datei.</translation>
        </message>
        <message>
            <source>The store has a new passphrase.</source>
            <translation>Der Datenbestand hat eine neue Passphrase.</translation>
        </message>
        <message>
            <source>The store as it was is kept in {path}.</source>
            <translation>Der bisherige Datenbestand ist in {path} aufbewahrt.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) now use the new passphrase.</source>
            <translation>
                <numerusform>%Ln Sicherung verwendet jetzt die neue Passphrase.</numerusform>
                <numerusform>%Ln Sicherungen verwenden jetzt die neue Passphrase.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) stay encrypted: restoring one needs this passphrase.</source>
            <translation>
                <numerusform>%Ln Sicherung bleibt verschlüsselt: Zum Wiederherstellen braucht sie diese Passphrase.</numerusform>
                <numerusform>%Ln Sicherungen bleiben verschlüsselt: Zum Wiederherstellen brauchen sie diese Passphrase.</numerusform>
            </translation>
        </message>
        <message>
            <source>MAGIA Desk restarts now.</source>
            <translation>MAGIA Desk startet jetzt neu.</translation>
        </message>
        <message>
            <source>Enter the new passphrase to open the store.</source>
            <translation>Geben Sie die neue Passphrase ein, um den Datenbestand zu öffnen.</translation>
        </message>
        <message>
            <source>The store was left as it was. MAGIA Desk restarts now.</source>
            <translation>Der Datenbestand blieb unverändert. MAGIA Desk startet jetzt neu.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>{doing} did not work.

{reason}</source>
            <translation>{doing} hat nicht funktioniert.

{reason}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>{doing} failed unexpectedly.</source>
            <translation>{doing} ist unerwartet fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Your data is safe: the change that failed was not saved. Try again; if it happens again, send the details below to whoever supports MAGIA Desk.</source>
            <translation>Ihre Daten sind sicher: Die fehlgeschlagene Änderung wurde nicht gespeichert. Versuchen Sie es erneut; passiert es wieder, senden Sie die Details unten an den Support von MAGIA Desk.</translation>
        </message>
        <message>
            <source>They are also in the log file {path}.</source>
            <translation>Sie stehen auch in der Protokolldatei {path}.</translation>
        </message>
        <message>
            <source>The last action</source>
            <translation>Der letzte Schritt</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file to import</source>
            <translation>Zu importierende Datei wählen</translation>
        </message>
        <message>
            <source>Nothing is written until the last step.</source>
            <translation>Bis zum letzten Schritt wird nichts geschrieben.</translation>
        </message>
        <message>
            <source>Import an &lt;b&gt;exchange workbook&lt;/b&gt; (what &lt;i&gt;Export&lt;/i&gt; writes, or the template filled in), or &lt;b&gt;one sheet of organizations or contacts&lt;/b&gt; from any spreadsheet, as .xlsx or .csv. The next steps match its columns, check every row and let you decide about records that may already be in the store.</source>
            <translation>Importieren Sie eine &lt;b&gt;Austauschmappe&lt;/b&gt; (wie sie &lt;i&gt;Exportieren&lt;/i&gt; schreibt, oder die ausgefüllte Vorlage) oder &lt;b&gt;ein Blatt mit Organisationen oder Kontakten&lt;/b&gt; aus einer beliebigen Tabelle, als .xlsx oder .csv. Die nächsten Schritte ordnen die Spalten zu, prüfen jede Zeile und lassen Sie über möglicherweise vorhandene Datensätze entscheiden.</translation>
        </message>
        <message>
            <source>A workbook (.xlsx, .ods) or a .csv file</source>
            <translation>Eine Arbeitsmappe (.xlsx, .ods) oder .csv-Datei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Save an empty &amp;template…</source>
            <translation>Leere &amp;Vorlage speichern…</translation>
        </message>
        <message>
            <source>The exchange workbook with its headers, explanations and example rows, to fill in</source>
            <translation>Die Austauschmappe mit Kopfzeilen, Erläuterungen und Beispielzeilen zum Ausfüllen</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Arbeitsmappe importieren</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <source>Save an empty template</source>
            <translation>Leere Vorlage speichern</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>Saving the template</source>
            <translation>Speichern der Vorlage</translation>
        </message>
        <message>
            <source>Template saved as {name}: fill it in, then choose it here.</source>
            <translation>Vorlage als {name} gespeichert: ausfüllen, dann hier wählen.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>An diesem Pfad gibt es keine Datei.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Datei wird gelesen…</translation>
        </message>
        <message>
            <source>This file cannot be imported: {problem}</source>
            <translation>Diese Datei kann nicht importiert werden: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln Zeile</numerusform>
                <numerusform>%Ln Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>read as {sheet}</source>
            <translation>gelesen als {sheet}</translation>
        </message>
        <message>
            <source>columns to match by hand</source>
            <translation>Spalten von Hand zuordnen</translation>
        </message>
        <message>
            <source>An exchange workbook:</source>
            <translation>Eine Austauschmappe:</translation>
        </message>
        <message numerus="yes">
            <source>A spreadsheet with %Ln sheet(s):</source>
            <translation>
                <numerusform>Eine Tabelle mit %Ln Blatt:</numerusform>
                <numerusform>Eine Tabelle mit %Ln Blättern:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Clear filters</source>
            <translation>Filter löschen</translation>
        </message>
        <message>
            <source>Show every row again</source>
            <translation>Wieder alle Zeilen anzeigen</translation>
        </message>
    </context>
    <context>
        <name>FilterChip</name>
        <message>
            <source>Show only the rows with this {name_lower}</source>
            <translation>Nur passende Zeilen anzeigen ({name})</translation>
        </message>
        <message>
            <source>Filter by {name_lower}</source>
            <translation>Nach {name} filtern</translation>
        </message>
        <message>
            <source>Any {name_lower}</source>
            <translation>{name}: alle</translation>
        </message>
        <message>
            <source>Find a {name_lower}</source>
            <translation>{name} suchen</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name}: {value}</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to MAGIA Desk</source>
            <translation>Willkommen bei MAGIA Desk</translation>
        </message>
        <message>
            <source>Three questions before you start. You can change the answers later in Edit ▸ Settings.</source>
            <translation>Drei Fragen vor dem Start. Sie können die Antworten später unter Bearbeiten ▸ Einstellungen ändern.</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Systemsprache ({language})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Ihr &amp;Name:</translation>
        </message>
        <message>
            <source>Your &amp;partner cluster:</source>
            <translation>Ihr &amp;Partner-Cluster:</translation>
        </message>
        <message>
            <source>First and last name, as colleagues know you</source>
            <translation>Vor- und Nachname, wie Ihre Kollegen Sie kennen</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>The cluster you work for</source>
            <translation>Der Cluster, für den Sie arbeiten</translation>
        </message>
        <message>
            <source>Your partner cluster</source>
            <translation>Ihr Partner-Cluster</translation>
        </message>
        <message>
            <source>How do you want to start?</source>
            <translation>Wie möchten Sie beginnen?</translation>
        </message>
        <message>
            <source>Start with an &amp;empty store</source>
            <translation>Mit leerem &amp;Datenbestand beginnen</translation>
        </message>
        <message>
            <source>Create your companies and contacts yourself, or import them later.</source>
            <translation>Legen Sie Unternehmen und Kontakte selbst an oder importieren Sie sie später.</translation>
        </message>
        <message>
            <source>Explore with &amp;demo data</source>
            <translation>Mit Demo&amp;daten ausprobieren</translation>
        </message>
        <message>
            <source>A realistic partnership of four clusters, to try everything safely.</source>
            <translation>Eine realistische Partnerschaft aus vier Clustern, um alles gefahrlos auszuprobieren.</translation>
        </message>
        <message>
            <source>&amp;Import a workbook</source>
            <translation>Arbeitsmappe &amp;importieren</translation>
        </message>
        <message>
            <source>Read the exchange workbook (.xlsx) your partnership already keeps.</source>
            <translation>Die Austausch-Arbeitsmappe (.xlsx) einlesen, die Ihre Partnerschaft bereits führt.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>The whole file is written at once: if anything stops it, nothing is written.</source>
            <translation>Die ganze Datei wird auf einmal geschrieben: wird sie unterbrochen, wird nichts geschrieben.</translation>
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation>Import &amp;abbrechen</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Blatt</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Angelegt</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>{name} wird importiert…</translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation>Import von {name}</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Abgebrochen: nichts wurde geschrieben.</translation>
        </message>
        <message>
            <source>The import was refused and nothing was written: go Back to change the decisions, or correct the file.</source>
            <translation>Der Import wurde abgelehnt, nichts wurde geschrieben: gehen Sie zurück und ändern Sie die Entscheidungen oder korrigieren Sie die Datei.</translation>
        </message>
        <message>
            <source>The import failed and nothing was written.</source>
            <translation>Der Import ist fehlgeschlagen, nichts wurde geschrieben.</translation>
        </message>
        <message>
            <source>Importing the file</source>
            <translation>Import der Datei</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>Imported: {created} created, {updated} updated.</source>
            <translation>Importiert: {created} angelegt, {updated} aktualisiert.</translation>
        </message>
        <message>
            <source>Nothing to change: the store already holds everything in this file.</source>
            <translation>Nichts zu ändern: der Bestand enthält bereits alles aus dieser Datei.</translation>
        </message>
        <message>
            <source>New officers: {names}.</source>
            <translation>Neue Referent(inn)en: {names}.</translation>
        </message>
        <message>
            <source>Skipped rows: {rows}.</source>
            <translation>Übersprungene Zeilen: {rows}.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Organizations</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Participations</source>
            <translation>Teilnahmen</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Vereinbarungen</translation>
        </message>
        <message>
            <source>Reporting periods</source>
            <translation>Berichtszeiträume</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>KPI-Ziele</translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, Zeile {row}</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Arbeitsmappe importieren</translation>
        </message>
    </context>
    <context>
        <name>ItineraryDialog</name>
        <message>
            <source>Edit itinerary item</source>
            <translation>Programmpunkt bearbeiten</translation>
        </message>
        <message>
            <source>New itinerary item</source>
            <translation>Neuer Programmpunkt</translation>
        </message>
        <message>
            <source>local time, {zone}</source>
            <translation>Ortszeit, {zone}</translation>
        </message>
        <message>
            <source>local time</source>
            <translation>Ortszeit</translation>
        </message>
        <message>
            <source>Itinerary item</source>
            <translation>Programmpunkt</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>e.g. LYS-PVG, Hotel Okura</source>
            <translation>z. B. LYS-PVG, Hotel Okura</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Beginn</translation>
        </message>
        <message>
            <source>2019-05-14 10:00 ({where})</source>
            <translation>2019-05-14 10:00 ({where})</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Ende</translation>
        </message>
        <message>
            <source>11:30, or a date and time</source>
            <translation>11:30 oder Datum und Uhrzeit</translation>
        </message>
        <message>
            <source>A time alone is taken on the start's day</source>
            <translation>Eine Uhrzeit allein gilt für den Tag des Beginns</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Ort</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notizen</translation>
        </message>
        <message>
            <source>New itinerary item {title}</source>
            <translation>Neuer Programmpunkt {title}</translation>
        </message>
        <message>
            <source>Saving the itinerary item</source>
            <translation>Speichern des Programmpunkts</translation>
        </message>
    </context>
    <context>
        <name>KpiTile</name>
        <message>
            <source>No target</source>
            <translation>Kein Ziel</translation>
        </message>
        <message>
            <source>of {target} target · {percent}</source>
            <translation>Ziel {target} · {percent}</translation>
        </message>
        <message>
            <source>Cumulative {count} of {target} ({percent} %)</source>
            <translation>Kumuliert {count} von {target} ({percent} %)</translation>
        </message>
        <message>
            <source>Cumulative {count}</source>
            <translation>Kumuliert {count}</translation>
        </message>
        <message>
            <source>{indicator}: {value}</source>
            <translation>{indicator}: {value}</translation>
        </message>
        <message>
            <source>{indicator}: {value} against a target of {target}</source>
            <translation>{indicator}: {value} bei einem Ziel von {target}</translation>
        </message>
        <message>
            <source>Click to see the records behind the number</source>
            <translation>Klicken, um die Datensätze hinter der Zahl zu sehen</translation>
        </message>
    </context>
    <context>
        <name>LettersOfIntentDialog</name>
        <message>
            <source>Letter of intent — {organization}</source>
            <translation>Absichtserklärung — {organization}</translation>
        </message>
        <message>
            <source>Letters of intent</source>
            <translation>Absichtserklärungen</translation>
        </message>
        <message>
            <source>Find SMEs by name, city or sector</source>
            <translation>KMU nach Name, Stadt oder Branche suchen</translation>
        </message>
        <message>
            <source>Search SMEs</source>
            <translation>KMU suchen</translation>
        </message>
        <message>
            <source>Members of any cluster</source>
            <translation>Mitglieder aller Cluster</translation>
        </message>
        <message>
            <source>Members of cluster</source>
            <translation>Mitglieder des Clusters</translation>
        </message>
        <message>
            <source>Show only the SMEs that are members of this cluster</source>
            <translation>Nur KMU anzeigen, die Mitglied dieses Clusters sind</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>KMU</translation>
        </message>
        <message>
            <source>Tick all shown</source>
            <translation>Alle angezeigten ankreuzen</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Alle abwählen</translation>
        </message>
        <message>
            <source>Title template</source>
            <translation>Titelvorlage</translation>
        </message>
        <message>
            <source>{organization} and {country} are replaced for each SME</source>
            <translation>{organization} und {country} werden für jedes KMU ersetzt</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Unterzeichnet am</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Partnercluster</translation>
        </message>
        <message>
            <source>Optional: the event where they were signed</source>
            <translation>Optional: die Veranstaltung, bei der sie unterzeichnet wurden</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Signed on</source>
            <translation>&amp;Unterzeichnet am</translation>
        </message>
        <message>
            <source>&amp;Partner cluster</source>
            <translation>&amp;Partnercluster</translation>
        </message>
        <message>
            <source>&amp;At</source>
            <translation>&amp;Anlass</translation>
        </message>
        <message>
            <source>Tick the SMEs that signed: one signed letter of intent is created for each.</source>
            <translation>Kreuzen Sie die unterzeichnenden KMU an: Für jedes wird eine unterzeichnete Absichtserklärung angelegt.</translation>
        </message>
        <message>
            <source>No SMEs match: try fewer words or another cluster</source>
            <translation>Keine passenden KMU: weniger Wörter oder einen anderen Cluster versuchen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln SMEs ticked</source>
            <translation>
                <numerusform>%Ln KMU angekreuzt</numerusform>
                <numerusform>%Ln KMU angekreuzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln letters</source>
            <translation>
                <numerusform>%Ln Erklärung anlegen</numerusform>
                <numerusform>%Ln Erklärungen anlegen</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the day the letters were signed</source>
            <translation>Geben Sie den Tag der Unterzeichnung an</translation>
        </message>
        <message>
            <source>Choose the partner cluster the letters count for</source>
            <translation>Wählen Sie den Partnercluster, dem die Erklärungen angerechnet werden</translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln letters of intent</source>
            <translation>
                <numerusform>%Ln Absichtserklärung anlegen</numerusform>
                <numerusform>%Ln Absichtserklärungen anlegen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created %Ln letters of intent</source>
            <translation>
                <numerusform>%Ln Absichtserklärung angelegt</numerusform>
                <numerusform>%Ln Absichtserklärungen angelegt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListScreen</name>
        <message>
            <source>New record</source>
            <translation>Neuer Datensatz</translation>
        </message>
        <message>
            <source>Create a record (Ctrl+N)</source>
            <translation>Datensatz anlegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Search records</source>
            <translation>Datensätze durchsuchen</translation>
        </message>
        <message>
            <source>Number of records shown</source>
            <translation>Anzahl angezeigter Datensätze</translation>
        </message>
        <message>
            <source>Records list</source>
            <translation>Datensatzliste</translation>
        </message>
        <message>
            <source>No records yet</source>
            <translation>Noch keine Datensätze</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N).</source>
            <translation>Legen Sie einen an (Ctrl+N).</translation>
        </message>
        <message>
            <source>No records match</source>
            <translation>Keine passenden Datensätze</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 Datensatz</translation>
        </message>
        <message>
            <source>0 of 1 record</source>
            <translation>0 von 1 Datensatz</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln Datensatz</numerusform>
                <numerusform>%Ln Datensätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln records</source>
            <translation>
                <numerusform>{shown} von %Ln Datensatz</numerusform>
                <numerusform>{shown} von %Ln Datensätzen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>{name} löschen</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>{name} gelöscht</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln records</source>
            <translation>
                <numerusform>%Ln Datensatz löschen</numerusform>
                <numerusform>%Ln Datensätze löschen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln records</source>
            <translation>
                <numerusform>%Ln Datensatz gelöscht</numerusform>
                <numerusform>%Ln Datensätze gelöscht</numerusform>
            </translation>
        </message>
        <message>
            <source>Every word you type narrows the list; the search runs as you type.</source>
            <translation>Jedes eingegebene Wort grenzt die Liste ein; gesucht wird schon beim Tippen.</translation>
        </message>
        <message>
            <source>Deleting {name}</source>
            <translation>Löschen von {name}</translation>
        </message>
        <message>
            <source>The list cannot be sorted by “{column}”</source>
            <translation>Die Liste lässt sich nicht nach „{column}“ sortieren</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Nothing matches “{text}” with these filters. Try fewer words or filters.</source>
            <translation>Nichts passt zu „{text}“ mit diesen Filtern. Versuchen Sie es mit weniger Wörtern oder Filtern.</translation>
        </message>
        <message>
            <source>Nothing matches these filters. Try fewer filters.</source>
            <translation>Nichts passt zu diesen Filtern. Versuchen Sie es mit weniger Filtern.</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Suche und Filter zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Background work</source>
            <translation>Hintergrundarbeit</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Switch screens with Ctrl+1 to Ctrl+8</source>
            <translation>Ansicht wechseln mit Ctrl+1 bis Ctrl+8</translation>
        </message>
        <message>
            <source>Current screen</source>
            <translation>Aktuelle Ansicht</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>Arbeitsmappe &amp;importieren…</translation>
        </message>
        <message>
            <source>Read companies, contacts and actions from an exchange workbook</source>
            <translation>Unternehmen, Kontakte und Maßnahmen aus einer Austausch-Arbeitsmappe einlesen</translation>
        </message>
        <message>
            <source>&amp;Export workbook…</source>
            <translation>Arbeitsmappe &amp;exportieren…</translation>
        </message>
        <message>
            <source>Write every record to an exchange workbook (.xlsx)</source>
            <translation>Alle Datensätze in eine Austausch-Arbeitsmappe (.xlsx) schreiben</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <source>Keep a copy of the store and its attachments beside it</source>
            <translation>Eine Kopie des Datenbestands und seiner Anhänge daneben ablegen</translation>
        </message>
        <message>
            <source>Bac&amp;kups…</source>
            <translation>Sic&amp;herungen…</translation>
        </message>
        <message>
            <source>The store's backups: back up now, restore, show the folder</source>
            <translation>Die Sicherungen des Datenbestands: jetzt sichern, wiederherstellen, Ordner zeigen</translation>
        </message>
        <message>
            <source>&amp;Retention review…</source>
            <translation>Aufbewahrungs&amp;prüfung…</translation>
        </message>
        <message>
            <source>Contacts with no activity for years, to review (GDPR)</source>
            <translation>Kontakte ohne Aktivität seit Jahren, zu prüfen (DSGVO)</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>&amp;Dubletten suchen…</translation>
        </message>
        <message>
            <source>Companies and contacts entered twice, to merge</source>
            <translation>Doppelt erfasste Unternehmen und Kontakte, zum Zusammenführen</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Einstell&amp;ungen…</translation>
        </message>
        <message>
            <source>Language, officer, data folder, backups, encryption</source>
            <translation>Sprache, Referent(in), Datenordner, Sicherungen, Verschlüsselung</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>Create a record on this screen</source>
            <translation>Einen Datensatz in dieser Ansicht anlegen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the record being edited</source>
            <translation>Den bearbeiteten Datensatz speichern</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected records (undo with Ctrl+Z)</source>
            <translation>Die ausgewählten Datensätze löschen (rückgängig mit Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Search the list of this screen</source>
            <translation>In der Liste dieser Ansicht suchen</translation>
        </message>
        <message>
            <source>&amp;Go to anything…</source>
            <translation>&amp;Gehe zu…</translation>
        </message>
        <message>
            <source>Find any record or command by name</source>
            <translation>Beliebigen Datensatz oder Befehl nach Namen finden</translation>
        </message>
        <message>
            <source>Show the screen {screen}</source>
            <translation>Ansicht {screen} zeigen</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Every shortcut of the window</source>
            <translation>Alle Tastenkürzel des Fensters</translation>
        </message>
        <message>
            <source>&amp;About MAGIA Desk</source>
            <translation>&amp;Über MAGIA Desk</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Menüleiste</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Export workbook</source>
            <translation>Arbeitsmappe exportieren</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exportiert nach {path}</translation>
        </message>
        <message>
            <source>Exporting the workbook</source>
            <translation>Arbeitsmappe wird exportiert</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Gesichert in {path}</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Datenbestand wird gesichert</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The record you are editing could not be saved (its fields say why). Close and lose the changes?</source>
            <translation>Der bearbeitete Datensatz konnte nicht gespeichert werden (seine Felder sagen, warum). Schließen und die Änderungen verwerfen?</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Spalten zuordnen</translation>
        </message>
        <message>
            <source>Say which field each column of the file fills. Fields marked * are required.</source>
            <translation>Geben Sie an, welches Feld jede Spalte füllt. Mit * markierte Felder sind Pflicht.</translation>
        </message>
        <message>
            <source>Choose at least one sheet to import.</source>
            <translation>Wählen Sie mindestens ein Blatt zum Import.</translation>
        </message>
        <message>
            <source>Several sheets are imported as {sheet}; keep one.</source>
            <translation>Mehrere Blätter werden als {sheet} importiert; nur eines behalten.</translation>
        </message>
        <message>
            <source>Before going on:</source>
            <translation>Vor dem Weitergehen:</translation>
        </message>
    </context>
    <context>
        <name>MarketInterestsEditor</name>
        <message>
            <source>Add a target market</source>
            <translation>Zielmarkt hinzufügen</translation>
        </message>
        <message>
            <source>Record a country this organization is interested in</source>
            <translation>Ein Land erfassen, für das sich diese Organisation interessiert</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Edit meeting</source>
            <translation>Termin bearbeiten</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Neuer Termin</translation>
        </message>
        <message>
            <source>Type to find the organization met</source>
            <translation>Tippen, um die besuchte Organisation zu finden</translation>
        </message>
        <message>
            <source>2019-05-14 10:00 (local time)</source>
            <translation>2019-05-14 10:00 (Ortszeit)</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Getroffene Kontakte</translation>
        </message>
        <message>
            <source>Delegation members present</source>
            <translation>Anwesende Delegationsmitglieder</translation>
        </message>
        <message>
            <source>A follow-up task, e.g. Send samples</source>
            <translation>Eine Folgeaufgabe, z. B. Muster senden</translation>
        </message>
        <message>
            <source>New follow-up task</source>
            <translation>Neue Folgeaufgabe</translation>
        </message>
        <message>
            <source>Follow-up due date</source>
            <translation>Fälligkeit der Folgeaufgabe</translation>
        </message>
        <message>
            <source>{name} (officer)</source>
            <translation>{name} (Referent/in)</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Beginn</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Ende</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Ort</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Thema</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>E&amp;rgebnis</translation>
        </message>
        <message>
            <source>Contacts &amp;met</source>
            <translation>&amp;Getroffene Kontakte</translation>
        </message>
        <message>
            <source>&amp;Delegation present</source>
            <translation>Anwesende &amp;Delegation</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Folgeaufgaben</translation>
        </message>
        <message>
            <source>&amp;New follow-up</source>
            <translation>&amp;Neue Folgeaufgabe</translation>
        </message>
        <message>
            <source>Saving the meeting</source>
            <translation>Speichern des Termins</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPlanner</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Getroffene Kontakte</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Nachfassen</translation>
        </message>
        <message>
            <source>Not scheduled ({count})</source>
            <translation>Ohne Termin ({count})</translation>
        </message>
        <message>
            <source>Days of the mission</source>
            <translation>Tage der Mission</translation>
        </message>
        <message>
            <source>Clashes</source>
            <translation>Überschneidungen</translation>
        </message>
        <message>
            <source>Meetings of the day</source>
            <translation>Termine des Tages</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Neuer Termin</translation>
        </message>
        <message>
            <source>Plan a meeting on the day shown</source>
            <translation>Termin am angezeigten Tag planen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected meeting (or double-click it)</source>
            <translation>Ausgewählten Termin bearbeiten (oder doppelklicken)</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Termin bearbeiten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the selected meeting (undo with Ctrl+Z)</source>
            <translation>Ausgewählten Termin löschen (rückgängig mit Ctrl+Z)</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Termin löschen</translation>
        </message>
        <message>
            <source>No meetings planned for this mission yet: press New meeting.</source>
            <translation>Für diese Mission sind noch keine Termine geplant: auf „Neuer Termin“ klicken.</translation>
        </message>
        <message>
            <source>Clashes on this day</source>
            <translation>Überschneidungen an diesem Tag</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>fällig am {date}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two organizations</source>
            <translation>Zwei Organisationen zusammenführen</translation>
        </message>
        <message>
            <source>Merge two contacts</source>
            <translation>Zwei Kontakte zusammenführen</translation>
        </message>
        <message>
            <source>Show the fields that are the same</source>
            <translation>Gleiche Felder anzeigen</translation>
        </message>
        <message>
            <source>&amp;Keep the other one</source>
            <translation>&amp;Den anderen behalten</translation>
        </message>
        <message>
            <source>Keep the record on the right and merge the left one into it</source>
            <translation>Rechten Datensatz behalten und den linken hineinführen</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Zusammenführen</translation>
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
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Kept: {name}</source>
            <translation>Behalten: {name}</translation>
        </message>
        <message>
            <source>Merged into it: {name}</source>
            <translation>Wird eingefügt: {name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{other}&lt;/b&gt; will be merged into &lt;b&gt;{keep}&lt;/b&gt;: choose the value to keep for each field that differs ({count}).</source>
            <translation>&lt;b&gt;{other}&lt;/b&gt; wird in &lt;b&gt;{keep}&lt;/b&gt; zusammengeführt: wählen Sie für jedes abweichende Feld den Wert ({count}).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln Kontakt</numerusform>
                <numerusform>%Ln Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln participation(s)</source>
            <translation>
                <numerusform>%Ln Teilnahme</numerusform>
                <numerusform>%Ln Teilnahmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln membership(s)</source>
            <translation>
                <numerusform>%Ln Mitgliedschaft</numerusform>
                <numerusform>%Ln Mitgliedschaften</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s)</source>
            <translation>
                <numerusform>%Ln Vereinbarung</numerusform>
                <numerusform>%Ln Vereinbarungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) as partner cluster</source>
            <translation>
                <numerusform>%Ln Vereinbarung als Partner-Cluster</numerusform>
                <numerusform>%Ln Vereinbarungen als Partner-Cluster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln Notiz</numerusform>
                <numerusform>%Ln Notizen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln document(s)</source>
            <translation>
                <numerusform>%Ln Dokument</numerusform>
                <numerusform>%Ln Dokumente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln Aufgabe</numerusform>
                <numerusform>%Ln Aufgaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>%Ln Treffen</numerusform>
                <numerusform>%Ln Treffen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting attendance(s)</source>
            <translation>
                <numerusform>%Ln Terminteilnahme</numerusform>
                <numerusform>%Ln Terminteilnahmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s) organised</source>
            <translation>
                <numerusform>%Ln organisierte Maßnahme</numerusform>
                <numerusform>%Ln organisierte Maßnahmen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln market interest(s)</source>
            <translation>
                <numerusform>%Ln Marktinteresse</numerusform>
                <numerusform>%Ln Marktinteressen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln shareholding(s)</source>
            <translation>
                <numerusform>%Ln Beteiligung</numerusform>
                <numerusform>%Ln Beteiligungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln officer(s)</source>
            <translation>
                <numerusform>%Ln Referent(in)</numerusform>
                <numerusform>%Ln Referent(inn)en</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln KPI target(s)</source>
            <translation>
                <numerusform>%Ln KPI-Ziel</numerusform>
                <numerusform>%Ln KPI-Ziele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln remembered import ref(s)</source>
            <translation>
                <numerusform>%Ln gemerkte Import-Ref.</numerusform>
                <numerusform>%Ln gemerkte Import-Refs</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing is linked to it</source>
            <translation>nichts ist damit verknüpft</translation>
        </message>
        <message>
            <source>&lt;b&gt;Moves to the kept record:&lt;/b&gt; {moving}.&lt;br&gt;The other record is kept as a trace pointing to it; Undo in the status bar puts everything back.</source>
            <translation>&lt;b&gt;Geht an den behaltenen Datensatz:&lt;/b&gt; {moving}.&lt;br&gt;Der andere bleibt als Verweis darauf erhalten; Rückgängig in der Statusleiste stellt alles wieder her.</translation>
        </message>
        <message>
            <source>Merged {other} into {keep}</source>
            <translation>{other} in {keep} zusammengeführt</translation>
        </message>
        <message>
            <source>Merging the records</source>
            <translation>Zusammenführen der Datensätze</translation>
        </message>
        <message>
            <source>Merging {name}</source>
            <translation>{name} wird zusammengeführt</translation>
        </message>
        <message>
            <source>Merge undone; %Ln value(s) changed since were left as they are</source>
            <translation>Zusammenführung rückgängig; %Ln seither geänderter Wert blieb unverändert</translation>
        </message>
        <message>
            <source>Merge into {name} undone</source>
            <translation>Zusammenführung in {name} rückgängig gemacht</translation>
        </message>
        <message>
            <source>Undoing the merge</source>
            <translation>Zusammenführung wird rückgängig gemacht</translation>
        </message>
    </context>
    <context>
        <name>MessageArea</name>
        <message>
            <source>Last message</source>
            <translation>Letzte Meldung</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Letzte Änderung rückgängig machen</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Rückgängig (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>MissionDialog</name>
        <message>
            <source>Edit mission – {title}</source>
            <translation>Delegationsreise bearbeiten – {title}</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Reiseziel</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <source>The country the delegation travels to</source>
            <translation>Das Land, in das die Delegation reist</translation>
        </message>
        <message>
            <source>C&amp;ities</source>
            <translation>&amp;Städte</translation>
        </message>
        <message>
            <source>Type a city and press Enter</source>
            <translation>Stadt eingeben und Eingabe drücken</translation>
        </message>
        <message>
            <source>The cities visited, in the order of the trip</source>
            <translation>Die besuchten Städte in der Reihenfolge der Reise</translation>
        </message>
        <message>
            <source>e.g. Asia/Shanghai</source>
            <translation>z. B. Asia/Shanghai</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Zeitzone</translation>
        </message>
        <message>
            <source>IANA time zone: meeting and itinerary times are local times of this zone</source>
            <translation>IANA-Zeitzone: Termin- und Programmzeiten sind Ortszeiten dieser Zone</translation>
        </message>
        <message>
            <source>Saving the mission</source>
            <translation>Speichern der Delegationsreise</translation>
        </message>
        <message>
            <source>Edit destination of {title}</source>
            <translation>Reiseziel von {title} bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>MissionsScreen</name>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Search missions by title or destination</source>
            <translation>Missionen nach Titel oder Ziel suchen</translation>
        </message>
        <message>
            <source>Search missions</source>
            <translation>Missionen suchen</translation>
        </message>
        <message>
            <source>Number of missions shown</source>
            <translation>Anzahl angezeigter Missionen</translation>
        </message>
        <message>
            <source>Missions list</source>
            <translation>Missionsliste</translation>
        </message>
        <message>
            <source>No missions yet: create an action of type fact-finding mission or trade show on the Actions screen.</source>
            <translation>Noch keine Missionen: Legen Sie im Bereich Maßnahmen eine Maßnahme vom Typ Erkundungsreise oder Messe an.</translation>
        </message>
        <message>
            <source>Destination, cities and time zone</source>
            <translation>Ziel, Städte und Zeitzone</translation>
        </message>
        <message>
            <source>Capture leads…</source>
            <translation>Kontakte erfassen…</translation>
        </message>
        <message>
            <source>Trade-show capture mode (Ctrl+Shift+L)</source>
            <translation>Messe-Erfassungsmodus (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>.ics exportieren…</translation>
        </message>
        <message>
            <source>The itinerary and meetings as a calendar file for phones and Outlook</source>
            <translation>Reiseplan und Termine als Kalenderdatei für Telefone und Outlook</translation>
        </message>
        <message>
            <source>Print briefing…</source>
            <translation>Briefing drucken…</translation>
        </message>
        <message>
            <source>The mission briefing PDF: agenda per day, profile of every organization met</source>
            <translation>Das Missions-Briefing als PDF: Tagesprogramm, Profil jeder besuchten Organisation</translation>
        </message>
        <message>
            <source>Edit mission…</source>
            <translation>Mission bearbeiten…</translation>
        </message>
        <message>
            <source>Destination country, cities and time zone</source>
            <translation>Zielland, Städte und Zeitzone</translation>
        </message>
        <message>
            <source>Open action</source>
            <translation>Maßnahme öffnen</translation>
        </message>
        <message>
            <source>Edit the mission's fields and participants on the Actions screen</source>
            <translation>Felder und Teilnehmende der Mission im Bereich Maßnahmen bearbeiten</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Reiseplan</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>A flight, hotel, visit... of the trip</source>
            <translation>Ein Flug, Hotel, Besuch... der Reise</translation>
        </message>
        <message>
            <source>Add itinerary item</source>
            <translation>Reiseplan-Eintrag hinzufügen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected item (or double-click it)</source>
            <translation>Ausgewählten Eintrag bearbeiten (oder doppelklicken)</translation>
        </message>
        <message>
            <source>Edit itinerary item</source>
            <translation>Reiseplan-Eintrag bearbeiten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the selected item (Ctrl+Z restores it)</source>
            <translation>Ausgewählten Eintrag löschen (Ctrl+Z stellt ihn wieder her)</translation>
        </message>
        <message>
            <source>Delete itinerary item</source>
            <translation>Reiseplan-Eintrag löschen</translation>
        </message>
        <message>
            <source>Meetings planner</source>
            <translation>Terminplaner</translation>
        </message>
        <message>
            <source>Select a mission to see its delegation, itinerary and meetings.</source>
            <translation>Wählen Sie eine Mission, um Delegation, Reiseplan und Termine zu sehen.</translation>
        </message>
        <message>
            <source>Reading the missions</source>
            <translation>Missionen werden gelesen</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} von {total}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln missions</source>
            <translation>
                <numerusform>%Ln Mission</numerusform>
                <numerusform>%Ln Missionen</numerusform>
            </translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <source>Destination: &lt;b&gt;{country}&lt;/b&gt;</source>
            <translation>Ziel: &lt;b&gt;{country}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Cities: &lt;b&gt;{cities}&lt;/b&gt;</source>
            <translation>Städte: &lt;b&gt;{cities}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Time zone: &lt;b&gt;{zone}&lt;/b&gt; (meeting times are local)</source>
            <translation>Zeitzone: &lt;b&gt;{zone}&lt;/b&gt; (Terminzeiten in Ortszeit)</translation>
        </message>
        <message>
            <source>Organiser: {name}</source>
            <translation>Veranstalter: {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delegation: %Ln members</source>
            <translation>
                <numerusform>Delegation: %Ln Mitglied</numerusform>
                <numerusform>Delegation: %Ln Mitglieder</numerusform>
            </translation>
        </message>
        <message>
            <source>officers: {names}</source>
            <translation>Referent(inn)en: {names}</translation>
        </message>
        <message>
            <source>Meetings planner ({count})</source>
            <translation>Terminplaner ({count})</translation>
        </message>
        <message>
            <source>Delegation ({count})</source>
            <translation>Delegation ({count})</translation>
        </message>
        <message>
            <source>Itinerary ({count})</source>
            <translation>Reiseplan ({count})</translation>
        </message>
        <message>
            <source>Select a trade show to capture its leads</source>
            <translation>Wählen Sie eine Messe, um ihre Kontakte zu erfassen</translation>
        </message>
        <message>
            <source>Deleting the meeting</source>
            <translation>Termin wird gelöscht</translation>
        </message>
        <message>
            <source>Delete meeting {name}</source>
            <translation>Termin {name} löschen</translation>
        </message>
        <message>
            <source>Deleted meeting {name}</source>
            <translation>Termin {name} gelöscht</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Termin löschen</translation>
        </message>
        <message>
            <source>Deleted meeting</source>
            <translation>Termin gelöscht</translation>
        </message>
        <message>
            <source>Deleting the itinerary item</source>
            <translation>Reiseplan-Eintrag wird gelöscht</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>{name} löschen</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>{name} gelöscht</translation>
        </message>
        <message>
            <source>Export the itinerary as a calendar</source>
            <translation>Reiseplan als Kalender exportieren</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Kalender (*.ics)</translation>
        </message>
        <message>
            <source>Exporting the calendar</source>
            <translation>Kalender wird exportiert</translation>
        </message>
        <message>
            <source>Print the mission briefing</source>
            <translation>Missions-Briefing drucken</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the mission briefing</source>
            <translation>Missions-Briefing wird erstellt</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} gespeichert</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Participants and audience</source>
            <translation>Teilnehmende und Publikum</translation>
        </message>
        <message>
            <source>Add participants…</source>
            <translation>Teilnehmende hinzufügen…</translation>
        </message>
        <message>
            <source>Pick many organizations and contacts, or paste a list of emails or names</source>
            <translation>Mehrere Organisationen und Kontakte wählen oder eine Liste von E-Mails oder Namen einfügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected participants (undo with Ctrl+Z)</source>
            <translation>Gewählte Teilnehmende entfernen (rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <source>Capture leads…</source>
            <translation>Leads erfassen…</translation>
        </message>
        <message>
            <source>Trade-show capture mode: one lead after the other (Ctrl+Shift+L)</source>
            <translation>Messe-Erfassungsmodus: ein Lead nach dem anderen (Strg+Umschalt+L)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Nobody yet: add the organizations and people who took part.</source>
            <translation>Noch niemand: Fügen Sie die teilnehmenden Organisationen und Personen hinzu.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participants</source>
            <translation>
                <numerusform>%Ln Teilnehmende/r</numerusform>
                <numerusform>%Ln Teilnehmende</numerusform>
            </translation>
        </message>
        <message>
            <source>declared audience {count}</source>
            <translation>gemeldetes Publikum {count}</translation>
        </message>
        <message>
            <source>audience reached &lt;b&gt;{count}&lt;/b&gt;</source>
            <translation>erreichtes Publikum &lt;b&gt;{count}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Save the action first, then add who took part.</source>
            <translation>Speichern Sie zuerst die Maßnahme, dann fügen Sie die Teilnehmenden hinzu.</translation>
        </message>
        <message>
            <source>Removing participants</source>
            <translation>Entfernen der Teilnehmenden</translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln participants</source>
            <translation>
                <numerusform>%Ln Teilnehmende/n entfernen</numerusform>
                <numerusform>%Ln Teilnehmende entfernen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln participants</source>
            <translation>
                <numerusform>%Ln Teilnehmende/r entfernt</numerusform>
                <numerusform>%Ln Teilnehmende entfernt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartiesField</name>
        <message>
            <source>Parties</source>
            <translation>Parteien</translation>
        </message>
        <message>
            <source>Double-click to open the organization; Delete removes it from the parties</source>
            <translation>Doppelklick öffnet die Organisation; Entf entfernt sie aus den Parteien</translation>
        </message>
        <message>
            <source>Type to add a party (any organization, any country)</source>
            <translation>Tippen, um eine Partei hinzuzufügen (jede Organisation, jedes Land)</translation>
        </message>
        <message>
            <source>Add a party</source>
            <translation>Partei hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected party</source>
            <translation>Gewählte Partei entfernen</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted store</source>
            <translation>Verschlüsselter Datenbestand</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ist verschlüsselt. Geben Sie die Passphrase ein, um ihn zu öffnen.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>This passphrase does not open the store. Check Caps Lock and the keyboard layout, then try again.</source>
            <translation>Diese Passphrase öffnet den Datenbestand nicht. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The store cannot be opened: {reason}</source>
            <translation>Der Datenbestand kann nicht geöffnet werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PeriodsDialog</name>
        <message>
            <source>Reporting periods and targets</source>
            <translation>Berichtszeiträume und Ziele</translation>
        </message>
        <message>
            <source>Reporting periods</source>
            <translation>Berichtszeiträume</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>RP1</source>
            <translation>BZ1</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Beginn</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Ende</translation>
        </message>
        <message>
            <source>New period</source>
            <translation>Neuer Zeitraum</translation>
        </message>
        <message>
            <source>Save period</source>
            <translation>Zeitraum speichern</translation>
        </message>
        <message>
            <source>Delete period</source>
            <translation>Zeitraum löschen</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>KPI-Ziele</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Partnercluster</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>z. B. 250</translation>
        </message>
        <message>
            <source>&amp;Indicator</source>
            <translation>&amp;Indikator</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Zeitraum</translation>
        </message>
        <message>
            <source>Partner &amp;cluster</source>
            <translation>Partner&amp;cluster</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>Zi&amp;el</translation>
        </message>
        <message>
            <source>New target</source>
            <translation>Neues Ziel</translation>
        </message>
        <message>
            <source>Save target</source>
            <translation>Ziel speichern</translation>
        </message>
        <message>
            <source>Delete target</source>
            <translation>Ziel löschen</translation>
        </message>
        <message>
            <source>Whole project</source>
            <translation>Gesamtes Projekt</translation>
        </message>
        <message>
            <source>All partners</source>
            <translation>Alle Partner</translation>
        </message>
        <message>
            <source>Reporting period {name} created</source>
            <translation>Berichtszeitraum {name} angelegt</translation>
        </message>
        <message>
            <source>Reporting period {name} saved</source>
            <translation>Berichtszeitraum {name} gespeichert</translation>
        </message>
        <message>
            <source>Saving the reporting period</source>
            <translation>Speichern des Berichtszeitraums</translation>
        </message>
        <message>
            <source>Restoring the reporting period</source>
            <translation>Wiederherstellen des Berichtszeitraums</translation>
        </message>
        <message>
            <source>Reporting period {name} deleted (its targets apply again if you undo)</source>
            <translation>Berichtszeitraum {name} gelöscht (seine Ziele gelten wieder, wenn Sie es rückgängig machen)</translation>
        </message>
        <message>
            <source>Saving the target</source>
            <translation>Speichern des Ziels</translation>
        </message>
        <message>
            <source>Target for {indicator} saved</source>
            <translation>Ziel „{indicator}“ gespeichert</translation>
        </message>
        <message>
            <source>Target for {indicator} deleted</source>
            <translation>Ziel „{indicator}“ gelöscht</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Zeilen prüfen</translation>
        </message>
        <message>
            <source>Cells with a problem are highlighted: point at one to read what is wrong.</source>
            <translation>Zellen mit Problem sind markiert: mit der Maus darauf zeigen, um den Grund zu lesen.</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>Erneut &amp;prüfen</translation>
        </message>
        <message>
            <source>Read the file again, after correcting it in the spreadsheet</source>
            <translation>Datei nach der Korrektur in der Tabelle neu lesen</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Blatt</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Spalte</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Reading and checking {name}…</source>
            <translation>{name} wird gelesen und geprüft…</translation>
        </message>
        <message>
            <source>Checking the file to import</source>
            <translation>Prüfung der Importdatei</translation>
        </message>
        <message>
            <source>The file could not be checked: {error}</source>
            <translation>Die Datei konnte nicht geprüft werden: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Problems (%Ln)</source>
            <translation>
                <numerusform>Probleme (%Ln)</numerusform>
                <numerusform>Probleme (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warnings (%Ln)</source>
            <translation>
                <numerusform>Hinweise (%Ln)</numerusform>
                <numerusform>Hinweise (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s) must be fixed before importing. Correct them in the file, save it and press Check again, or go Back to match the columns differently.</source>
            <translation>
                <numerusform>%Ln Problem muss vor dem Import behoben werden. Korrigieren Sie es in der Datei, speichern Sie und klicken Sie auf Erneut prüfen, oder gehen Sie zurück und ordnen Sie die Spalten anders zu.</numerusform>
                <numerusform>%Ln Probleme müssen vor dem Import behoben werden. Korrigieren Sie sie in der Datei, speichern Sie und klicken Sie auf Erneut prüfen, oder gehen Sie zurück und ordnen Sie die Spalten anders zu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No problems: %Ln row(s) are ready to import.</source>
            <translation>
                <numerusform>Keine Probleme: %Ln Zeile ist bereit zum Import.</numerusform>
                <numerusform>Keine Probleme: %Ln Zeilen sind bereit zum Import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them may already be in the store: decide about them next.</source>
            <translation>
                <numerusform>%Ln davon ist möglicherweise schon vorhanden: Sie entscheiden im nächsten Schritt.</numerusform>
                <numerusform>%Ln davon sind möglicherweise schon vorhanden: Sie entscheiden im nächsten Schritt.</numerusform>
            </translation>
        </message>
        <message>
            <source>{sheet} (first {shown} of {total} rows)</source>
            <translation>{sheet} (erste {shown} von {total} Zeilen)</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… und %Ln weiteres</numerusform>
                <numerusform>… und %Ln weitere</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>this person</source>
            <translation>diese Person</translation>
        </message>
        <message>
            <source>Erase {name}?</source>
            <translation>{name} löschen?</translation>
        </message>
        <message>
            <source>Erase {name} from the store? This cannot be undone.</source>
            <translation>{name} aus dem Datenbestand löschen? Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Their name, email, phone, notes, documents and every past value in the history are removed for good.

What stays: their participations in actions and meetings, now anonymous (“Erased person”), so that the partnership's indicator counts do not change; and their organization link.

Backups made before today still hold their data until the rotation removes them.</source>
            <translation>Name, E-Mail, Telefon, Notizen, Dokumente und alle früheren Werte im Verlauf werden endgültig entfernt.

Erhalten bleiben: die Teilnahmen an Maßnahmen und Terminen, nun anonym („Gelöschte Person“), damit sich die Indikatoren der Partnerschaft nicht ändern; und die Verknüpfung mit der Organisation.

Sicherungen von vor heute enthalten die Daten noch, bis die Rotation sie entfernt.</translation>
        </message>
        <message>
            <source>Erase {name}</source>
            <translation>{name} löschen</translation>
        </message>
        <message>
            <source>Subject access - {name}.txt</source>
            <translation>Auskunft - {name}.txt</translation>
        </message>
        <message>
            <source>Export everything held about {name}</source>
            <translation>Alle gespeicherten Daten über {name} exportieren</translation>
        </message>
        <message>
            <source>Text and JSON (*.txt)</source>
            <translation>Text und JSON (*.txt)</translation>
        </message>
        <message>
            <source>Everything held about {name} is in:
{text_file}
{json_file}

Open the text file now?</source>
            <translation>Alle gespeicherten Daten über {name} stehen in:
{text_file}
{json_file}

Textdatei jetzt öffnen?</translation>
        </message>
        <message>
            <source>Subject access export written</source>
            <translation>Auskunftsexport geschrieben</translation>
        </message>
        <message>
            <source>Exporting the subject access data</source>
            <translation>Exportieren der Auskunftsdaten</translation>
        </message>
        <message>
            <source>Exporting the data held about {name}</source>
            <translation>Exportieren der Daten über {name}</translation>
        </message>
        <message>
            <source>{name} was erased (history entries rewritten: {count}).</source>
            <translation>{name} wurde gelöscht (umgeschriebene Verlaufseinträge: {count}).</translation>
        </message>
        <message>
            <source>Erasing {name}</source>
            <translation>Löschen von {name}</translation>
        </message>
        <message>
            <source>Privacy — {name}</source>
            <translation>Datenschutz — {name}</translation>
        </message>
        <message>
            <source>Answer a data-subject request from &lt;b&gt;{name}&lt;/b&gt;: send them everything the store holds about them, or erase them.</source>
            <translation>Auf eine Anfrage von &lt;b&gt;{name}&lt;/b&gt; antworten: alle gespeicherten Daten über die Person senden oder sie löschen.</translation>
        </message>
        <message>
            <source>Subject access &amp;export…</source>
            <translation>Aus&amp;kunft exportieren…</translation>
        </message>
        <message>
            <source>Write the record, participations, notes, documents and history to a file</source>
            <translation>Datensatz, Teilnahmen, Notizen, Dokumente und Verlauf in eine Datei schreiben</translation>
        </message>
        <message>
            <source>&amp;Erase this person…</source>
            <translation>Person &amp;löschen…</translation>
        </message>
        <message>
            <source>Remove every personal data of this person; participations stay, anonymous</source>
            <translation>Alle personenbezogenen Daten dieser Person entfernen; Teilnahmen bleiben anonym erhalten</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S or Enter)</source>
            <translation>Änderungen speichern (Strg+S oder Eingabe)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Forget the changes not saved yet</source>
            <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>New record</source>
            <translation>Neuer Datensatz</translation>
        </message>
        <message>
            <source>Select a record to see it here, or press Ctrl+N to create one.</source>
            <translation>Wählen Sie einen Datensatz aus, um ihn hier zu sehen, oder legen Sie mit Strg+N einen neuen an.</translation>
        </message>
        <message>
            <source>Save record</source>
            <translation>Datensatz speichern</translation>
        </message>
        <message>
            <source>Revert record</source>
            <translation>Änderungen am Datensatz verwerfen</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Datensatz löschen</translation>
        </message>
        <message>
            <source>Delete this record (Delete; undo with Ctrl+Z)</source>
            <translation>Diesen Datensatz löschen (Entf; rückgängig mit Strg+Z)</translation>
        </message>
        <message>
            <source>Saving the record</source>
            <translation>Speichern des Datensatzes</translation>
        </message>
        <message>
            <source>The record was not saved: {reason}</source>
            <translation>Der Datensatz wurde nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Fill in at least the name, then press Enter or Ctrl+S</source>
            <translation>Mindestens den Namen ausfüllen, dann Eingabe oder Strg+S drücken</translation>
        </message>
        <message>
            <source>Saved: {change}</source>
            <translation>Gespeichert: {change}</translation>
        </message>
        <message>
            <source>Unsaved changes: Enter or Ctrl+S saves, Revert forgets them</source>
            <translation>Ungespeicherte Änderungen: Eingabe oder Strg+S speichert, Verwerfen verwirft sie</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Type and press Enter</source>
            <translation>Eingeben und Eingabe drücken</translation>
        </message>
    </context>
    <context>
        <name>RecordLookup</name>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Loading the list</source>
            <translation>Liste wird geladen</translation>
        </message>
        <message>
            <source>Click to sort.</source>
            <translation>Zum Sortieren klicken.</translation>
        </message>
        <message>
            <source>This column cannot be sorted.</source>
            <translation>Diese Spalte lässt sich nicht sortieren.</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>PDF-Dokument (.pdf)</translation>
        </message>
        <message>
            <source>The language the report is written in, whatever the language of the screens</source>
            <translation>Die Sprache des Berichts, unabhängig von der Sprache der Oberfläche</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Zeitraum</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>P&amp;artner cluster</source>
            <translation>&amp;Partnercluster</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <source>Report &amp;language</source>
            <translation>Berichts&amp;sprache</translation>
        </message>
        <message>
            <source>Choose a period</source>
            <translation>Wählen Sie einen Zeitraum</translation>
        </message>
        <message>
            <source>Indicators in the report</source>
            <translation>Indikatoren im Bericht</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Achieved in period</source>
            <translation>Im Zeitraum erreicht</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Kumuliert</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% des Ziels</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Progress of the export</source>
            <translation>Fortschritt des Exports</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>Datei &amp;öffnen</translation>
        </message>
        <message>
            <source>Periodic report</source>
            <translation>Periodischer Bericht</translation>
        </message>
        <message>
            <source>What the report will include</source>
            <translation>Inhalt des Berichts</translation>
        </message>
        <message>
            <source>{name} ({start} to {end})</source>
            <translation>{name} ({start} bis {end})</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Jahr {year}</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Eigener Zeitraum…</translation>
        </message>
        <message>
            <source>All partner clusters</source>
            <translation>Alle Partnercluster</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Das Enddatum liegt vor dem Startdatum.</translation>
        </message>
        <message>
            <source>Counting what the report will hold…</source>
            <translation>Inhalt des Berichts wird gezählt…</translation>
        </message>
        <message>
            <source>all partner clusters</source>
            <translation>alle Partnercluster</translation>
        </message>
        <message>
            <source>{period}, {scope} — cover, KPI summary · {counts}</source>
            <translation>{period}, {scope} — Deckblatt, Kennzahlenübersicht · {counts}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <source>Exporting the report</source>
            <translation>Bericht wird exportiert</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} gespeichert</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written</source>
            <translation>Abgebrochen: Es wurde nichts geschrieben</translation>
        </message>
        <message>
            <source>The report was not written</source>
            <translation>Der Bericht wurde nicht geschrieben</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention review</source>
            <translation>Aufbewahrungsprüfung</translation>
        </message>
        <message>
            <source>Contacts with no activity &amp;for</source>
            <translation>Kontakte ohne Aktivität &amp;seit</translation>
        </message>
        <message>
            <source>Years without activity</source>
            <translation>Jahre ohne Aktivität</translation>
        </message>
        <message>
            <source>Contacts to review</source>
            <translation>Zu prüfende Kontakte</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show the contact to refresh their consent or delete them</source>
            <translation>Kontakt anzeigen, um die Einwilligung zu erneuern oder ihn zu löschen</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln Jahr</numerusform>
                <numerusform>%Ln Jahren</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Suche…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts to review</source>
            <translation>
                <numerusform>%Ln Kontakt zu prüfen</numerusform>
                <numerusform>%Ln Kontakte zu prüfen</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody to review.</source>
            <translation>Niemand zu prüfen.</translation>
        </message>
    </context>
    <context>
        <name>ScreenSpec</name>
        <message>
            <source>Companies</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Companies, clusters and every other organization</source>
            <translation>Unternehmen, Cluster und alle anderen Organisationen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>People, their company and their GDPR consent</source>
            <translation>Personen, ihr Unternehmen und ihre DSGVO-Einwilligung</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Maßnahmen</translation>
        </message>
        <message>
            <source>Everything the partnership runs or attends, and who took part</source>
            <translation>Alles, was die Partnerschaft veranstaltet oder besucht, und wer teilgenommen hat</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Delegationsreisen</translation>
        </message>
        <message>
            <source>Missions and trade shows: delegation, itinerary, meetings planner, lead capture</source>
            <translation>Delegationsreisen und Messen: Delegation, Reiseplan, Terminplaner, Kontakterfassung</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Vereinbarungen</translation>
        </message>
        <message>
            <source>The agreement pipeline as a board or a list; letters of intent in bulk</source>
            <translation>Die Vereinbarungs-Pipeline als Board oder Liste; Absichtserklärungen in Serie</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>My tasks: overdue, due this week, later</source>
            <translation>Meine Aufgaben: überfällig, diese Woche fällig, später</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Every indicator against its target, with the records behind each number</source>
            <translation>Jeder Indikator im Vergleich zum Ziel, mit den Datensätzen hinter jeder Zahl</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Berichte</translation>
        </message>
        <message>
            <source>The periodic report for the EU as Excel or PDF</source>
            <translation>Der periodische Bericht für die EU als Excel oder PDF</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Every change: who, when, what</source>
            <translation>Jede Änderung: wer, wann, was</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Abgleich</translation>
        </message>
        <message>
            <source>Exchange changes with other laptops (bundle files) or the team hub; conflicts</source>
            <translation>Änderungen mit anderen Laptops (Austauschdateien) oder dem Team-Server abgleichen; Konflikte</translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>Redo {change}</source>
            <translation>Wiederholen: {change}</translation>
        </message>
        <message>
            <source>Undo {change}</source>
            <translation>Rückgängig: {change}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System language ({language})</source>
            <translation>Systemsprache ({language})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Applies the next time MAGIA Desk starts.</source>
            <translation>Gilt ab dem nächsten Start von MAGIA Desk.</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referent(in)</translation>
        </message>
        <message>
            <source>Add officer…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Changes are made by:</source>
            <translation>Ä&amp;nderungen durch:</translation>
        </message>
        <message>
            <source>Every change you make is signed with this name in the history.</source>
            <translation>Jede Ihrer Änderungen wird im Protokoll mit diesem Namen gekennzeichnet.</translation>
        </message>
        <message>
            <source>Nobody yet: add an officer</source>
            <translation>Noch niemand: Referent(in) hinzufügen</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Ändern…</translation>
        </message>
        <message>
            <source>Use standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Ordner:</translation>
        </message>
        <message>
            <source>Where MAGIA Desk keeps its store (magia.sqlite) and the backups. Applies the next time MAGIA Desk starts; the store is not moved: copy it there yourself to take your data along.</source>
            <translation>Hier legt MAGIA Desk seinen Datenbestand (magia.sqlite) und die Sicherungen ab. Gilt ab dem nächsten Start von MAGIA Desk; der Datenbestand wird nicht verschoben: Kopieren Sie ihn selbst dorthin, um Ihre Daten mitzunehmen.</translation>
        </message>
        <message>
            <source>This window uses {path}</source>
            <translation>Dieses Fenster verwendet {path}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>Back up the store &amp;automatically once a day</source>
            <translation>Datenbestand &amp;automatisch einmal täglich sichern</translation>
        </message>
        <message>
            <source>Daily backups kept</source>
            <translation>Aufbewahrte tägliche Sicherungen</translation>
        </message>
        <message>
            <source>Weekly backups kept</source>
            <translation>Aufbewahrte wöchentliche Sicherungen</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Sicherungen…</translation>
        </message>
        <message>
            <source>&amp;Daily backups kept:</source>
            <translation>&amp;Tägliche Sicherungen:</translation>
        </message>
        <message>
            <source>&amp;Weekly backups kept:</source>
            <translation>&amp;Wöchentliche Sicherungen:</translation>
        </message>
        <message>
            <source>A backup is made only on days the store changed. Backups made by hand are kept until you delete them.</source>
            <translation>Gesichert wird nur an Tagen, an denen sich der Datenbestand geändert hat. Von Hand erstellte Sicherungen bleiben, bis Sie sie löschen.</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Verschlüsselung</translation>
        </message>
        <message>
            <source>The store is encrypted with a passphrase.</source>
            <translation>Der Datenbestand ist mit einer Passphrase verschlüsselt.</translation>
        </message>
        <message>
            <source>The store is not encrypted.</source>
            <translation>Der Datenbestand ist nicht verschlüsselt.</translation>
        </message>
        <message>
            <source>Encryption…</source>
            <translation>Verschlüsselung…</translation>
        </message>
        <message>
            <source>Encrypt the store, change its passphrase or decrypt it</source>
            <translation>Datenbestand verschlüsseln, Passphrase ändern oder entschlüsseln</translation>
        </message>
        <message>
            <source>Switching the officer</source>
            <translation>Der Wechsel der Referentin / des Referenten</translation>
        </message>
    </context>
    <context>
        <name>SheetMappingEditor</name>
        <message>
            <source>Do not import this sheet</source>
            <translation>Dieses Blatt nicht importieren</translation>
        </message>
        <message>
            <source>Import as:</source>
            <translation>Importieren als:</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Erste Werte</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <source>This sheet is left out.</source>
            <translation>Dieses Blatt wird ausgelassen.</translation>
        </message>
        <message>
            <source>Columns as you matched them last time for these headers.</source>
            <translation>Spalten wie beim letzten Mal für diese Kopfzeilen zugeordnet.</translation>
        </message>
        <message>
            <source>The exchange workbook's own headers are matched automatically.</source>
            <translation>Die Kopfzeilen der Austauschmappe werden automatisch zugeordnet.</translation>
        </message>
        <message>
            <source>Suggested from the headers: check each field.</source>
            <translation>Aus den Kopfzeilen vorgeschlagen: bitte jedes Feld prüfen.</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— nicht importiert —</translation>
        </message>
        <message>
            <source>remembered</source>
            <translation>gemerkt</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>gleicher Name</translation>
        </message>
        <message>
            <source>usual header</source>
            <translation>übliche Kopfzeile</translation>
        </message>
        <message>
            <source>{score}% similar</source>
            <translation>{score} % ähnlich</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>Ihre Wahl</translation>
        </message>
        <message>
            <source>{sheet}: no column is the required field {field}.</source>
            <translation>{sheet}: keine Spalte ist dem Pflichtfeld {field} zugeordnet.</translation>
        </message>
        <message>
            <source>{sheet}: several columns are the field {field}; keep one.</source>
            <translation>{sheet}: mehrere Spalten sind dem Feld {field} zugeordnet; nur eine behalten.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <source>Save the field being edited</source>
            <translation>Das bearbeitete Feld speichern</translation>
        </message>
        <message>
            <source>Close a dialog, a pop-up or this list</source>
            <translation>Einen Dialog, ein Pop-up oder diese Liste schließen</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Nächstes / vorheriges Feld</translation>
        </message>
        <message>
            <source>Next / previous record of a list</source>
            <translation>Nächster / vorheriger Datensatz einer Liste</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Esc closes this list</source>
            <translation>Esc schließt diese Liste</translation>
        </message>
    </context>
    <context>
        <name>SizeBadge</name>
        <message>
            <source>SME size class</source>
            <translation>KMU-Größenklasse</translation>
        </message>
        <message>
            <source>Fix the figures to see the size class</source>
            <translation>Kennzahlen korrigieren, um die Größenklasse zu sehen</translation>
        </message>
        <message>
            <source>Give the staff headcount to classify (EU SME definition)</source>
            <translation>Beschäftigtenzahl angeben, um einzustufen (KMU-Definition der EU)</translation>
        </message>
        <message>
            <source>provisional: staff only</source>
            <translation>vorläufig: nur Beschäftigte</translation>
        </message>
        <message>
            <source>EU SME definition</source>
            <translation>KMU-Definition der EU</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%Ln more: use the list to see them all</source>
            <translation>
                <numerusform>%Ln weitere: alle in der Liste ansehen</numerusform>
                <numerusform>%Ln weitere: alle in der Liste ansehen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{stage}: %Ln agreements</source>
            <translation>
                <numerusform>{stage}: %Ln Vereinbarung</numerusform>
                <numerusform>{stage}: %Ln Vereinbarungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoreStatus</name>
        <message>
            <source>Store file</source>
            <translation>Datenbankdatei</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referent(in)</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Letzte Sicherung</translation>
        </message>
        <message>
            <source>The store: {path}</source>
            <translation>Die Datenbank: {path}</translation>
        </message>
        <message>
            <source>Officer: {name}</source>
            <translation>Referent(in): {name}</translation>
        </message>
        <message>
            <source>No officer chosen</source>
            <translation>Kein(e) Referent(in) gewählt</translation>
        </message>
        <message>
            <source>Every change records who made it</source>
            <translation>Jede Änderung hält fest, wer sie vorgenommen hat</translation>
        </message>
        <message>
            <source>Never backed up</source>
            <translation>Nie gesichert</translation>
        </message>
        <message>
            <source>File ▸ Back up now keeps a copy beside the store</source>
            <translation>Datei ▸ Jetzt sichern legt eine Kopie neben der Datenbank ab</translation>
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation>Letzte Sicherung: {when}</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Sicherungen liegen in {folder}</translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message>
            <source>MAGIA Desk sync bundle (*.magiasync)</source>
            <translation>MAGIA-Desk-Sync-Paket (*.magiasync)</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referent(in)</translation>
        </message>
        <message>
            <source>Met through</source>
            <translation>Verbunden über</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Letzter Austausch</translation>
        </message>
        <message>
            <source>Changes they lack</source>
            <translation>Fehlende Änderungen</translation>
        </message>
        <message>
            <source>bundle files</source>
            <translation>Sync-Dateien</translation>
        </message>
        <message>
            <source>team hub</source>
            <translation>Team-Server</translation>
        </message>
        <message>
            <source>the team hub</source>
            <translation>den Team-Server</translation>
        </message>
        <message>
            <source>Laptops and hubs this store has met</source>
            <translation>Geräte und Server, mit denen diese Datenbank abgeglichen wurde</translation>
        </message>
        <message>
            <source>No other laptop met yet: import a bundle a colleague exported, or export all your changes for them and connect to the team hub below.</source>
            <translation>Noch kein anderes Gerät: Importieren Sie ein Paket, das eine Kollegin oder ein Kollege exportiert hat, oder exportieren Sie alle Ihre Änderungen und verbinden Sie sich unten mit dem Team-Server.</translation>
        </message>
        <message>
            <source>&amp;Export for this peer…</source>
            <translation>Für dieses &amp;Gerät exportieren…</translation>
        </message>
        <message>
            <source>Write the changes the selected peer does not hold yet</source>
            <translation>Die Änderungen schreiben, die dem gewählten Gerät noch fehlen</translation>
        </message>
        <message>
            <source>Export &amp;all…</source>
            <translation>&amp;Alles exportieren…</translation>
        </message>
        <message>
            <source>Write every change of this store (for a new laptop)</source>
            <translation>Alle Änderungen dieser Datenbank schreiben (für ein neues Gerät)</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>Paket &amp;importieren…</translation>
        </message>
        <message>
            <source>Progress of the exchange</source>
            <translation>Fortschritt des Austauschs</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>The team hub's address, without the password (it is kept in the system keyring)</source>
            <translation>Die Adresse des Team-Servers, ohne Passwort (es liegt im Schlüsselbund des Systems)</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Server-Adresse</translation>
        </message>
        <message>
            <source>Save &amp;password…</source>
            <translation>&amp;Passwort speichern…</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>Jetzt &amp;synchronisieren</translation>
        </message>
        <message>
            <source>Hub &amp;address</source>
            <translation>Server-A&amp;dresse</translation>
        </message>
        <message>
            <source>Pushes this laptop's changes to the team hub and pulls everyone else's.</source>
            <translation>Sendet die Änderungen dieses Geräts an den Team-Server und holt die aller anderen.</translation>
        </message>
        <message>
            <source>Team hub</source>
            <translation>Team-Server</translation>
        </message>
        <message>
            <source>&amp;Peers and bundles</source>
            <translation>Ge&amp;räte und Pakete</translation>
        </message>
        <message>
            <source>&amp;Conflicts</source>
            <translation>&amp;Konflikte</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Abgleich</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>&amp;Conflicts ({count})</source>
            <translation>&amp;Konflikte ({count})</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Abgebrochen: Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>{task} failed:</source>
            <translation>{task} fehlgeschlagen:</translation>
        </message>
        <message>
            <source>Export a sync bundle</source>
            <translation>Sync-Paket exportieren</translation>
        </message>
        <message>
            <source>Exporting a sync bundle</source>
            <translation>Sync-Paket wird exportiert</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln changes to {file} ({size}). Carry it by USB stick or email; the other laptop imports it here.</source>
            <translation>
                <numerusform>%Ln Änderung in {file} geschrieben ({size}). Per USB-Stick oder E-Mail weitergeben; das andere Gerät importiert sie hier.</numerusform>
                <numerusform>%Ln Änderungen in {file} geschrieben ({size}). Per USB-Stick oder E-Mail weitergeben; das andere Gerät importiert sie hier.</numerusform>
            </translation>
        </message>
        <message>
            <source>site {site}</source>
            <translation>Standort {site}</translation>
        </message>
        <message>
            <source>From {sender}, written {when}</source>
            <translation>Von {sender}, geschrieben am {when}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes, {size}</source>
            <translation>
                <numerusform>%Ln Änderung, {size}</numerusform>
                <numerusform>%Ln Änderungen, {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>It was written for another laptop</source>
            <translation>Es wurde für ein anderes Gerät geschrieben</translation>
        </message>
        <message>
            <source>{warning}; importing it is safe all the same.</source>
            <translation>{warning}; der Import ist trotzdem sicher.</translation>
        </message>
        <message>
            <source>Merge it into this store?</source>
            <translation>In diese Datenbank übernehmen?</translation>
        </message>
        <message>
            <source>Import a sync bundle</source>
            <translation>Sync-Paket importieren</translation>
        </message>
        <message>
            <source>Reading the bundle</source>
            <translation>Paket wird gelesen</translation>
        </message>
        <message>
            <source>From {sender}:</source>
            <translation>Von {sender}:</translation>
        </message>
        <message>
            <source>Importing a sync bundle</source>
            <translation>Sync-Paket wird importiert</translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: all %Ln changes were already here.</source>
            <translation>
                <numerusform>Nichts Neues: Die eine Änderung war schon hier.</numerusform>
                <numerusform>Nichts Neues: Alle %Ln Änderungen waren schon hier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new changes merged</source>
            <translation>
                <numerusform>%Ln neue Änderung übernommen</numerusform>
                <numerusform>%Ln neue Änderungen übernommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records added</source>
            <translation>
                <numerusform>%Ln Datensatz hinzugefügt</numerusform>
                <numerusform>%Ln Datensätze hinzugefügt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln aktualisiert</numerusform>
                <numerusform>%Ln aktualisiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already here</source>
            <translation>
                <numerusform>%Ln bereits vorhanden</numerusform>
                <numerusform>%Ln bereits vorhanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new conflicts</source>
            <translation>
                <numerusform>%Ln neuer Konflikt</numerusform>
                <numerusform>%Ln neue Konflikte</numerusform>
            </translation>
        </message>
        <message>
            <source>{conflicts}: the same field was edited on both sides; see the Conflicts tab.</source>
            <translation>{conflicts}: Dasselbe Feld wurde auf beiden Seiten bearbeitet; siehe Registerkarte Konflikte.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records wait for a newer version or for a record not here yet.</source>
            <translation>
                <numerusform>%Ln Datensatz wartet auf eine neuere Version oder einen noch fehlenden Datensatz.</numerusform>
                <numerusform>%Ln Datensätze warten auf eine neuere Version oder einen noch fehlenden Datensatz.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes dated in the future were clamped</source>
            <translation>
                <numerusform>%Ln Änderung mit Datum in der Zukunft wurde zurückgesetzt</numerusform>
                <numerusform>%Ln Änderungen mit Datum in der Zukunft wurden zurückgesetzt</numerusform>
            </translation>
        </message>
        <message>
            <source>{clamped} to now (wrong clock on site {sites}, e.g. {time}).</source>
            <translation>{clamped}, auf jetzt (falsche Uhr am Standort {sites}, z. B. {time}).</translation>
        </message>
        <message>
            <source>Team hub password</source>
            <translation>Passwort des Team-Servers</translation>
        </message>
        <message>
            <source>Password for the hub (kept in the system keyring, never in a file):</source>
            <translation>Passwort für den Server (im Schlüsselbund des Systems, nie in einer Datei):</translation>
        </message>
        <message>
            <source>Password saved in the system keyring.</source>
            <translation>Passwort im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>Saving the hub password</source>
            <translation>Server-Passwort wird gespeichert</translation>
        </message>
        <message>
            <source>Connecting to the team hub…</source>
            <translation>Verbindung zum Team-Server…</translation>
        </message>
        <message>
            <source>Syncing with the team hub</source>
            <translation>Abgleich mit dem Team-Server</translation>
        </message>
        <message numerus="yes">
            <source>sent %Ln new changes</source>
            <translation>
                <numerusform>%Ln neue Änderung gesendet</numerusform>
                <numerusform>%Ln neue Änderungen gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %Ln</source>
            <translation>
                <numerusform>%Ln empfangen</numerusform>
                <numerusform>%Ln empfangen</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced with {hub}: {sent}, {received}.</source>
            <translation>Mit {hub} abgeglichen: {sent}, {received}.</translation>
        </message>
        <message>
            <source>From the team hub:</source>
            <translation>Vom Team-Server:</translation>
        </message>
        <message>
            <source>The sync did not happen; nothing was changed here.</source>
            <translation>Der Abgleich hat nicht stattgefunden; hier wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>TagInput</name>
        <message>
            <source>Type and press Enter</source>
            <translation>Eingeben und Eingabetaste drücken</translation>
        </message>
        <message>
            <source>Remove {tag}</source>
            <translation>{tag} entfernen</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>New task</source>
            <translation>Neue Aufgabe</translation>
        </message>
        <message>
            <source>What needs doing, e.g. Send the draft MoU</source>
            <translation>Was zu tun ist, z. B. MoU-Entwurf senden</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fälligkeit</translation>
        </message>
        <message>
            <source>Leave empty for a task without a date</source>
            <translation>Leer lassen für eine Aufgabe ohne Datum</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Type to find a company, contact, action or agreement</source>
            <translation>Tippen, um ein Unternehmen, einen Kontakt, eine Maßnahme oder eine Vereinbarung zu finden</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Fällig</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Zuständig</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>Be&amp;trifft</translation>
        </message>
        <message>
            <source>Create task</source>
            <translation>Aufgabe anlegen</translation>
        </message>
        <message>
            <source>Create task {title}</source>
            <translation>Aufgabe {title} anlegen</translation>
        </message>
        <message>
            <source>Created task {title}</source>
            <translation>Aufgabe {title} angelegt</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Background work</source>
            <translation>Hintergrundarbeit</translation>
        </message>
    </context>
    <context>
        <name>TasksScreen</name>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Diese Woche fällig</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Ohne Datum</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>My tasks</source>
            <translation>Meine Aufgaben</translation>
        </message>
        <message>
            <source>Number of open tasks</source>
            <translation>Anzahl offener Aufgaben</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Neue Aufgabe</translation>
        </message>
        <message>
            <source>Create a task (Ctrl+N)</source>
            <translation>Aufgabe anlegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Betrifft</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Tick to complete (Ctrl+Z undoes); double-click to open what the task is about</source>
            <translation>Abhaken zum Erledigen (Ctrl+Z macht es rückgängig); Doppelklick öffnet, worum es geht</translation>
        </message>
        <message>
            <source>No open tasks. Press Ctrl+N to add one, or add one from any record's timeline.</source>
            <translation>Keine offenen Aufgaben. Mit Ctrl+N eine anlegen oder in der Chronik eines Datensatzes hinzufügen.</translation>
        </message>
        <message>
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
        <message>
            <source>1 open task</source>
            <translation>1 offene Aufgabe</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open tasks</source>
            <translation>
                <numerusform>%Ln offene Aufgabe</numerusform>
                <numerusform>%Ln offene Aufgaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln überfällig</numerusform>
                <numerusform>%Ln überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source>Completing {title}</source>
            <translation>{title} wird erledigt</translation>
        </message>
        <message>
            <source>Complete task {title}</source>
            <translation>Aufgabe {title} erledigen</translation>
        </message>
        <message>
            <source>Done: {title}</source>
            <translation>Erledigt: {title}</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Teilnahme</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Vereinbarung</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partei</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Anhang entfernen</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Note kind</source>
            <translation>Art der Notiz</translation>
        </message>
        <message>
            <source>Note date</source>
            <translation>Datum der Notiz</translation>
        </message>
        <message>
            <source>Add a note: a call, an email, a meeting… (Ctrl+Enter adds it)</source>
            <translation>Notiz hinzufügen: ein Anruf, eine E-Mail, ein Termin… (Strg+Eingabe fügt sie hinzu)</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Text der Notiz</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Add task…</source>
            <translation>Aufgabe hinzufügen…</translation>
        </message>
        <message>
            <source>A follow-up task about this record</source>
            <translation>Eine Folgeaufgabe zu diesem Datensatz</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Datei anhängen…</translation>
        </message>
        <message>
            <source>Store a copy of a file with this record</source>
            <translation>Eine Kopie einer Datei bei diesem Datensatz ablegen</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Double-click: open a document or record, correct a stage's date</source>
            <translation>Doppelklick: Dokument oder Datensatz öffnen, Datum einer Phase korrigieren</translation>
        </message>
        <message>
            <source>Nothing yet: add a note, a task or a file above.</source>
            <translation>Noch nichts: Fügen Sie oben eine Notiz, eine Aufgabe oder eine Datei hinzu.</translation>
        </message>
        <message>
            <source>Loading the timeline</source>
            <translation>Laden des Verlaufs</translation>
        </message>
        <message>
            <source>Type the note first</source>
            <translation>Zuerst die Notiz eingeben</translation>
        </message>
        <message>
            <source>The note was not added: {reason}</source>
            <translation>Die Notiz wurde nicht hinzugefügt: {reason}</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>Notiz hinzugefügt</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Datei anhängen</translation>
        </message>
        <message>
            <source>Attach {file}</source>
            <translation>{file} anhängen</translation>
        </message>
        <message>
            <source>Attached {file}</source>
            <translation>{file} angehängt</translation>
        </message>
        <message>
            <source>Attaching {file}</source>
            <translation>{file} wird angehängt</translation>
        </message>
        <message>
            <source>Opening {title}</source>
            <translation>Öffnen von {title}</translation>
        </message>
        <message>
            <source>Removed {title}</source>
            <translation>{title} entfernt</translation>
        </message>
        <message>
            <source>Correct the date</source>
            <translation>Datum korrigieren</translation>
        </message>
        <message>
            <source>On which day was this stage reached?</source>
            <translation>An welchem Tag wurde diese Phase erreicht?</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Erreicht am</translation>
        </message>
        <message>
            <source>Correcting the stage date</source>
            <translation>Korrigieren des Phasendatums</translation>
        </message>
        <message>
            <source>Correct a stage date</source>
            <translation>Datum einer Phase korrigieren</translation>
        </message>
    </context>
    <context>
        <name>WorkIndicator</name>
        <message>
            <source>Progress of the background work</source>
            <translation>Fortschritt der Hintergrundarbeit</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the background work</source>
            <translation>Hintergrundarbeit abbrechen</translation>
        </message>
        <message numerus="yes">
            <source>{task}… (+%Ln more)</source>
            <translation>
                <numerusform>{task}… (+%Ln weitere)</numerusform>
                <numerusform>{task}… (+%Ln weitere)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_MarketLine</name>
        <message>
            <source>Target market country</source>
            <translation>Land des Zielmarkts</translation>
        </message>
        <message>
            <source>The country this organization wants to sell in or work with</source>
            <translation>Das Land, in dem diese Organisation verkaufen oder mit dem sie arbeiten will</translation>
        </message>
        <message>
            <source>Market status</source>
            <translation>Marktstatus</translation>
        </message>
        <message>
            <source>How far the organization is on this market</source>
            <translation>Wie weit die Organisation auf diesem Markt ist</translation>
        </message>
        <message>
            <source>Needs: type, Enter</source>
            <translation>Bedarf: eingeben, Eingabe</translation>
        </message>
        <message>
            <source>Needs on this market</source>
            <translation>Bedarf auf diesem Markt</translation>
        </message>
        <message>
            <source>What the organization needs there (find a distributor, regulatory approval...)</source>
            <translation>Was die Organisation dort braucht (Vertriebspartner finden, Zulassung...)</translation>
        </message>
        <message>
            <source>Remove this market</source>
            <translation>Diesen Markt entfernen</translation>
        </message>
    </context>
</TS>
