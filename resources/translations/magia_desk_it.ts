<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MAGIA Desk</source>
            <translation>Informazioni su MAGIA Desk</translation>
        </message>
        <message>
            <source>MAGIA Desk icon</source>
            <translation>Icona di MAGIA Desk</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versione {version}</translation>
        </message>
        <message>
            <source>A desktop CRM for the internationalization officers of EU cluster partnerships: companies, contacts, actions, missions and agreements, and the numbers the EU report asks for. It works offline: your data stays in one file on this computer.</source>
            <translation>Un CRM desktop per i referenti per l'internazionalizzazione dei partenariati di cluster europei: aziende, contatti, azioni, missioni e accordi, e i numeri richiesti dalla rendicontazione UE. Funziona offline: i tuoi dati restano in un unico file su questo computer.</translation>
        </message>
        <message>
            <source>No store open</source>
            <translation>Nessun archivio aperto</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Apri cartella</translation>
        </message>
        <message>
            <source>Show the folder of the store in the file manager</source>
            <translation>Mostra la cartella dell'archivio nel gestore file</translation>
        </message>
        <message>
            <source>Store:</source>
            <translation>Archivio:</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Realizzato con:</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Licenza:</translation>
        </message>
        <message>
            <source>European Union Public Licence {licence}</source>
            <translation>Licenza pubblica dell'Unione europea {licence}</translation>
        </message>
        <message>
            <source>Copy version details</source>
            <translation>Copia le versioni</translation>
        </message>
        <message>
            <source>For a support request: the versions of MAGIA Desk, Qt, PySide and Python</source>
            <translation>Per una richiesta di assistenza: le versioni di MAGIA Desk, Qt, PySide e Python</translation>
        </message>
    </context>
    <context>
        <name>ActionEditor</name>
        <message>
            <source>Details</source>
            <translation>Dettagli</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nuova azione</translation>
        </message>
        <message>
            <source>Select an action to see it here, or press Ctrl+N to create one.</source>
            <translation>Seleziona un'azione per vederla qui, oppure premi Ctrl+N per crearne una.</translation>
        </message>
        <message>
            <source>Save action</source>
            <translation>Salva l'azione</translation>
        </message>
        <message>
            <source>Revert action</source>
            <translation>Ripristina l'azione</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Elimina l'azione</translation>
        </message>
        <message>
            <source>Delete this action (Delete; undo with Ctrl+Z)</source>
            <translation>Elimina questa azione (Canc; annulla con Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the action</source>
            <translation>Salvataggio dell'azione</translation>
        </message>
        <message>
            <source>The action was not saved: {reason}</source>
            <translation>L'azione non è stata salvata: {reason}</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>What kind of action; missions and trade shows also show under Missions</source>
            <translation>Il tipo di azione; missioni e fiere compaiono anche in Missioni</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itolo</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Inizio</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fine</translation>
        </message>
        <message>
            <source>Leave empty for a one-day action</source>
            <translation>Lascia vuoto per un'azione di un giorno</translation>
        </message>
        <message>
            <source>&amp;Organiser</source>
            <translation>&amp;Organizzatore</translation>
        </message>
        <message>
            <source>The consortium partner cluster that runs the action</source>
            <translation>Il cluster partner del consorzio che realizza l'azione</translation>
        </message>
        <message>
            <source>&amp;Work package</source>
            <translation>&amp;Work package</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Held online (a webinar, an online survey…)</source>
            <translation>Svolta online (webinar, sondaggio online…)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>C&amp;ittà</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Paese</translation>
        </message>
        <message>
            <source>Countries addressed</source>
            <translation>Paesi interessati</translation>
        </message>
        <message>
            <source>The countries the action addresses (ISO codes or names)</source>
            <translation>I paesi a cui si rivolge l'azione (codici ISO o nomi)</translation>
        </message>
        <message>
            <source>EU portal</source>
            <translation>Portale UE</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;o</translation>
        </message>
        <message>
            <source>Delivered, ongoing or postponed, as reported on the EU portal</source>
            <translation>Realizzata, in corso o rinviata, come dichiarato sul portale UE</translation>
        </message>
        <message>
            <source>As mapped</source>
            <translation>Come da tipo</translation>
        </message>
        <message>
            <source>&amp;Activity type</source>
            <translation>Tipo di &amp;attività</translation>
        </message>
        <message>
            <source>Mapped from the action type; choose another only to override it</source>
            <translation>Derivato dal tipo di azione; scegline un altro solo per sostituirlo</translation>
        </message>
        <message>
            <source>Au&amp;dience types</source>
            <translation>Tipi di &amp;pubblico</translation>
        </message>
        <message>
            <source>Industry, Research…</source>
            <translation>Industria, Ricerca…</translation>
        </message>
        <message>
            <source>The target audiences, in the portal's words</source>
            <translation>I pubblici di riferimento, con i termini del portale</translation>
        </message>
        <message>
            <source>Declared audience</source>
            <translation>Pubblico dichiarato</translation>
        </message>
        <message>
            <source>people</source>
            <translation>persone</translation>
        </message>
        <message>
            <source>The audience size you declare; the larger of it and the participants is reported</source>
            <translation>L'ampiezza del pubblico che dichiari; viene riportato il valore maggiore tra questo e i partecipanti</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <source>type maps to: {activity}</source>
            <translation>il tipo corrisponde a: {activity}</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participants, audience {audience}</source>
            <translation>
                <numerusform>%Ln partecipante, pubblico {audience}</numerusform>
                <numerusform>%Ln partecipanti, pubblico {audience}</numerusform>
            </translation>
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation>Partecipanti ({count})</translation>
        </message>
        <message>
            <source>Create action {title}</source>
            <translation>Crea l'azione {title}</translation>
        </message>
        <message>
            <source>Action {title} created</source>
            <translation>Azione {title} creata</translation>
        </message>
        <message>
            <source>Edit action {title}</source>
            <translation>Modifica l'azione {title}</translation>
        </message>
        <message>
            <source>Action {title} saved</source>
            <translation>Azione {title} salvata</translation>
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
                <numerusform>Il maggiore tra %Ln partecipante e il pubblico dichiarato (nessuno dichiarato)</numerusform>
                <numerusform>Il maggiore tra %Ln partecipanti e il pubblico dichiarato (nessuno dichiarato)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The larger of %Ln participants and the declared audience (declared {declared})</source>
            <translation>
                <numerusform>Il maggiore tra %Ln partecipante e il pubblico dichiarato ({declared} dichiarati)</numerusform>
                <numerusform>Il maggiore tra %Ln partecipanti e il pubblico dichiarato ({declared} dichiarati)</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organizzatore</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Organizations and people recorded as taking part.</source>
            <translation>Organizzazioni e persone registrate come partecipanti.</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Pubblico</translation>
        </message>
        <message>
            <source>The larger of the participants and the declared audience, as reported.</source>
            <translation>Il maggiore tra partecipanti e pubblico dichiarato, come da rendicontazione.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nuova azione</translation>
        </message>
        <message>
            <source>Create an action (Ctrl+N)</source>
            <translation>Crea un'azione (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search actions by title or city</source>
            <translation>Cerca azioni per titolo o città</translation>
        </message>
        <message>
            <source>Search actions</source>
            <translation>Cerca azioni</translation>
        </message>
        <message>
            <source>Number of actions shown</source>
            <translation>Numero di azioni mostrate</translation>
        </message>
        <message>
            <source>Actions list</source>
            <translation>Elenco delle azioni</translation>
        </message>
        <message>
            <source>No actions yet</source>
            <translation>Ancora nessuna azione</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Creane una (Ctrl+N) o importa una cartella di lavoro.</translation>
        </message>
        <message>
            <source>No actions match</source>
            <translation>Nessuna azione corrisponde</translation>
        </message>
        <message>
            <source>1 action</source>
            <translation>1 azione</translation>
        </message>
        <message>
            <source>0 of 1 action</source>
            <translation>0 di 1 azione</translation>
        </message>
        <message numerus="yes">
            <source>%Ln actions</source>
            <translation>
                <numerusform>%Ln azione</numerusform>
                <numerusform>%Ln azioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln actions</source>
            <translation>
                <numerusform>{shown} di %Ln azione</numerusform>
                <numerusform>{shown} di %Ln azioni</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete action {name}</source>
            <translation>Elimina l'azione {name}</translation>
        </message>
        <message>
            <source>Deleted action {name}</source>
            <translation>Azione {name} eliminata</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln actions</source>
            <translation>
                <numerusform>Elimina %Ln azione</numerusform>
                <numerusform>Elimina %Ln azioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln actions</source>
            <translation>
                <numerusform>%Ln azione eliminata</numerusform>
                <numerusform>%Ln azioni eliminate</numerusform>
            </translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Anno</translation>
        </message>
        <message>
            <source>Actions run by one partner cluster</source>
            <translation>Azioni svolte da un cluster partner</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In presenza</translation>
        </message>
        <message>
            <source>Lead capture is for trade shows; this action is a {type}</source>
            <translation>La raccolta contatti è per le fiere; questa azione è di tipo {type}</translation>
        </message>
    </context>
    <context>
        <name>ActionsTakenPart</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Actions taken part in</source>
            <translation>Azioni a cui ha partecipato</translation>
        </message>
        <message>
            <source> (via {names})</source>
            <translation> (tramite {names})</translation>
        </message>
        <message numerus="yes">
            <source>Took part in %Ln actions</source>
            <translation>
                <numerusform>Ha partecipato a %Ln azione</numerusform>
                <numerusform>Ha partecipato a %Ln azioni</numerusform>
            </translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>Ancora nessuna azione.</translation>
        </message>
    </context>
    <context>
        <name>AddOfficerDialog</name>
        <message>
            <source>Add an officer</source>
            <translation>Aggiungi un referente</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Nome e cognome</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facoltativo</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Partner cluster:</source>
            <translation>Cluster &amp;partner:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>Adding the officer</source>
            <translation>L'aggiunta del referente</translation>
        </message>
    </context>
    <context>
        <name>AddParticipantsDialog</name>
        <message>
            <source>Add participants</source>
            <translation>Aggiungi partecipanti</translation>
        </message>
        <message>
            <source>Type part of a company's or a person's name, an email…</source>
            <translation>Digita parte del nome di un'azienda o di una persona, un'e-mail…</translation>
        </message>
        <message>
            <source>Search organizations and contacts</source>
            <translation>Cerca organizzazioni e contatti</translation>
        </message>
        <message>
            <source>Organizations and contacts found</source>
            <translation>Organizzazioni e contatti trovati</translation>
        </message>
        <message>
            <source>Tick everybody who took part (Space ticks the selected row).</source>
            <translation>Spunta tutti i partecipanti (Spazio spunta la riga selezionata).</translation>
        </message>
        <message>
            <source>Paste emails or names, one a line or separated by commas or semicolons:</source>
            <translation>Incolla e-mail o nomi, uno per riga o separati da virgole o punti e virgola:</translation>
        </message>
        <message>
            <source>Emails or names to match</source>
            <translation>E-mail o nomi da abbinare</translation>
        </message>
        <message>
            <source>Find matches</source>
            <translation>Trova corrispondenze</translation>
        </message>
        <message>
            <source>Matches to confirm</source>
            <translation>Corrispondenze da confermare</translation>
        </message>
        <message>
            <source>Pick from the list</source>
            <translation>Scegli dall'elenco</translation>
        </message>
        <message>
            <source>Paste emails or names</source>
            <translation>Incolla e-mail o nomi</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Ruolo:</translation>
        </message>
        <message>
            <source>✗  {entry}: no match in the store</source>
            <translation>✗  {entry}: nessuna corrispondenza nell'archivio</translation>
        </message>
        <message>
            <source>{entry}  →  {match}   (by {how})</source>
            <translation>{entry}  →  {match}   (per {how})</translation>
        </message>
        <message>
            <source>Also possible: {others}</source>
            <translation>Possibili anche: {others}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln found, {missing} not found: untick a wrong match</source>
            <translation>
                <numerusform>%Ln trovato, {missing} non trovati: togli la spunta a una corrispondenza sbagliata</numerusform>
                <numerusform>%Ln trovati, {missing} non trovati: togli la spunta a una corrispondenza sbagliata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln found: untick a wrong match</source>
            <translation>
                <numerusform>%Ln trovato: togli la spunta a una corrispondenza sbagliata</numerusform>
                <numerusform>%Ln trovati: togli la spunta a una corrispondenza sbagliata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln</source>
            <translation>
                <numerusform>Aggiungi %Ln</numerusform>
                <numerusform>Aggiungi %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Aggiungi</translation>
        </message>
        <message>
            <source>Adding participants</source>
            <translation>Aggiunta dei partecipanti</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln participants</source>
            <translation>
                <numerusform>Aggiungi %Ln partecipante</numerusform>
                <numerusform>Aggiungi %Ln partecipanti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln participants ({skipped} were already there)</source>
            <translation>
                <numerusform>Aggiunto %Ln partecipante ({skipped} c'erano già)</numerusform>
                <numerusform>Aggiunti %Ln partecipanti ({skipped} c'erano già)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln participants</source>
            <translation>
                <numerusform>Aggiunto %Ln partecipante</numerusform>
                <numerusform>Aggiunti %Ln partecipanti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgreementBoard</name>
        <message>
            <source>Agreement board</source>
            <translation>Bacheca degli accordi</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>New agreement</source>
            <translation>Nuovo accordo</translation>
        </message>
        <message>
            <source>Select an agreement to see it here, or press Ctrl+N to create one.</source>
            <translation>Seleziona un accordo per vederlo qui, oppure premi Ctrl+N per crearne uno.</translation>
        </message>
        <message>
            <source>Save agreement</source>
            <translation>Salva l'accordo</translation>
        </message>
        <message>
            <source>Revert agreement</source>
            <translation>Ripristina l'accordo</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Elimina l'accordo</translation>
        </message>
        <message>
            <source>Delete this agreement (Delete; undo with Ctrl+Z)</source>
            <translation>Elimina questo accordo (Canc; annulla con Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the agreement</source>
            <translation>Salvataggio dell'accordo</translation>
        </message>
        <message>
            <source>The agreement was not saved: {reason}</source>
            <translation>L'accordo non è stato salvato: {reason}</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accordo</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>MoU, collaboration agreement, letter of intent…</source>
            <translation>Protocollo d'intesa, accordo di collaborazione, lettera d'intenti…</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itolo</translation>
        </message>
        <message>
            <source>What the agreement is about</source>
            <translation>L'oggetto dell'accordo</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Fase</translation>
        </message>
        <message>
            <source>Where it stands; drag its card on the board to date the change</source>
            <translation>A che punto è; trascina la sua scheda sulla bacheca per datare il cambiamento</translation>
        </message>
        <message>
            <source>&amp;Parties</source>
            <translation>&amp;Parti</translation>
        </message>
        <message>
            <source>The organizations that sign it, of any country</source>
            <translation>Le organizzazioni firmatarie, di qualsiasi paese</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Signed o&amp;n</source>
            <translation>Firmato i&amp;l</translation>
        </message>
        <message>
            <source>Required from the signed stage on</source>
            <translation>Obbligatoria dalla fase «firmato» in poi</translation>
        </message>
        <message>
            <source>E&amp;xpires on</source>
            <translation>Sca&amp;de il</translation>
        </message>
        <message>
            <source>An active agreement warns 60 days before it expires</source>
            <translation>Un accordo attivo avvisa 60 giorni prima della scadenza</translation>
        </message>
        <message>
            <source>Who and where from</source>
            <translation>Responsabile e provenienza</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Responsabile</translation>
        </message>
        <message>
            <source>The officer following it</source>
            <translation>Il referente che lo segue</translation>
        </message>
        <message>
            <source>Partner &amp;cluster</source>
            <translation>&amp;Cluster partner</translation>
        </message>
        <message>
            <source>The consortium partner it counts for</source>
            <translation>Il partner del consorzio per cui conta</translation>
        </message>
        <message>
            <source>Type to find the action or mission</source>
            <translation>Digita per trovare l'azione o la missione</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Show the action or mission</source>
            <translation>Mostra l'azione o la missione</translation>
        </message>
        <message>
            <source>Open the action or mission</source>
            <translation>Apri l'azione o la missione</translation>
        </message>
        <message>
            <source>&amp;Came from</source>
            <translation>&amp;Nato da</translation>
        </message>
        <message>
            <source>The mission or action this agreement resulted from</source>
            <translation>La missione o l'azione da cui è nato questo accordo</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Storico delle fasi</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Raggiunta il</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Double-click a date to correct it (a stage reached last month, recorded today)</source>
            <translation>Doppio clic su una data per correggerla (una fase raggiunta il mese scorso, registrata oggi)</translation>
        </message>
        <message>
            <source>Correct date…</source>
            <translation>Correggi la data…</translation>
        </message>
        <message>
            <source>Change the date the selected stage was reached</source>
            <translation>Modifica la data in cui è stata raggiunta la fase selezionata</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Anything worth remembering about this agreement</source>
            <translation>Tutto ciò che vale la pena ricordare su questo accordo</translation>
        </message>
        <message>
            <source>signed {date}</source>
            <translation>firmato il {date}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln parties</source>
            <translation>
                <numerusform>%Ln parte</numerusform>
                <numerusform>%Ln parti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ Expired %Ln days ago and still active: renew it or move it to expired</source>
            <translation>
                <numerusform>⚠ Scaduto da %Ln giorno e ancora attivo: rinnovalo o spostalo in «scaduto»</numerusform>
                <numerusform>⚠ Scaduto da %Ln giorni e ancora attivo: rinnovalo o spostalo in «scaduto»</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Expires today</source>
            <translation>⚠ Scade oggi</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Expires in %Ln days, on {date}</source>
            <translation>
                <numerusform>⚠ Scade tra %Ln giorno, il {date}</numerusform>
                <numerusform>⚠ Scade tra %Ln giorni, il {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>Create agreement {title}</source>
            <translation>Crea l'accordo {title}</translation>
        </message>
        <message>
            <source>Agreement {title} created</source>
            <translation>Accordo {title} creato</translation>
        </message>
        <message>
            <source>Edit agreement {title}</source>
            <translation>Modifica l'accordo {title}</translation>
        </message>
        <message>
            <source>Agreement {title} saved</source>
            <translation>Accordo {title} salvato</translation>
        </message>
        <message>
            <source>Correct the date</source>
            <translation>Correggi la data</translation>
        </message>
        <message>
            <source>On which day did the agreement become {stage}?</source>
            <translation>In che giorno l'accordo è passato alla fase «{stage}»?</translation>
        </message>
        <message>
            <source>Correcting the stage date</source>
            <translation>Correzione della data della fase</translation>
        </message>
        <message>
            <source>Correct the date of {stage}</source>
            <translation>Correggi la data della fase «{stage}»</translation>
        </message>
        <message>
            <source>{stage} is now dated {date}</source>
            <translation>La fase «{stage}» ora è datata {date}</translation>
        </message>
    </context>
    <context>
        <name>AgreementsScreen</name>
        <message numerus="yes">
            <source>{name} + %Ln more</source>
            <translation>
                <numerusform>{name} + %Ln altro</numerusform>
                <numerusform>{name} + altri %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Active and expiring within 60 days</source>
            <translation>Attivo e in scadenza entro 60 giorni</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Sorted in pipeline order.</source>
            <translation>Ordinato secondo le fasi della pipeline.</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parti</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Paesi</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Firmato il</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Scade il</translation>
        </message>
        <message>
            <source>Orange: active and expiring within 60 days.</source>
            <translation>Arancione: attivo e in scadenza entro 60 giorni.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Cluster partner</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accordo</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Nuovo accordo</translation>
        </message>
        <message>
            <source>Create an agreement (Ctrl+N)</source>
            <translation>Crea un accordo (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search agreements by title, party or notes</source>
            <translation>Cerca accordi per titolo, parte o note</translation>
        </message>
        <message>
            <source>Search agreements</source>
            <translation>Cerca accordi</translation>
        </message>
        <message>
            <source>Number of agreements shown</source>
            <translation>Numero di accordi mostrati</translation>
        </message>
        <message>
            <source>Agreements list</source>
            <translation>Elenco degli accordi</translation>
        </message>
        <message>
            <source>No agreements yet</source>
            <translation>Ancora nessun accordo</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), drag it along the board as it progresses.</source>
            <translation>Creane uno (Ctrl+N) e trascinalo sulla bacheca man mano che avanza.</translation>
        </message>
        <message>
            <source>No agreements match</source>
            <translation>Nessun accordo corrisponde</translation>
        </message>
        <message>
            <source>1 agreement</source>
            <translation>1 accordo</translation>
        </message>
        <message>
            <source>0 of 1 agreement</source>
            <translation>0 di 1 accordo</translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreements</source>
            <translation>
                <numerusform>%Ln accordo</numerusform>
                <numerusform>%Ln accordi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln agreements</source>
            <translation>
                <numerusform>{shown} di %Ln accordo</numerusform>
                <numerusform>{shown} di %Ln accordi</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete agreement {name}</source>
            <translation>Elimina l'accordo {name}</translation>
        </message>
        <message>
            <source>Deleted agreement {name}</source>
            <translation>Accordo {name} eliminato</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln agreements</source>
            <translation>
                <numerusform>Elimina %Ln accordo</numerusform>
                <numerusform>Elimina %Ln accordi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln agreements</source>
            <translation>
                <numerusform>%Ln accordo eliminato</numerusform>
                <numerusform>%Ln accordi eliminati</numerusform>
            </translation>
        </message>
        <message>
            <source>The consortium partner the agreements count for</source>
            <translation>Il partner del consorzio a cui vengono conteggiati gli accordi</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>Agreements with a party from this country</source>
            <translation>Accordi con una parte di questo paese</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Firmato nel</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Bacheca</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Elenco</translation>
        </message>
        <message>
            <source>The pipeline: a column per stage</source>
            <translation>La pipeline: una colonna per fase</translation>
        </message>
        <message>
            <source>Show as board</source>
            <translation>Mostra come bacheca</translation>
        </message>
        <message>
            <source>A sortable list</source>
            <translation>Un elenco ordinabile</translation>
        </message>
        <message>
            <source>Show as list</source>
            <translation>Mostra come elenco</translation>
        </message>
        <message>
            <source>Letters of intent…</source>
            <translation>Lettere d'intenti…</translation>
        </message>
        <message>
            <source>One signed letter of intent per SME, for many SMEs at once</source>
            <translation>Una lettera d'intenti firmata per ogni PMI, per molte PMI in una volta</translation>
        </message>
        <message>
            <source>Expiring agreements</source>
            <translation>Accordi in scadenza</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>e %Ln altro</numerusform>
                <numerusform>e altri %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>1 active agreement expires within 60 days:</source>
            <translation>1 accordo attivo scade entro 60 giorni:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln active agreements expire within 60 days:</source>
            <translation>
                <numerusform>%Ln accordo attivo scade entro 60 giorni:</numerusform>
                <numerusform>%Ln accordi attivi scadono entro 60 giorni:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days past its date</source>
            <translation>
                <numerusform>scaduto da %Ln giorno</numerusform>
                <numerusform>scaduto da %Ln giorni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>tra %Ln giorno</numerusform>
                <numerusform>tra %Ln giorni</numerusform>
            </translation>
        </message>
        <message>
            <source>The agreement</source>
            <translation>L'accordo</translation>
        </message>
        <message>
            <source>On which day was “{title}” signed?</source>
            <translation>In che giorno è stato firmato «{title}»?</translation>
        </message>
        <message>
            <source>Moving {title} to {stage}</source>
            <translation>Spostamento di {title} alla fase {stage}</translation>
        </message>
        <message>
            <source>{title} is now {stage}: correct the date in its stage history if needed</source>
            <translation>{title} è ora nella fase {stage}: correggi la data nella cronologia delle fasi se serve</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>The store {path} cannot be read or created: {reason}.</source>
            <translation>L'archivio {path} non può essere letto né creato: {reason}.</translation>
        </message>
        <message>
            <source>{app} cannot open the store</source>
            <translation>{app} non può aprire l'archivio</translation>
        </message>
        <message>
            <source>{problem}

Nothing was changed. To use another store, start MAGIA Desk with --db PATH.</source>
            <translation>{problem}

Non è stato modificato nulla. Per usare un altro archivio, avvia MAGIA Desk con --db PERCORSO.</translation>
        </message>
        <message>
            <source>The latest good backup is {backup}. Restore it with:
  magia-desk --db {path} restore {backup}</source>
            <translation>L'ultimo backup integro è {backup}. Ripristinalo con:
  magia-desk --db {path} restore {backup}</translation>
        </message>
        <message>
            <source>No good backup was found.</source>
            <translation>Non è stato trovato alcun backup integro.</translation>
        </message>
        <message>
            <source>{app}: the store is damaged</source>
            <translation>{app}: l'archivio è danneggiato</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). MAGIA Desk closes it without writing to it.

{advice}</source>
            <translation>{path} è danneggiato ({problem}). MAGIA Desk lo chiude senza scriverci nulla.

{advice}</translation>
        </message>
        <message>
            <source>Checking the store</source>
            <translation>Verifica dell'archivio</translation>
        </message>
        <message>
            <source>Filling the new store with demo data…</source>
            <translation>Riempimento del nuovo archivio con dati dimostrativi…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Dati dimostrativi</translation>
        </message>
        <message>
            <source>Demo data ready: {count} organizations</source>
            <translation>Dati dimostrativi pronti: {count} organizzazioni</translation>
        </message>
        <message>
            <source>Demo data ready</source>
            <translation>Dati dimostrativi pronti</translation>
        </message>
        <message>
            <source>Making the demo data</source>
            <translation>La creazione dei dati dimostrativi</translation>
        </message>
        <message>
            <source>Making demo data</source>
            <translation>Creazione dei dati dimostrativi</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Time</source>
            <translation>Data e ora</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referente</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Scheda</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operazione</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modifica</translation>
        </message>
        <message>
            <source>create</source>
            <translation>creazione</translation>
        </message>
        <message>
            <source>update</source>
            <translation>modifica</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>eliminazione</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>ripristino</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>unione</translation>
        </message>
        <message>
            <source>erase</source>
            <translation>cancellazione definitiva</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>Partecipazione societaria</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Adesione</translation>
        </message>
        <message>
            <source>Market interest</source>
            <translation>Interesse di mercato</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Missione</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Partecipazione</translation>
        </message>
        <message>
            <source>Itinerary item</source>
            <translation>Tappa dell'itinerario</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>Meeting attendee</source>
            <translation>Partecipante all'incontro</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accordo</translation>
        </message>
        <message>
            <source>Agreement party</source>
            <translation>Parte dell'accordo</translation>
        </message>
        <message>
            <source>Agreement stage change</source>
            <translation>Cambio di fase dell'accordo</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Reporting period</source>
            <translation>Periodo di rendicontazione</translation>
        </message>
        <message>
            <source>KPI target</source>
            <translation>Obiettivo dell'indicatore</translation>
        </message>
        <message>
            <source>External reference</source>
            <translation>Riferimento esterno</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>nuova scheda</translation>
        </message>
        <message>
            <source>Before: {old}
After: {new}</source>
            <translation>Prima: {old}
Dopo: {new}</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>Search values, fields and record names…</source>
            <translation>Cerca valori, campi e nomi delle schede…</translation>
        </message>
        <message>
            <source>Search the changes</source>
            <translation>Cerca nelle modifiche</translation>
        </message>
        <message>
            <source>Any operation</source>
            <translation>Qualsiasi operazione</translation>
        </message>
        <message>
            <source>Only the changes made by this officer</source>
            <translation>Solo le modifiche di questo referente</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referente</translation>
        </message>
        <message>
            <source>Only the changes to this kind of record</source>
            <translation>Solo le modifiche a questo tipo di scheda</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Tipo di scheda</translation>
        </message>
        <message>
            <source>Only the changes of this kind</source>
            <translation>Solo le modifiche di questo tipo</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operazione</translation>
        </message>
        <message>
            <source>Number of changes shown</source>
            <translation>Numero di modifiche mostrate</translation>
        </message>
        <message>
            <source>Newer</source>
            <translation>Più recenti</translation>
        </message>
        <message>
            <source>The previous page: newer changes</source>
            <translation>Pagina precedente: modifiche più recenti</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Meno recenti</translation>
        </message>
        <message>
            <source>The next page: older changes</source>
            <translation>Pagina successiva: modifiche meno recenti</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Modifiche</translation>
        </message>
        <message>
            <source>Any officer</source>
            <translation>Qualsiasi referente</translation>
        </message>
        <message>
            <source>Any record</source>
            <translation>Qualsiasi scheda</translation>
        </message>
        <message>
            <source>No changes match.</source>
            <translation>Nessuna modifica corrisponde.</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>Ancora nessuna modifica registrata.</translation>
        </message>
        <message numerus="yes">
            <source>{first}–{last} of %Ln changes</source>
            <translation>
                <numerusform>{first}–{last} di %Ln modifica</numerusform>
                <numerusform>{first}–{last} di %Ln modifiche</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Automatic</source>
            <translation>Automatico</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuale</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Prima di un aggiornamento</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Prima di un ripristino</translation>
        </message>
        <message>
            <source>Before encryption change</source>
            <translation>Prima di un cambio di cifratura</translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} byte</translation>
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
            <translation>Backup</translation>
        </message>
        <message>
            <source>MAGIA Desk backs up the store when it opens and once a day while in use (the last 7 days and 4 weeks are kept). Each backup holds the store and its attachments.</source>
            <translation>MAGIA Desk esegue il backup dell'archivio all'apertura e una volta al giorno durante l'uso (si conservano gli ultimi 7 giorni e le ultime 4 settimane). Ogni backup contiene l'archivio e i suoi allegati.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <source>No backups yet. “Back up now” makes one.</source>
            <translation>Ancora nessun backup. «Esegui backup ora» ne crea uno.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Esegui backup ora</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Ripristina…</translation>
        </message>
        <message>
            <source>Replace the store with the selected backup (MAGIA Desk then restarts)</source>
            <translation>Sostituisci l'archivio con il backup selezionato (poi MAGIA Desk si riavvia)</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Mostra nella &amp;cartella</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backup in corso…</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Backup dell'archivio</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Backup salvato in {file}.</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Ripristinare questo backup?</translation>
        </message>
        <message>
            <source>Replace the store with the backup of {date}?

The store as it is now is kept as a backup first. MAGIA Desk then closes: start it again to work on the restored data.</source>
            <translation>Sostituire l'archivio con il backup del {date}?

L'archivio attuale viene prima salvato come backup. Poi MAGIA Desk si chiude: riavvialo per lavorare sui dati ripristinati.</translation>
        </message>
        <message>
            <source>Restoring the backup</source>
            <translation>Ripristino del backup</translation>
        </message>
        <message>
            <source>MAGIA Desk will close</source>
            <translation>MAGIA Desk si chiuderà</translation>
        </message>
        <message>
            <source>Start MAGIA Desk again to reopen the store.</source>
            <translation>Riavvia MAGIA Desk per riaprire l'archivio.</translation>
        </message>
        <message>
            <source>The store was restored from {file}.</source>
            <translation>L'archivio è stato ripristinato da {file}.</translation>
        </message>
        <message>
            <source>The store it replaced is kept in {path}.</source>
            <translation>L'archivio sostituito è conservato in {path}.</translation>
        </message>
        <message>
            <source>MAGIA Desk will now close: start it again to work on the restored data.</source>
            <translation>Ora MAGIA Desk si chiude: riavvialo per lavorare sui dati ripristinati.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup ripristinato</translation>
        </message>
    </context>
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>Visitor</source>
            <translation>Visitatore</translation>
        </message>
        <message>
            <source>Exhibitor</source>
            <translation>Espositore</translation>
        </message>
        <message>
            <source>Capture leads — {title}</source>
            <translation>Raccolta lead — {title}</translation>
        </message>
        <message>
            <source>Capture leads</source>
            <translation>Raccolta lead</translation>
        </message>
        <message>
            <source>Trade show</source>
            <translation>Fiera</translation>
        </message>
        <message>
            <source>Leads captured</source>
            <translation>Lead raccolti</translation>
        </message>
        <message>
            <source>Type a company: known ones are suggested</source>
            <translation>Digita un'azienda: quelle già note vengono suggerite</translation>
        </message>
        <message>
            <source>Target countries: IT, DE…</source>
            <translation>Paesi di interesse: IT, DE…</translation>
        </message>
        <message>
            <source>Interests: medical devices, diagnostics…</source>
            <translation>Interessi: dispositivi medici, diagnostica…</translation>
        </message>
        <message>
            <source>What you talked about</source>
            <translation>Di cosa avete parlato</translation>
        </message>
        <message>
            <source>Follow-up task, e.g. Send the brochure</source>
            <translation>Attività di follow-up, ad es. Inviare la brochure</translation>
        </message>
        <message>
            <source>Follow-up due date</source>
            <translation>Scadenza del follow-up</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Cognome</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Azienda</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Persona</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Ruolo</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>Tele&amp;fono</translation>
        </message>
        <message>
            <source>&amp;Markets</source>
            <translation>&amp;Mercati</translation>
        </message>
        <message>
            <source>&amp;Interests</source>
            <translation>&amp;Interessi</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>No&amp;ta</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>Follo&amp;w-up</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Ruolo</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Last lead</source>
            <translation>Ultimo lead</translation>
        </message>
        <message>
            <source>Save lead</source>
            <translation>Salva il lead</translation>
        </message>
        <message>
            <source>Save and clear for the next lead (Enter)</source>
            <translation>Salva e svuota per il lead successivo (Invio)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Svuota</translation>
        </message>
        <message>
            <source>Start again without saving (Ctrl+Backspace)</source>
            <translation>Ricomincia senza salvare (Ctrl+Backspace)</translation>
        </message>
        <message>
            <source>Import vCards…</source>
            <translation>Importa vCard…</translation>
        </message>
        <message>
            <source>Import one or many .vcf files; known people and companies are matched</source>
            <translation>Importa uno o più file .vcf; persone e aziende già note vengono abbinate</translation>
        </message>
        <message>
            <source>Saving the lead</source>
            <translation>Salvataggio del lead</translation>
        </message>
        <message>
            <source>new company</source>
            <translation>nuova azienda</translation>
        </message>
        <message>
            <source>new contact</source>
            <translation>nuovo contatto</translation>
        </message>
        <message>
            <source>✓ Saved {names} — {created}</source>
            <translation>✓ Salvato {names} — {created}</translation>
        </message>
        <message>
            <source>✓ Saved {names} (already known)</source>
            <translation>✓ Salvato {names} (già noto)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln leads captured</source>
            <translation>
                <numerusform>%Ln lead raccolto</numerusform>
                <numerusform>%Ln lead raccolti</numerusform>
            </translation>
        </message>
        <message>
            <source>Import vCards</source>
            <translation>Importa vCard</translation>
        </message>
        <message>
            <source>vCards (*.vcf *.vcard);;All files (*)</source>
            <translation>vCard (*.vcf *.vcard);;Tutti i file (*)</translation>
        </message>
        <message numerus="yes">
            <source>Importing %Ln files…</source>
            <translation>
                <numerusform>Importazione di %Ln file…</numerusform>
                <numerusform>Importazione di %Ln file…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing vCards</source>
            <translation>Importazione delle vCard</translation>
        </message>
        <message numerus="yes">
            <source>✓ %Ln cards: {new_contacts} new contacts, {known} known; {new_companies} new companies</source>
            <translation>
                <numerusform>✓ %Ln biglietto: nuovi contatti {new_contacts}, già noti {known}; nuove aziende {new_companies}</numerusform>
                <numerusform>✓ %Ln biglietti: nuovi contatti {new_contacts}, già noti {known}; nuove aziende {new_companies}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped (no name, email or company)</source>
            <translation>
                <numerusform>%Ln saltato (senza nome, e-mail o azienda)</numerusform>
                <numerusform>%Ln saltati (senza nome, e-mail o azienda)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln values left out</source>
            <translation>
                <numerusform>%Ln valore tralasciato</numerusform>
                <numerusform>%Ln valori tralasciati</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message numerus="yes">
            <source>{name} + %Ln more</source>
            <translation>
                <numerusform>{name} + %Ln altro</numerusform>
                <numerusform>{name} + altri %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>No parties yet</source>
            <translation>Ancora nessuna parte</translation>
        </message>
        <message>
            <source>expires {date}</source>
            <translation>scade il {date}</translation>
        </message>
        <message>
            <source>Active and expiring within 60 days: renew it or move it to expired</source>
            <translation>Attivo e in scadenza entro 60 giorni: rinnovalo o spostalo tra gli scaduti</translation>
        </message>
        <message>
            <source>signed {date}</source>
            <translation>firmato il {date}</translation>
        </message>
        <message>
            <source>Drag to another column to change the stage; click to see it</source>
            <translation>Trascina in un'altra colonna per cambiare fase; fai clic per vederlo</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Nothing to show for this period</source>
            <translation>Niente da mostrare per questo periodo</translation>
        </message>
        <message>
            <source>No months to show</source>
            <translation>Nessun mese da mostrare</translation>
        </message>
        <message>
            <source>Month (end of)</source>
            <translation>Mese (fine)</translation>
        </message>
        <message>
            <source>Project target ({target})</source>
            <translation>Obiettivo di progetto ({target})</translation>
        </message>
    </context>
    <context>
        <name>ChoicePopup</name>
        <message>
            <source>Type to search</source>
            <translation>Digita per cercare</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Scelte</translation>
        </message>
        <message>
            <source>Use “{text}”</source>
            <translation>Usa «{text}»</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <source>Go to</source>
            <translation>Vai a</translation>
        </message>
        <message>
            <source>Find a company, a contact or a command…</source>
            <translation>Cerca un'azienda, un contatto o un comando…</translation>
        </message>
        <message>
            <source>Find a record or a command</source>
            <translation>Cerca una scheda o un comando</translation>
        </message>
        <message>
            <source>Matching records and commands</source>
            <translation>Schede e comandi trovati</translation>
        </message>
        <message>
            <source>↑↓ to move   Enter to open   Esc to close</source>
            <translation>↑↓ per spostarsi   Invio per aprire   Esc per chiudere</translation>
        </message>
        <message>
            <source>Open this {kind_lower}</source>
            <translation>Apri: {kind_lower}</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Comando</translation>
        </message>
    </context>
    <context>
        <name>CompaniesScreen</name>
        <message>
            <source>provisional</source>
            <translation>provvisoria</translation>
        </message>
        <message>
            <source>Size class unknown: give the staff headcount</source>
            <translation>Classe dimensionale sconosciuta: indica il numero di dipendenti</translation>
        </message>
        <message>
            <source>Provisional: classified by staff alone</source>
            <translation>Provvisoria: classificata solo in base ai dipendenti</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Città</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <source>EU SME size class.</source>
            <translation>Classe dimensionale PMI dell'UE.</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Dipendenti</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatti</translation>
        </message>
        <message>
            <source>Contacts working there.</source>
            <translation>Contatti che vi lavorano.</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Azienda</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>Nuova azienda</translation>
        </message>
        <message>
            <source>Create a company (Ctrl+N)</source>
            <translation>Crea un'azienda (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search companies by name, city, email, sector or notes</source>
            <translation>Cerca aziende per nome, città, e-mail, settore o note</translation>
        </message>
        <message>
            <source>Search companies</source>
            <translation>Cerca aziende</translation>
        </message>
        <message>
            <source>Number of companies shown</source>
            <translation>Numero di aziende mostrate</translation>
        </message>
        <message>
            <source>Companies list</source>
            <translation>Elenco delle aziende</translation>
        </message>
        <message>
            <source>No companies yet</source>
            <translation>Ancora nessuna azienda</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Creane una (Ctrl+N) o importa una cartella di lavoro.</translation>
        </message>
        <message>
            <source>No companies match</source>
            <translation>Nessuna azienda corrisponde</translation>
        </message>
        <message>
            <source>1 company</source>
            <translation>1 azienda</translation>
        </message>
        <message>
            <source>0 of 1 company</source>
            <translation>0 di 1 azienda</translation>
        </message>
        <message numerus="yes">
            <source>%Ln companies</source>
            <translation>
                <numerusform>%Ln azienda</numerusform>
                <numerusform>%Ln aziende</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln companies</source>
            <translation>
                <numerusform>{shown} di %Ln azienda</numerusform>
                <numerusform>{shown} di %Ln aziende</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete company {name}</source>
            <translation>Elimina l'azienda {name}</translation>
        </message>
        <message>
            <source>Deleted company {name}</source>
            <translation>Azienda {name} eliminata</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln companies</source>
            <translation>
                <numerusform>Elimina %Ln azienda</numerusform>
                <numerusform>Elimina %Ln aziende</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln companies</source>
            <translation>
                <numerusform>%Ln azienda eliminata</numerusform>
                <numerusform>%Ln aziende eliminate</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} (partner)</source>
            <translation>{name} (partner)</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Show only the members of one cluster</source>
            <translation>Mostra solo i membri di un cluster</translation>
        </message>
        <message>
            <source>Show only one EU size class</source>
            <translation>Mostra una sola classe dimensionale UE</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Settore</translation>
        </message>
        <message>
            <source>Type a sector: the whole tag must match</source>
            <translation>Digita un settore: deve corrispondere l'intera etichetta</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Consortium partners</source>
            <translation>Partner del consorzio</translation>
        </message>
        <message>
            <source>Not partners</source>
            <translation>Non partner</translation>
        </message>
        <message>
            <source>The partnership's own clusters, or everybody else</source>
            <translation>I cluster del partenariato, o tutti gli altri</translation>
        </message>
    </context>
    <context>
        <name>CompanyEditor</name>
        <message>
            <source>New company</source>
            <translation>Nuova azienda</translation>
        </message>
        <message>
            <source>Select a company to see it here, or press Ctrl+N to create one.</source>
            <translation>Seleziona un'azienda per vederla qui, oppure premi Ctrl+N per crearne una.</translation>
        </message>
        <message>
            <source>Save company</source>
            <translation>Salva l'azienda</translation>
        </message>
        <message>
            <source>Revert company</source>
            <translation>Ripristina l'azienda</translation>
        </message>
        <message>
            <source>Delete company</source>
            <translation>Elimina l'azienda</translation>
        </message>
        <message>
            <source>Delete this company (Delete; undo with Ctrl+Z)</source>
            <translation>Elimina questa azienda (Canc; annulla con Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the company</source>
            <translation>Salvataggio dell'azienda</translation>
        </message>
        <message>
            <source>The company was not saved: {reason}</source>
            <translation>L'azienda non è stata salvata: {reason}</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Azienda</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>The name people use for it</source>
            <translation>Il nome con cui è conosciuta</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Nome dell'azienda</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>What sort of organization this is</source>
            <translation>Il tipo di organizzazione</translation>
        </message>
        <message>
            <source>Consortium partner</source>
            <translation>Partner del consorzio</translation>
        </message>
        <message>
            <source>Tick for the consortium partners only (the clusters that run this partnership)</source>
            <translation>Da spuntare solo per i partner del consorzio (i cluster che gestiscono questo partenariato)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Paese</translation>
        </message>
        <message>
            <source>Type a few letters of the country name</source>
            <translation>Digita qualche lettera del nome del paese</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Regione</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>C&amp;ittà</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Recapiti</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>Sito &amp;web</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Tele&amp;fono</translation>
        </message>
        <message>
            <source>Any format; stored in international form. Without +, read as a number of the country</source>
            <translation>Qualsiasi formato; salvato in formato internazionale. Senza +, letto come numero del paese</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Dati economici</translation>
        </message>
        <message>
            <source>VAT no.</source>
            <translation>Partita IVA</translation>
        </message>
        <message>
            <source>VAT or company registration number</source>
            <translation>Partita IVA o numero di iscrizione al registro imprese</translation>
        </message>
        <message>
            <source>E&amp;mployees</source>
            <translation>&amp;Dipendenti</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>addetti</translation>
        </message>
        <message>
            <source>Staff headcount</source>
            <translation>Numero di addetti</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Fatturato</translation>
        </message>
        <message>
            <source>EUR m</source>
            <translation>mln EUR</translation>
        </message>
        <message>
            <source>Annual turnover in millions of euros</source>
            <translation>Fatturato annuo in milioni di euro</translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>Totale di bilancio</translation>
        </message>
        <message>
            <source>Balance sheet total in millions of euros</source>
            <translation>Totale di bilancio in milioni di euro</translation>
        </message>
        <message>
            <source>Size class</source>
            <translation>Dimensione</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>&amp;Sectors</source>
            <translation>&amp;Settori</translation>
        </message>
        <message>
            <source>Sector, then Enter</source>
            <translation>Settore, poi Invio</translation>
        </message>
        <message>
            <source>Fields of activity, as tags (medical devices, diagnostics...)</source>
            <translation>Settori di attività, come etichette (dispositivi medici, diagnostica...)</translation>
        </message>
        <message>
            <source>Certifications</source>
            <translation>Certificazioni</translation>
        </message>
        <message>
            <source>Certifications and approvals held</source>
            <translation>Certificazioni e autorizzazioni ottenute</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Member of</source>
            <translation>Socia di</translation>
        </message>
        <message>
            <source>Cluster name, then Enter</source>
            <translation>Nome del cluster, poi Invio</translation>
        </message>
        <message>
            <source>The clusters this organization is a member of</source>
            <translation>I cluster di cui questa organizzazione è socia</translation>
        </message>
        <message>
            <source>Target markets</source>
            <translation>Mercati di interesse</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatti</translation>
        </message>
        <message>
            <source>Contacts of this company</source>
            <translation>Contatti di questa azienda</translation>
        </message>
        <message>
            <source>Double-click (or Enter) to open the contact</source>
            <translation>Doppio clic (o Invio) per aprire il contatto</translation>
        </message>
        <message>
            <source>New contact at this company</source>
            <translation>Nuovo contatto in questa azienda</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Anything worth remembering about this company</source>
            <translation>Tutto ciò che vale la pena ricordare su questa azienda</translation>
        </message>
        <message>
            <source>member of {clusters}</source>
            <translation>socia di {clusters}</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Ancora nessun contatto</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member organizations</source>
            <translation>
                <numerusform>%Ln organizzazione socia</numerusform>
                <numerusform>%Ln organizzazioni socie</numerusform>
            </translation>
        </message>
        <message>
            <source>Create company {name}</source>
            <translation>Crea l'azienda {name}</translation>
        </message>
        <message>
            <source>Company {name} created</source>
            <translation>Azienda {name} creata</translation>
        </message>
        <message>
            <source>Edit company {name}</source>
            <translation>Modifica l'azienda {name}</translation>
        </message>
        <message>
            <source>Company {name} saved</source>
            <translation>Azienda {name} salvata</translation>
        </message>
        <message>
            <source>country</source>
            <translation>paese</translation>
        </message>
        <message>
            <source>status</source>
            <translation>stato</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>esigenze</translation>
        </message>
        <message>
            <source>line {line}: {part} {message}</source>
            <translation>riga {line}: {part} {message}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Record</source>
            <translation>Scheda</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Mine (this laptop)</source>
            <translation>Mio (questo portatile)</translation>
        </message>
        <message>
            <source>Changed here by</source>
            <translation>Modificato qui da</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Loro</translation>
        </message>
        <message>
            <source>Changed there by</source>
            <translation>Modificato là da</translation>
        </message>
        <message>
            <source>Now holds</source>
            <translation>Valore attuale</translation>
        </message>
        <message>
            <source>company</source>
            <translation>azienda</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contatto</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>adesione</translation>
        </message>
        <message>
            <source>action</source>
            <translation>azione</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>accordo</translation>
        </message>
        <message>
            <source>task</source>
            <translation>attività</translation>
        </message>
        <message>
            <source>officer</source>
            <translation>referente</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminato</translation>
        </message>
        <message>
            <source>kept (edited)</source>
            <translation>mantenuto (modificato)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vuoto)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>questo portatile</translation>
        </message>
        <message>
            <source>site {site}</source>
            <translation>sito {site}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>sconosciuto</translation>
        </message>
        <message>
            <source>Show &amp;resolved</source>
            <translation>Mostra &amp;risolti</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflitti</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Mantieni il mio</translation>
        </message>
        <message>
            <source>This laptop's value stays (or comes back, as a new change every replica takes)</source>
            <translation>Resta il valore di questo portatile (o torna, come nuova modifica che ogni copia riceve)</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>Prendi il &amp;loro</translation>
        </message>
        <message>
            <source>The other side's value stays (or comes back, as a new change)</source>
            <translation>Resta il valore dell'altra parte (o torna, come nuova modifica)</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Apri la scheda</translation>
        </message>
        <message>
            <source>No conflicts: every edit made on both sides has been settled. Conflicts appear here when the same field was changed on two laptops before they met.</source>
            <translation>Nessun conflitto: tutte le modifiche fatte dalle due parti sono state risolte. Un conflitto compare qui quando lo stesso campo è stato modificato su due portatili prima che si sincronizzassero.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open. The later edit won everywhere; the other value is kept here. Pick the one that is right — your choice travels to every replica.</source>
            <translation>
                <numerusform>%Ln aperto. Ha prevalso ovunque la modifica più recente; l'altro valore è conservato qui. Scegli quello giusto: la tua scelta arriva a ogni copia.</numerusform>
                <numerusform>%Ln aperti. Ha prevalso ovunque la modifica più recente; l'altro valore è conservato qui. Scegli quello giusto: la tua scelta arriva a ogni copia.</numerusform>
            </translation>
        </message>
        <message>
            <source>resolved: mine</source>
            <translation>risolto: il mio</translation>
        </message>
        <message>
            <source>resolved: theirs</source>
            <translation>risolto: il loro</translation>
        </message>
        <message>
            <source>superseded by a later edit</source>
            <translation>superato da una modifica successiva</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>risolto</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>il mio</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>il loro</translation>
        </message>
        <message>
            <source>record deleted / edited</source>
            <translation>scheda eliminata / modificata</translation>
        </message>
        <message>
            <source>{record}: your value kept.</source>
            <translation>{record}: mantenuto il tuo valore.</translation>
        </message>
        <message>
            <source>{record}: their value kept.</source>
            <translation>{record}: mantenuto il loro valore.</translation>
        </message>
        <message>
            <source>The conflict was not resolved.</source>
            <translation>Il conflitto non è stato risolto.</translation>
        </message>
        <message>
            <source>Resolving a conflict</source>
            <translation>Risoluzione di un conflitto</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>New contact</source>
            <translation>Nuovo contatto</translation>
        </message>
        <message>
            <source>Select a contact to see it here, or press Ctrl+N to create one.</source>
            <translation>Seleziona un contatto per vederlo qui, oppure premi Ctrl+N per crearne uno.</translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation>Salva il contatto</translation>
        </message>
        <message>
            <source>Revert contact</source>
            <translation>Ripristina il contatto</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Elimina il contatto</translation>
        </message>
        <message>
            <source>Delete this contact (Delete; undo with Ctrl+Z)</source>
            <translation>Elimina questo contatto (Canc; annulla con Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the contact</source>
            <translation>Salvataggio del contatto</translation>
        </message>
        <message>
            <source>The contact was not saved: {reason}</source>
            <translation>Il contatto non è stato salvato: {reason}</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Cognome</translation>
        </message>
        <message>
            <source>Type to find a company</source>
            <translation>Digita per trovare un'azienda</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Show this contact's organization</source>
            <translation>Mostra l'organizzazione di questo contatto</translation>
        </message>
        <message>
            <source>Open the organization</source>
            <translation>Apri l'organizzazione</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Organizzazione</translation>
        </message>
        <message>
            <source>The company or body this person works for; type part of its name</source>
            <translation>L'azienda o l'ente per cui lavora questa persona; digita parte del nome</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Ruolo</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Recapiti</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Tele&amp;fono</translation>
        </message>
        <message>
            <source>Any format; stored in international form. Without +, read as a number of the country</source>
            <translation>Qualsiasi formato; salvato in formato internazionale. Senza +, letto come numero del paese</translation>
        </message>
        <message>
            <source>Lan&amp;guages</source>
            <translation>Lin&amp;gue</translation>
        </message>
        <message>
            <source>Languages this person speaks (ISO codes such as en, fr, de)</source>
            <translation>Lingue parlate da questa persona (codici ISO come en, fr, de)</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Paese</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>C&amp;ittà</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>Consenso GDPR</translation>
        </message>
        <message>
            <source>Con&amp;sent</source>
            <translation>Con&amp;senso</translation>
        </message>
        <message>
            <source>Whether this person agreed to be contacted and kept on file</source>
            <translation>Se questa persona ha accettato di essere contattata e registrata</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Dato il</translation>
        </message>
        <message>
            <source>The day consent was given (required when it is given)</source>
            <translation>Il giorno in cui è stato dato il consenso (obbligatorio se dato)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Web form, business card, event sign-up…</source>
            <translation>Modulo web, biglietto da visita, iscrizione a un evento…</translation>
        </message>
        <message>
            <source>Where the consent comes from, for the GDPR register</source>
            <translation>La fonte del consenso, per il registro GDPR</translation>
        </message>
        <message>
            <source>Privacy…</source>
            <translation>Privacy…</translation>
        </message>
        <message>
            <source>Subject access export or erasure of this person (GDPR)</source>
            <translation>Esportazione dei dati o cancellazione di questa persona (GDPR)</translation>
        </message>
        <message>
            <source>For EU statistics</source>
            <translation>Per le statistiche UE</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genere</translation>
        </message>
        <message>
            <source>Optional; only used for the EU gender statistics</source>
            <translation>Facoltativo; usato solo per le statistiche UE di genere</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Anything worth remembering about this person</source>
            <translation>Tutto ciò che vale la pena ricordare su questa persona</translation>
        </message>
        <message>
            <source>{job_title} at {organization}</source>
            <translation>{job_title} presso {organization}</translation>
        </message>
        <message>
            <source>consent: {status}</source>
            <translation>consenso: {status}</translation>
        </message>
        <message>
            <source>Create contact {name}</source>
            <translation>Crea il contatto {name}</translation>
        </message>
        <message>
            <source>Contact {name} created</source>
            <translation>Contatto {name} creato</translation>
        </message>
        <message>
            <source>Edit contact {name}</source>
            <translation>Modifica il contatto {name}</translation>
        </message>
        <message>
            <source>Contact {name} saved</source>
            <translation>Contatto {name} salvato</translation>
        </message>
    </context>
    <context>
        <name>ContactsScreen</name>
        <message>
            <source>Consent given on {date}</source>
            <translation>Consenso dato il {date}</translation>
        </message>
        <message>
            <source>Consent: {status}</source>
            <translation>Consenso: {status}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Sorted by last name.</source>
            <translation>Ordinato per cognome.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <source>GDPR consent.</source>
            <translation>Consenso GDPR.</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nuovo contatto</translation>
        </message>
        <message>
            <source>Create a contact (Ctrl+N)</source>
            <translation>Crea un contatto (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search contacts by name, email, job title or notes</source>
            <translation>Cerca contatti per nome, e-mail, ruolo o note</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Cerca contatti</translation>
        </message>
        <message>
            <source>Number of contacts shown</source>
            <translation>Numero di contatti mostrati</translation>
        </message>
        <message>
            <source>Contacts list</source>
            <translation>Elenco dei contatti</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Ancora nessun contatto</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Creane uno (Ctrl+N) o importa una cartella di lavoro.</translation>
        </message>
        <message>
            <source>No contacts match</source>
            <translation>Nessun contatto corrisponde</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 contatto</translation>
        </message>
        <message>
            <source>0 of 1 contact</source>
            <translation>0 di 1 contatto</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contatto</numerusform>
                <numerusform>%Ln contatti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln contacts</source>
            <translation>
                <numerusform>{shown} di %Ln contatto</numerusform>
                <numerusform>{shown} di %Ln contatti</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact {name}</source>
            <translation>Elimina il contatto {name}</translation>
        </message>
        <message>
            <source>Deleted contact {name}</source>
            <translation>Contatto {name} eliminato</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln contacts</source>
            <translation>
                <numerusform>Elimina %Ln contatto</numerusform>
                <numerusform>Elimina %Ln contatti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contacts</source>
            <translation>
                <numerusform>%Ln contatto eliminato</numerusform>
                <numerusform>%Ln contatti eliminati</numerusform>
            </translation>
        </message>
        <message>
            <source>Show only the people of one organization</source>
            <translation>Mostra solo le persone di un'organizzazione</translation>
        </message>
        <message>
            <source>Show only one GDPR consent status</source>
            <translation>Mostra un solo stato del consenso GDPR</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>People who speak this language</source>
            <translation>Persone che parlano questa lingua</translation>
        </message>
    </context>
    <context>
        <name>CountryCombo</name>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>No type</source>
            <translation>Senza tipo</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Cruscotto</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>A reporting period, a calendar year, the whole project or a range of dates</source>
            <translation>Un periodo di rendicontazione, un anno solare, l'intero progetto o un intervallo di date</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dal</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Al</translation>
        </message>
        <message>
            <source>from</source>
            <translation>dal</translation>
        </message>
        <message>
            <source>to</source>
            <translation>al</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Cluster partner</translation>
        </message>
        <message>
            <source>The whole partnership, or the records of one consortium partner</source>
            <translation>L'intero partenariato, o le schede di un solo partner del consorzio</translation>
        </message>
        <message>
            <source>Reporting periods and targets…</source>
            <translation>Periodi di rendicontazione e obiettivi…</translation>
        </message>
        <message>
            <source>Define the reporting periods and what was promised for each indicator</source>
            <translation>Definisci i periodi di rendicontazione e quanto promesso per ogni indicatore</translation>
        </message>
        <message>
            <source>Whole project</source>
            <translation>Intero progetto</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Intervallo personalizzato…</translation>
        </message>
        <message>
            <source>All partners</source>
            <translation>Tutti i partner</translation>
        </message>
        <message>
            <source>The end is before the start</source>
            <translation>La fine è prima dell'inizio</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcolo in corso…</translation>
        </message>
        <message>
            <source>The indicators could not be computed.</source>
            <translation>Non è stato possibile calcolare gli indicatori.</translation>
        </message>
        <message>
            <source>Computing the indicators</source>
            <translation>Calcolo degli indicatori</translation>
        </message>
        <message>
            <source>{partner} only</source>
            <translation>solo {partner}</translation>
        </message>
        <message>
            <source>cumulative from {date}</source>
            <translation>cumulato dal {date}</translation>
        </message>
        <message>
            <source>No reporting periods yet: define them with “Reporting periods and targets…”</source>
            <translation>Nessun periodo di rendicontazione per ora: definiscili con «Periodi di rendicontazione e obiettivi…»</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Intervallo personalizzato</translation>
        </message>
        <message>
            <source>{period}: {start} – {end}</source>
            <translation>{period}: {start} – {end}</translation>
        </message>
        <message>
            <source>Achieved against target</source>
            <translation>Realizzato rispetto all'obiettivo</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% dell'obiettivo</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Realizzato</translation>
        </message>
        <message>
            <source>Target (100 %)</source>
            <translation>Obiettivo (100%)</translation>
        </message>
        <message>
            <source>No indicator has a target for this period</source>
            <translation>Nessun indicatore ha un obiettivo per questo periodo</translation>
        </message>
        <message>
            <source>In the period</source>
            <translation>Nel periodo</translation>
        </message>
        <message>
            <source>Project to date</source>
            <translation>Progetto a oggi</translation>
        </message>
        <message>
            <source>SMEs reached per partner cluster</source>
            <translation>PMI raggiunte per cluster partner</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>PMI raggiunte</translation>
        </message>
        <message>
            <source>No SMEs reached in this period</source>
            <translation>Nessuna PMI raggiunta in questo periodo</translation>
        </message>
        <message>
            <source>No partner cluster</source>
            <translation>Nessun cluster partner</translation>
        </message>
        <message>
            <source>Actions by type</source>
            <translation>Azioni per tipo</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Azioni</translation>
        </message>
        <message>
            <source>No actions in this period</source>
            <translation>Nessuna azione in questo periodo</translation>
        </message>
        <message>
            <source>SMEs reached since the project start, month by month</source>
            <translation>PMI raggiunte dall'inizio del progetto, mese per mese</translation>
        </message>
        <message>
            <source>SMEs reached (cumulative)</source>
            <translation>PMI raggiunte (cumulato)</translation>
        </message>
        <message>
            <source>Countries of organizations reached (top {count})</source>
            <translation>Paesi delle organizzazioni raggiunte (primi {count})</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Sconosciuto</translation>
        </message>
        <message>
            <source>SMEs reached + clusters engaged</source>
            <translation>PMI raggiunte + cluster coinvolti</translation>
        </message>
        <message>
            <source>No organizations reached in this period</source>
            <translation>Nessuna organizzazione raggiunta in questo periodo</translation>
        </message>
        <message>
            <source>project to date</source>
            <translation>progetto a oggi</translation>
        </message>
        <message>
            <source>no country</source>
            <translation>nessun paese</translation>
        </message>
        <message>
            <source>Organizations reached in {country}</source>
            <translation>Organizzazioni raggiunte: {country}</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>Records that may already be in the store</source>
            <translation>Record forse già presenti</translation>
        </message>
        <message>
            <source>For each match, update the stored record, create a new one, or skip the row.</source>
            <translation>Per ogni corrispondenza: aggiorna il record esistente, creane uno nuovo o salta la riga.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importa</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Foglio</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>Nel file</translation>
        </message>
        <message>
            <source>In the store</source>
            <translation>Nell'archivio</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punteggio</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Perché</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisione</translation>
        </message>
        <message>
            <source>&amp;Update all</source>
            <translation>&amp;Aggiorna tutti</translation>
        </message>
        <message>
            <source>Create all as &amp;new</source>
            <translation>Crea tutti come &amp;nuovi</translation>
        </message>
        <message>
            <source>&amp;Skip all</source>
            <translation>&amp;Salta tutti</translation>
        </message>
        <message>
            <source>Su&amp;ggested choices</source>
            <translation>Scelte &amp;proposte</translation>
        </message>
        <message>
            <source>Update the best stored match (the selected rows, or all)</source>
            <translation>Aggiorna la corrispondenza migliore (righe selezionate, o tutte)</translation>
        </message>
        <message>
            <source>Create a new record (the selected rows, or all)</source>
            <translation>Crea un nuovo record (righe selezionate, o tutte)</translation>
        </message>
        <message>
            <source>Leave out of the import (the selected rows, or all)</source>
            <translation>Escludi dall'importazione (righe selezionate, o tutte)</translation>
        </message>
        <message>
            <source>Back to the choices proposed for each row</source>
            <translation>Torna alle scelte proposte per ogni riga</translation>
        </message>
        <message>
            <source>Selected rows, or all:</source>
            <translation>Righe selezionate, o tutte:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file look like records already in the store. The choices proposed follow the evidence: an identical key or a nearly identical name means the same record.</source>
            <translation>
                <numerusform>%Ln riga del file sembra un record già presente. Le scelte proposte seguono gli indizi: una chiave identica o un nome quasi identico indicano lo stesso record.</numerusform>
                <numerusform>%Ln righe del file sembrano record già presenti. Le scelte proposte seguono gli indizi: una chiave identica o un nome quasi identico indicano lo stesso record.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No row of the file matches a record in the store: all %Ln row(s) will be created.</source>
            <translation>
                <numerusform>Nessuna riga corrisponde a un record esistente: la riga sarà creata.</numerusform>
                <numerusform>Nessuna riga corrisponde a un record esistente: tutte le %Ln righe saranno create.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln pair(s) of rows inside the file look alike; both rows are imported (see the warnings of the previous step).</source>
            <translation>
                <numerusform>%Ln coppia di righe del file si somiglia; entrambe vengono importate (vedi gli avvisi del passo precedente).</numerusform>
                <numerusform>%Ln coppie di righe del file si somigliano; entrambe vengono importate (vedi gli avvisi del passo precedente).</numerusform>
            </translation>
        </message>
        <message>
            <source>Update existing</source>
            <translation>Aggiorna esistente</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>Crea nuovo</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Salta</translation>
        </message>
        <message>
            <source>Rows {row} and {other} of {sheet} would both update {record}: create one as new or skip it.</source>
            <translation>Le righe {row} e {other} di {sheet} aggiornerebbero entrambe {record}: creane una come nuova o saltala.</translation>
        </message>
        <message>
            <source>Of the matched rows: {update} update, {new} new, {skip} skipped.</source>
            <translation>Righe con corrispondenza: {update} aggiornate, {new} nuove, {skip} saltate.</translation>
        </message>
    </context>
    <context>
        <name>DrillDownDialog</name>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Dettaglio</translation>
        </message>
        <message>
            <source>Counts for</source>
            <translation>Vale</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Partecipazione</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accordo</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Loading the records…</source>
            <translation>Caricamento dei record…</translation>
        </message>
        <message>
            <source>Records behind the number</source>
            <translation>Record alla base del dato</translation>
        </message>
        <message>
            <source>Export to xlsx…</source>
            <translation>Esporta in xlsx…</translation>
        </message>
        <message>
            <source>Save this list as an Excel workbook</source>
            <translation>Salva questo elenco come cartella di lavoro Excel</translation>
        </message>
        <message>
            <source>The records could not be listed.</source>
            <translation>Non è stato possibile elencare i record.</translation>
        </message>
        <message>
            <source>Listing the records behind the number</source>
            <translation>Elenco dei record alla base del dato</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records, counting {total}</source>
            <translation>
                <numerusform>%Ln record, per un totale di {total}</numerusform>
                <numerusform>%Ln record, per un totale di {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln record</numerusform>
                <numerusform>%Ln record</numerusform>
            </translation>
        </message>
        <message>
            <source>No records behind this number.</source>
            <translation>Nessun record alla base di questo dato.</translation>
        </message>
        <message>
            <source>Export to xlsx</source>
            <translation>Esporta in xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Cartella di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving {file}</source>
            <translation>Salvataggio di {file}</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln records to {path}</source>
            <translation>
                <numerusform>%Ln record salvato in {path}</numerusform>
                <numerusform>%Ln record salvati in {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>same VAT number</source>
            <translation>stessa partita IVA</translation>
        </message>
        <message>
            <source>same web domain</source>
            <translation>stesso dominio web</translation>
        </message>
        <message>
            <source>same email</source>
            <translation>stessa email</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>stesso telefono</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>nome simile</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>Trova duplicati</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizzazioni</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatti</translation>
        </message>
        <message>
            <source>&amp;Search again</source>
            <translation>&amp;Cerca di nuovo</translation>
        </message>
        <message>
            <source>Look among:</source>
            <translation>Cerca tra:</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punteggio</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Probably the same as</source>
            <translation>Probabilmente uguale a</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Perché</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Unisci…</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Apri record</translation>
        </message>
        <message>
            <source>Open &amp;other</source>
            <translation>Apri l'&amp;altro</translation>
        </message>
        <message>
            <source>The older record of each pair comes first: it is usually the one to keep. A merge moves every link to the kept record and can be undone.</source>
            <translation>Il record più vecchio di ogni coppia viene prima: di solito è quello da tenere. Un'unione sposta ogni collegamento sul record tenuto e si può annullare.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Ricerca dei duplicati…</translation>
        </message>
        <message>
            <source>Looking for duplicates</source>
            <translation>Ricerca dei duplicati</translation>
        </message>
        <message>
            <source>The search for duplicates did not work: {reason}</source>
            <translation>La ricerca dei duplicati non è riuscita: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln likely pair(s)</source>
            <translation>
                <numerusform>%Ln coppia probabile</numerusform>
                <numerusform>%Ln coppie probabili</numerusform>
            </translation>
        </message>
        <message>
            <source>No likely duplicates.</source>
            <translation>Nessun duplicato probabile.</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message>
            <source>Encryption</source>
            <translation>Cifratura</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is encrypted.&lt;/b&gt; A stolen laptop yields no readable data.</source>
            <translation>&lt;b&gt;Questo archivio è cifrato.&lt;/b&gt; Un portatile rubato non rivela dati leggibili.</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is not encrypted.&lt;/b&gt; Anyone who gets the file (a lost or stolen laptop) can read every name and email in it.</source>
            <translation>&lt;b&gt;Questo archivio non è cifrato.&lt;/b&gt; Chiunque ottenga il file (un portatile perso o rubato) può leggerne tutti i nomi e gli indirizzi e-mail.</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Cambia la passphrase</translation>
        </message>
        <message>
            <source>Decrypt: keep the store as a plain file</source>
            <translation>Decifra: conserva l'archivio come file non cifrato</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Passphrase attuale</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nuova passphrase</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Nuova passphrase (conferma)</translation>
        </message>
        <message>
            <source>&amp;Show passphrases</source>
            <translation>&amp;Mostra le passphrase</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Passphrase &amp;attuale:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nuova passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Ripetila:</translation>
        </message>
        <message>
            <source>&amp;Encrypt</source>
            <translation>&amp;Cifra</translation>
        </message>
        <message>
            <source>&amp;Decrypt</source>
            <translation>&amp;Decifra</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>Cam&amp;bia passphrase</translation>
        </message>
        <message>
            <source>If the passphrase is lost, the data cannot be recovered: nobody can open the store without it, not even with its backups. Keep it in a password manager or another safe place.</source>
            <translation>Se la passphrase va persa, i dati non si possono recuperare: nessuno può aprire l'archivio senza di essa, nemmeno dai backup. Conservala in un gestore di password o in un altro luogo sicuro.</translation>
        </message>
        <message>
            <source>The store will be a plain file again: anyone who gets it can read it. Its encrypted backups stay encrypted and still need this passphrase.</source>
            <translation>L'archivio tornerà a essere un file non cifrato: chiunque lo ottenga potrà leggerlo. I suoi backup cifrati restano cifrati e richiedono ancora questa passphrase.</translation>
        </message>
        <message>
            <source>MAGIA Desk restarts when it is done. The store as it was is kept among the backups.</source>
            <translation>Al termine MAGIA Desk si riavvia. L'archivio com'era viene conservato tra i backup.</translation>
        </message>
        <message>
            <source>Use several words or a long mix of letters, digits and signs.</source>
            <translation>Usa più parole o una lunga combinazione di lettere, cifre e simboli.</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>debole</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>discreta</translation>
        </message>
        <message>
            <source>good</source>
            <translation>buona</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>robusta</translation>
        </message>
        <message>
            <source>Strength: {level}</source>
            <translation>Robustezza: {level}</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>Inserisci la passphrase attuale.</translation>
        </message>
        <message>
            <source>The new passphrase needs at least {count} characters.</source>
            <translation>La nuova passphrase deve avere almeno {count} caratteri.</translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Le due nuove passphrase non coincidono.</translation>
        </message>
        <message>
            <source>The new passphrase is the current one.</source>
            <translation>La nuova passphrase è uguale a quella attuale.</translation>
        </message>
        <message>
            <source>This is not the current passphrase. Check Caps Lock and the keyboard layout.</source>
            <translation>Non è la passphrase attuale. Controlla il tasto Bloc Maiusc e il layout della tastiera.</translation>
        </message>
        <message>
            <source>Backing up the store…</source>
            <translation>Backup dell'archivio…</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Backup dell'archivio</translation>
        </message>
        <message>
            <source>Encrypting the store… Do not turn the computer off.</source>
            <translation>Cifratura dell'archivio… Non spegnere il computer.</translation>
        </message>
        <message>
            <source>Decrypting the store…</source>
            <translation>Decifratura dell'archivio…</translation>
        </message>
        <message>
            <source>Changing the passphrase… Do not turn the computer off.</source>
            <translation>Cambio della passphrase… Non spegnere il computer.</translation>
        </message>
        <message>
            <source>Converting the store</source>
            <translation>Conversione dell'archivio</translation>
        </message>
        <message>
            <source>The store is now encrypted.</source>
            <translation>L'archivio ora è cifrato.</translation>
        </message>
        <message>
            <source>The store is now a plain file.</source>
            <translation>L'archivio ora è un file non cifrato.</translation>
        </message>
        <message>
            <source>The store has a new passphrase.</source>
            <translation>L'archivio ha una nuova passphrase.</translation>
        </message>
        <message>
            <source>The store as it was is kept in {path}.</source>
            <translation>L'archivio com'era è conservato in {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) now use the new passphrase.</source>
            <translation>
                <numerusform>%Ln backup ora usa la nuova passphrase.</numerusform>
                <numerusform>%Ln backup ora usano la nuova passphrase.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) stay encrypted: restoring one needs this passphrase.</source>
            <translation>
                <numerusform>%Ln backup resta cifrato: per ripristinarlo serve questa passphrase.</numerusform>
                <numerusform>%Ln backup restano cifrati: per ripristinarne uno serve questa passphrase.</numerusform>
            </translation>
        </message>
        <message>
            <source>MAGIA Desk restarts now.</source>
            <translation>MAGIA Desk ora si riavvia.</translation>
        </message>
        <message>
            <source>Enter the new passphrase to open the store.</source>
            <translation>Inserisci la nuova passphrase per aprire l'archivio.</translation>
        </message>
        <message>
            <source>The store was left as it was. MAGIA Desk restarts now.</source>
            <translation>L'archivio è rimasto com'era. MAGIA Desk ora si riavvia.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>{doing} did not work.

{reason}</source>
            <translation>{doing}: operazione non riuscita.

{reason}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Qualcosa è andato storto</translation>
        </message>
        <message>
            <source>{doing} failed unexpectedly.</source>
            <translation>{doing}: errore imprevisto.</translation>
        </message>
        <message>
            <source>Your data is safe: the change that failed was not saved. Try again; if it happens again, send the details below to whoever supports MAGIA Desk.</source>
            <translation>I tuoi dati sono al sicuro: la modifica non riuscita non è stata salvata. Riprova; se succede di nuovo, invia i dettagli qui sotto a chi fornisce assistenza per MAGIA Desk.</translation>
        </message>
        <message>
            <source>They are also in the log file {path}.</source>
            <translation>Si trovano anche nel file di log {path}.</translation>
        </message>
        <message>
            <source>The last action</source>
            <translation>L'ultima operazione</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file to import</source>
            <translation>Scegli il file da importare</translation>
        </message>
        <message>
            <source>Nothing is written until the last step.</source>
            <translation>Nulla viene scritto prima dell'ultimo passo.</translation>
        </message>
        <message>
            <source>Import an &lt;b&gt;exchange workbook&lt;/b&gt; (what &lt;i&gt;Export&lt;/i&gt; writes, or the template filled in), or &lt;b&gt;one sheet of organizations or contacts&lt;/b&gt; from any spreadsheet, as .xlsx or .csv. The next steps match its columns, check every row and let you decide about records that may already be in the store.</source>
            <translation>Importa una &lt;b&gt;cartella di scambio&lt;/b&gt; (quella scritta da &lt;i&gt;Esporta&lt;/i&gt;, o il modello compilato), oppure &lt;b&gt;un foglio di organizzazioni o contatti&lt;/b&gt; da qualsiasi foglio di calcolo, in .xlsx o .csv. I passi successivi abbinano le colonne, controllano ogni riga e ti fanno decidere sui record forse già presenti.</translation>
        </message>
        <message>
            <source>A workbook (.xlsx, .ods) or a .csv file</source>
            <translation>Una cartella (.xlsx, .ods) o un file .csv</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>S&amp;foglia…</translation>
        </message>
        <message>
            <source>Save an empty &amp;template…</source>
            <translation>Salva un &amp;modello vuoto…</translation>
        </message>
        <message>
            <source>The exchange workbook with its headers, explanations and example rows, to fill in</source>
            <translation>La cartella di scambio con intestazioni, spiegazioni e righe di esempio, da compilare</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Importa una cartella</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>Fogli di calcolo</translation>
        </message>
        <message>
            <source>Save an empty template</source>
            <translation>Salva un modello vuoto</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Cartella di Excel</translation>
        </message>
        <message>
            <source>Saving the template</source>
            <translation>Salvataggio del modello</translation>
        </message>
        <message>
            <source>Template saved as {name}: fill it in, then choose it here.</source>
            <translation>Modello salvato come {name}: compilalo, poi sceglilo qui.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>Non c'è nessun file in questo percorso.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lettura del file…</translation>
        </message>
        <message>
            <source>This file cannot be imported: {problem}</source>
            <translation>Questo file non si può importare: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln riga</numerusform>
                <numerusform>%Ln righe</numerusform>
            </translation>
        </message>
        <message>
            <source>read as {sheet}</source>
            <translation>letto come {sheet}</translation>
        </message>
        <message>
            <source>columns to match by hand</source>
            <translation>colonne da abbinare a mano</translation>
        </message>
        <message>
            <source>An exchange workbook:</source>
            <translation>Una cartella di scambio:</translation>
        </message>
        <message numerus="yes">
            <source>A spreadsheet with %Ln sheet(s):</source>
            <translation>
                <numerusform>Un foglio di calcolo con %Ln foglio:</numerusform>
                <numerusform>Un foglio di calcolo con %Ln fogli:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Clear filters</source>
            <translation>Azzera i filtri</translation>
        </message>
        <message>
            <source>Show every row again</source>
            <translation>Mostra di nuovo tutte le righe</translation>
        </message>
    </context>
    <context>
        <name>FilterChip</name>
        <message>
            <source>Show only the rows with this {name_lower}</source>
            <translation>Mostra solo le righe corrispondenti ({name_lower})</translation>
        </message>
        <message>
            <source>Filter by {name_lower}</source>
            <translation>Filtra per {name_lower}</translation>
        </message>
        <message>
            <source>Any {name_lower}</source>
            <translation>{name}: qualsiasi</translation>
        </message>
        <message>
            <source>Find a {name_lower}</source>
            <translation>Cerca: {name_lower}</translation>
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
            <translation>Benvenuto in MAGIA Desk</translation>
        </message>
        <message>
            <source>Three questions before you start. You can change the answers later in Edit ▸ Settings.</source>
            <translation>Tre domande prima di iniziare. Potrai cambiare le risposte in seguito da Modifica ▸ Impostazioni.</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Lingua di sistema ({language})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Il tuo &amp;nome:</translation>
        </message>
        <message>
            <source>Your &amp;partner cluster:</source>
            <translation>Il tuo cluster &amp;partner:</translation>
        </message>
        <message>
            <source>First and last name, as colleagues know you</source>
            <translation>Nome e cognome, come ti conoscono i colleghi</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Il tuo nome</translation>
        </message>
        <message>
            <source>The cluster you work for</source>
            <translation>Il cluster per cui lavori</translation>
        </message>
        <message>
            <source>Your partner cluster</source>
            <translation>Il tuo cluster partner</translation>
        </message>
        <message>
            <source>How do you want to start?</source>
            <translation>Come vuoi iniziare?</translation>
        </message>
        <message>
            <source>Start with an &amp;empty store</source>
            <translation>Inizia con un archivio &amp;vuoto</translation>
        </message>
        <message>
            <source>Create your companies and contacts yourself, or import them later.</source>
            <translation>Inserisci tu aziende e contatti, oppure importali più tardi.</translation>
        </message>
        <message>
            <source>Explore with &amp;demo data</source>
            <translation>Esplora con dati &amp;dimostrativi</translation>
        </message>
        <message>
            <source>A realistic partnership of four clusters, to try everything safely.</source>
            <translation>Un partenariato realistico di quattro cluster, per provare tutto senza rischi.</translation>
        </message>
        <message>
            <source>&amp;Import a workbook</source>
            <translation>&amp;Importa una cartella di lavoro</translation>
        </message>
        <message>
            <source>Read the exchange workbook (.xlsx) your partnership already keeps.</source>
            <translation>Leggi la cartella di scambio (.xlsx) che il tuo partenariato già tiene.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Inizia</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import</source>
            <translation>Importazione</translation>
        </message>
        <message>
            <source>The whole file is written at once: if anything stops it, nothing is written.</source>
            <translation>L'intero file viene scritto in una volta: se qualcosa lo interrompe, non viene scritto nulla.</translation>
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation>&amp;Annulla l'importazione</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Riprova</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Foglio</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creati</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aggiornati</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Invariati</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Saltati</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importazione di {name}…</translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation>Importazione di {name}</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annullamento…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Annullato: non è stato scritto nulla.</translation>
        </message>
        <message>
            <source>The import was refused and nothing was written: go Back to change the decisions, or correct the file.</source>
            <translation>L'importazione è stata rifiutata e non è stato scritto nulla: torna Indietro per cambiare le decisioni, o correggi il file.</translation>
        </message>
        <message>
            <source>The import failed and nothing was written.</source>
            <translation>L'importazione non è riuscita e non è stato scritto nulla.</translation>
        </message>
        <message>
            <source>Importing the file</source>
            <translation>Importazione del file</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totale</translation>
        </message>
        <message>
            <source>Imported: {created} created, {updated} updated.</source>
            <translation>Importato: {created} creati, {updated} aggiornati.</translation>
        </message>
        <message>
            <source>Nothing to change: the store already holds everything in this file.</source>
            <translation>Nulla da cambiare: l'archivio contiene già tutto il file.</translation>
        </message>
        <message>
            <source>New officers: {names}.</source>
            <translation>Nuovi referenti: {names}.</translation>
        </message>
        <message>
            <source>Skipped rows: {rows}.</source>
            <translation>Righe saltate: {rows}.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Organizations</source>
            <translation>Organizzazioni</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatti</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Azioni</translation>
        </message>
        <message>
            <source>Participations</source>
            <translation>Partecipazioni</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Incontri</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Accordi</translation>
        </message>
        <message>
            <source>Reporting periods</source>
            <translation>Periodi di rendicontazione</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>Obiettivi KPI</translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, riga {row}</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Importa una cartella</translation>
        </message>
    </context>
    <context>
        <name>ItineraryDialog</name>
        <message>
            <source>Edit itinerary item</source>
            <translation>Modifica la tappa del programma</translation>
        </message>
        <message>
            <source>New itinerary item</source>
            <translation>Nuova tappa del programma</translation>
        </message>
        <message>
            <source>local time, {zone}</source>
            <translation>ora locale, {zone}</translation>
        </message>
        <message>
            <source>local time</source>
            <translation>ora locale</translation>
        </message>
        <message>
            <source>Itinerary item</source>
            <translation>Tappa del programma</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titolo</translation>
        </message>
        <message>
            <source>e.g. LYS-PVG, Hotel Okura</source>
            <translation>ad es. LYS-PVG, Hotel Okura</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Inizio</translation>
        </message>
        <message>
            <source>2019-05-14 10:00 ({where})</source>
            <translation>2019-05-14 10:00 ({where})</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fine</translation>
        </message>
        <message>
            <source>11:30, or a date and time</source>
            <translation>11:30, oppure data e ora</translation>
        </message>
        <message>
            <source>A time alone is taken on the start's day</source>
            <translation>Un'ora da sola si intende nel giorno di inizio</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Luogo</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>New itinerary item {title}</source>
            <translation>Nuova tappa del programma {title}</translation>
        </message>
        <message>
            <source>Saving the itinerary item</source>
            <translation>Salvataggio della tappa del programma</translation>
        </message>
    </context>
    <context>
        <name>KpiTile</name>
        <message>
            <source>No target</source>
            <translation>Nessun obiettivo</translation>
        </message>
        <message>
            <source>of {target} target · {percent}</source>
            <translation>su un obiettivo di {target} · {percent}</translation>
        </message>
        <message>
            <source>Cumulative {count} of {target} ({percent} %)</source>
            <translation>Cumulato {count} su {target} ({percent}%)</translation>
        </message>
        <message>
            <source>Cumulative {count}</source>
            <translation>Cumulato {count}</translation>
        </message>
        <message>
            <source>{indicator}: {value}</source>
            <translation>{indicator}: {value}</translation>
        </message>
        <message>
            <source>{indicator}: {value} against a target of {target}</source>
            <translation>{indicator}: {value} su un obiettivo di {target}</translation>
        </message>
        <message>
            <source>Click to see the records behind the number</source>
            <translation>Clicca per vedere le schede dietro questo numero</translation>
        </message>
    </context>
    <context>
        <name>LettersOfIntentDialog</name>
        <message>
            <source>Letter of intent — {organization}</source>
            <translation>Lettera d'intenti — {organization}</translation>
        </message>
        <message>
            <source>Letters of intent</source>
            <translation>Lettere d'intenti</translation>
        </message>
        <message>
            <source>Find SMEs by name, city or sector</source>
            <translation>Trova PMI per nome, città o settore</translation>
        </message>
        <message>
            <source>Search SMEs</source>
            <translation>Cerca PMI</translation>
        </message>
        <message>
            <source>Members of any cluster</source>
            <translation>Socie di qualsiasi cluster</translation>
        </message>
        <message>
            <source>Members of cluster</source>
            <translation>Socie del cluster</translation>
        </message>
        <message>
            <source>Show only the SMEs that are members of this cluster</source>
            <translation>Mostra solo le PMI socie di questo cluster</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>PMI</translation>
        </message>
        <message>
            <source>Tick all shown</source>
            <translation>Spunta tutte quelle mostrate</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Togli tutte le spunte</translation>
        </message>
        <message>
            <source>Title template</source>
            <translation>Modello del titolo</translation>
        </message>
        <message>
            <source>{organization} and {country} are replaced for each SME</source>
            <translation>{organization} e {country} vengono sostituiti per ogni PMI</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Firmate il</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Cluster partner</translation>
        </message>
        <message>
            <source>Optional: the event where they were signed</source>
            <translation>Facoltativo: l'evento in cui sono state firmate</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titolo</translation>
        </message>
        <message>
            <source>&amp;Signed on</source>
            <translation>&amp;Firmate il</translation>
        </message>
        <message>
            <source>&amp;Partner cluster</source>
            <translation>&amp;Cluster partner</translation>
        </message>
        <message>
            <source>&amp;At</source>
            <translation>&amp;In occasione di</translation>
        </message>
        <message>
            <source>Tick the SMEs that signed: one signed letter of intent is created for each.</source>
            <translation>Spunta le PMI firmatarie: per ciascuna viene creata una lettera d'intenti firmata.</translation>
        </message>
        <message>
            <source>No SMEs match: try fewer words or another cluster</source>
            <translation>Nessuna PMI corrisponde: prova con meno parole o un altro cluster</translation>
        </message>
        <message numerus="yes">
            <source>%Ln SMEs ticked</source>
            <translation>
                <numerusform>%Ln PMI spuntata</numerusform>
                <numerusform>%Ln PMI spuntate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln letters</source>
            <translation>
                <numerusform>Crea %Ln lettera</numerusform>
                <numerusform>Crea %Ln lettere</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the day the letters were signed</source>
            <translation>Indica il giorno in cui le lettere sono state firmate</translation>
        </message>
        <message>
            <source>Choose the partner cluster the letters count for</source>
            <translation>Scegli il cluster partner a cui vengono attribuite le lettere</translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln letters of intent</source>
            <translation>
                <numerusform>Crea %Ln lettera d'intenti</numerusform>
                <numerusform>Crea %Ln lettere d'intenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created %Ln letters of intent</source>
            <translation>
                <numerusform>Creata %Ln lettera d'intenti</numerusform>
                <numerusform>Create %Ln lettere d'intenti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListScreen</name>
        <message>
            <source>New record</source>
            <translation>Nuovo record</translation>
        </message>
        <message>
            <source>Create a record (Ctrl+N)</source>
            <translation>Crea un record (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Cerca</translation>
        </message>
        <message>
            <source>Search records</source>
            <translation>Cerca record</translation>
        </message>
        <message>
            <source>Number of records shown</source>
            <translation>Numero di record mostrati</translation>
        </message>
        <message>
            <source>Records list</source>
            <translation>Elenco dei record</translation>
        </message>
        <message>
            <source>No records yet</source>
            <translation>Ancora nessun record</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N).</source>
            <translation>Creane uno (Ctrl+N).</translation>
        </message>
        <message>
            <source>No records match</source>
            <translation>Nessun record corrisponde</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 record</translation>
        </message>
        <message>
            <source>0 of 1 record</source>
            <translation>0 di 1 record</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln record</numerusform>
                <numerusform>%Ln record</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln records</source>
            <translation>
                <numerusform>{shown} di %Ln record</numerusform>
                <numerusform>{shown} di %Ln record</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>Elimina {name}</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>{name} eliminato</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln records</source>
            <translation>
                <numerusform>Elimina %Ln record</numerusform>
                <numerusform>Elimina %Ln record</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln records</source>
            <translation>
                <numerusform>%Ln record eliminato</numerusform>
                <numerusform>%Ln record eliminati</numerusform>
            </translation>
        </message>
        <message>
            <source>Every word you type narrows the list; the search runs as you type.</source>
            <translation>Ogni parola digitata restringe l'elenco; la ricerca avviene mentre scrivi.</translation>
        </message>
        <message>
            <source>Deleting {name}</source>
            <translation>Eliminazione di {name}</translation>
        </message>
        <message>
            <source>The list cannot be sorted by “{column}”</source>
            <translation>L'elenco non può essere ordinato per «{column}»</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>Nothing matches “{text}” with these filters. Try fewer words or filters.</source>
            <translation>Nessun risultato per «{text}» con questi filtri. Prova con meno parole o filtri.</translation>
        </message>
        <message>
            <source>Nothing matches these filters. Try fewer filters.</source>
            <translation>Nessun risultato con questi filtri. Prova con meno filtri.</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Azzera ricerca e filtri</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Background work</source>
            <translation>Attività in background</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Schermate</translation>
        </message>
        <message>
            <source>Switch screens with Ctrl+1 to Ctrl+8</source>
            <translation>Cambia schermata con Ctrl+1 … Ctrl+8</translation>
        </message>
        <message>
            <source>Current screen</source>
            <translation>Schermata attuale</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>&amp;Importa cartella di lavoro…</translation>
        </message>
        <message>
            <source>Read companies, contacts and actions from an exchange workbook</source>
            <translation>Leggi aziende, contatti e azioni da una cartella di scambio</translation>
        </message>
        <message>
            <source>&amp;Export workbook…</source>
            <translation>&amp;Esporta cartella di lavoro…</translation>
        </message>
        <message>
            <source>Write every record to an exchange workbook (.xlsx)</source>
            <translation>Scrivi tutti i record in una cartella di scambio (.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Esegui &amp;backup ora</translation>
        </message>
        <message>
            <source>Keep a copy of the store and its attachments beside it</source>
            <translation>Conserva una copia dell'archivio e dei suoi allegati accanto a esso</translation>
        </message>
        <message>
            <source>Bac&amp;kups…</source>
            <translation>Bac&amp;kup…</translation>
        </message>
        <message>
            <source>The store's backups: back up now, restore, show the folder</source>
            <translation>I backup dell'archivio: esegui ora, ripristina, mostra la cartella</translation>
        </message>
        <message>
            <source>&amp;Retention review…</source>
            <translation>Revisione della &amp;conservazione…</translation>
        </message>
        <message>
            <source>Contacts with no activity for years, to review (GDPR)</source>
            <translation>Contatti inattivi da anni, da rivedere (GDPR)</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>Trova &amp;duplicati…</translation>
        </message>
        <message>
            <source>Companies and contacts entered twice, to merge</source>
            <translation>Aziende e contatti inseriti due volte, da unire</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Impo&amp;stazioni…</translation>
        </message>
        <message>
            <source>Language, officer, data folder, backups, encryption</source>
            <translation>Lingua, referente, cartella dati, backup, cifratura</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Esci</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annulla</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ripeti</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nuovo</translation>
        </message>
        <message>
            <source>Create a record on this screen</source>
            <translation>Crea un record in questa schermata</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salva</translation>
        </message>
        <message>
            <source>Save the record being edited</source>
            <translation>Salva il record in modifica</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Elimina</translation>
        </message>
        <message>
            <source>Delete the selected records (undo with Ctrl+Z)</source>
            <translation>Elimina i record selezionati (annulla con Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Trova</translation>
        </message>
        <message>
            <source>Search the list of this screen</source>
            <translation>Cerca nell'elenco di questa schermata</translation>
        </message>
        <message>
            <source>&amp;Go to anything…</source>
            <translation>&amp;Vai a…</translation>
        </message>
        <message>
            <source>Find any record or command by name</source>
            <translation>Trova qualsiasi record o comando per nome</translation>
        </message>
        <message>
            <source>Show the screen {screen}</source>
            <translation>Mostra la schermata {screen}</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Scorciatoie da &amp;tastiera</translation>
        </message>
        <message>
            <source>Every shortcut of the window</source>
            <translation>Tutte le scorciatoie della finestra</translation>
        </message>
        <message>
            <source>&amp;About MAGIA Desk</source>
            <translation>&amp;Informazioni su MAGIA Desk</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barra dei menu</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifica</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visualizza</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>S&amp;trumenti</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aiuto</translation>
        </message>
        <message>
            <source>Export workbook</source>
            <translation>Esporta cartella di lavoro</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Cartella di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Esportato in {path}</translation>
        </message>
        <message>
            <source>Exporting the workbook</source>
            <translation>Esportazione della cartella di lavoro</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Backup salvato in {path}</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Backup dell'archivio</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>The record you are editing could not be saved (its fields say why). Close and lose the changes?</source>
            <translation>Il record in modifica non è stato salvato (i suoi campi dicono perché). Chiudere e perdere le modifiche?</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Abbina le colonne</translation>
        </message>
        <message>
            <source>Say which field each column of the file fills. Fields marked * are required.</source>
            <translation>Indica quale campo riempie ogni colonna del file. I campi con * sono obbligatori.</translation>
        </message>
        <message>
            <source>Choose at least one sheet to import.</source>
            <translation>Scegli almeno un foglio da importare.</translation>
        </message>
        <message>
            <source>Several sheets are imported as {sheet}; keep one.</source>
            <translation>Più fogli sono importati come {sheet}; tienine uno.</translation>
        </message>
        <message>
            <source>Before going on:</source>
            <translation>Prima di continuare:</translation>
        </message>
    </context>
    <context>
        <name>MarketInterestsEditor</name>
        <message>
            <source>Add a target market</source>
            <translation>Aggiungi un mercato di interesse</translation>
        </message>
        <message>
            <source>Record a country this organization is interested in</source>
            <translation>Registra un paese a cui questa organizzazione è interessata</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Edit meeting</source>
            <translation>Modifica l'incontro</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nuovo incontro</translation>
        </message>
        <message>
            <source>Type to find the organization met</source>
            <translation>Digita per trovare l'organizzazione incontrata</translation>
        </message>
        <message>
            <source>2019-05-14 10:00 (local time)</source>
            <translation>2019-05-14 10:00 (ora locale)</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Contatti incontrati</translation>
        </message>
        <message>
            <source>Delegation members present</source>
            <translation>Membri della delegazione presenti</translation>
        </message>
        <message>
            <source>A follow-up task, e.g. Send samples</source>
            <translation>Un'attività di follow-up, ad es. Inviare campioni</translation>
        </message>
        <message>
            <source>New follow-up task</source>
            <translation>Nuova attività di follow-up</translation>
        </message>
        <message>
            <source>Follow-up due date</source>
            <translation>Scadenza del follow-up</translation>
        </message>
        <message>
            <source>{name} (officer)</source>
            <translation>{name} (referente)</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Organizzazione</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Inizio</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fine</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Luogo</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Argomento</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>&amp;Esito</translation>
        </message>
        <message>
            <source>Contacts &amp;met</source>
            <translation>&amp;Contatti incontrati</translation>
        </message>
        <message>
            <source>&amp;Delegation present</source>
            <translation>&amp;Delegazione presente</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>&amp;New follow-up</source>
            <translation>&amp;Nuovo follow-up</translation>
        </message>
        <message>
            <source>Saving the meeting</source>
            <translation>Salvataggio dell'incontro</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPlanner</name>
        <message>
            <source>Time</source>
            <translation>Ora</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Contatti incontrati</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegazione</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Luogo</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Argomento</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Azioni successive</translation>
        </message>
        <message>
            <source>Not scheduled ({count})</source>
            <translation>Non programmati ({count})</translation>
        </message>
        <message>
            <source>Days of the mission</source>
            <translation>Giorni della missione</translation>
        </message>
        <message>
            <source>Clashes</source>
            <translation>Sovrapposizioni</translation>
        </message>
        <message>
            <source>Meetings of the day</source>
            <translation>Incontri del giorno</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nuovo incontro</translation>
        </message>
        <message>
            <source>Plan a meeting on the day shown</source>
            <translation>Pianifica un incontro nel giorno mostrato</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Edit the selected meeting (or double-click it)</source>
            <translation>Modifica l'incontro selezionato (o fai doppio clic)</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Modifica incontro</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Delete the selected meeting (undo with Ctrl+Z)</source>
            <translation>Elimina l'incontro selezionato (annulla con Ctrl+Z)</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Elimina incontro</translation>
        </message>
        <message>
            <source>No meetings planned for this mission yet: press New meeting.</source>
            <translation>Ancora nessun incontro pianificato per questa missione: premi Nuovo incontro.</translation>
        </message>
        <message>
            <source>Clashes on this day</source>
            <translation>Sovrapposizioni in questo giorno</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>scadenza il {date}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two organizations</source>
            <translation>Unisci due organizzazioni</translation>
        </message>
        <message>
            <source>Merge two contacts</source>
            <translation>Unisci due contatti</translation>
        </message>
        <message>
            <source>Show the fields that are the same</source>
            <translation>Mostra i campi uguali</translation>
        </message>
        <message>
            <source>&amp;Keep the other one</source>
            <translation>&amp;Tieni l'altro</translation>
        </message>
        <message>
            <source>Keep the record on the right and merge the left one into it</source>
            <translation>Tieni il record a destra e unisci quello a sinistra</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Unisci</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Kept: {name}</source>
            <translation>Tenuto: {name}</translation>
        </message>
        <message>
            <source>Merged into it: {name}</source>
            <translation>Unito in esso: {name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{other}&lt;/b&gt; will be merged into &lt;b&gt;{keep}&lt;/b&gt;: choose the value to keep for each field that differs ({count}).</source>
            <translation>&lt;b&gt;{other}&lt;/b&gt; sarà unito in &lt;b&gt;{keep}&lt;/b&gt;: scegli il valore da tenere per ogni campo diverso ({count}).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contatto</numerusform>
                <numerusform>%Ln contatti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln participation(s)</source>
            <translation>
                <numerusform>%Ln partecipazione</numerusform>
                <numerusform>%Ln partecipazioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln membership(s)</source>
            <translation>
                <numerusform>%Ln adesione</numerusform>
                <numerusform>%Ln adesioni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s)</source>
            <translation>
                <numerusform>%Ln accordo</numerusform>
                <numerusform>%Ln accordi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) as partner cluster</source>
            <translation>
                <numerusform>%Ln accordo come cluster partner</numerusform>
                <numerusform>%Ln accordi come cluster partner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln nota</numerusform>
                <numerusform>%Ln note</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln document(s)</source>
            <translation>
                <numerusform>%Ln documento</numerusform>
                <numerusform>%Ln documenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln attività</numerusform>
                <numerusform>%Ln attività</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>%Ln incontro</numerusform>
                <numerusform>%Ln incontri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting attendance(s)</source>
            <translation>
                <numerusform>%Ln partecipazione a un incontro</numerusform>
                <numerusform>%Ln partecipazioni a incontri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s) organised</source>
            <translation>
                <numerusform>%Ln azione organizzata</numerusform>
                <numerusform>%Ln azioni organizzate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln market interest(s)</source>
            <translation>
                <numerusform>%Ln interesse di mercato</numerusform>
                <numerusform>%Ln interessi di mercato</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln shareholding(s)</source>
            <translation>
                <numerusform>%Ln partecipazione societaria</numerusform>
                <numerusform>%Ln partecipazioni societarie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln officer(s)</source>
            <translation>
                <numerusform>%Ln referente</numerusform>
                <numerusform>%Ln referenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln KPI target(s)</source>
            <translation>
                <numerusform>%Ln obiettivo KPI</numerusform>
                <numerusform>%Ln obiettivi KPI</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln remembered import ref(s)</source>
            <translation>
                <numerusform>%Ln rif. di importazione memorizzato</numerusform>
                <numerusform>%Ln rif. di importazione memorizzati</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing is linked to it</source>
            <translation>nulla è collegato</translation>
        </message>
        <message>
            <source>&lt;b&gt;Moves to the kept record:&lt;/b&gt; {moving}.&lt;br&gt;The other record is kept as a trace pointing to it; Undo in the status bar puts everything back.</source>
            <translation>&lt;b&gt;Passa al record tenuto:&lt;/b&gt; {moving}.&lt;br&gt;L'altro record resta come traccia che vi rimanda; Annulla nella barra di stato rimette tutto com'era.</translation>
        </message>
        <message>
            <source>Merged {other} into {keep}</source>
            <translation>{other} unito in {keep}</translation>
        </message>
        <message>
            <source>Merging the records</source>
            <translation>Unione dei record</translation>
        </message>
        <message>
            <source>Merging {name}</source>
            <translation>Unione di {name}</translation>
        </message>
        <message>
            <source>Merge undone; %Ln value(s) changed since were left as they are</source>
            <translation>Unione annullata; %Ln valore cambiato nel frattempo è rimasto com'è</translation>
        </message>
        <message>
            <source>Merge into {name} undone</source>
            <translation>Unione in {name} annullata</translation>
        </message>
        <message>
            <source>Undoing the merge</source>
            <translation>Annullamento dell'unione</translation>
        </message>
    </context>
    <context>
        <name>MessageArea</name>
        <message>
            <source>Last message</source>
            <translation>Ultimo messaggio</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Annulla l'ultima modifica</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Annulla (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>MissionDialog</name>
        <message>
            <source>Edit mission – {title}</source>
            <translation>Modifica la missione – {title}</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destinazione</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Paese</translation>
        </message>
        <message>
            <source>The country the delegation travels to</source>
            <translation>Il paese in cui si reca la delegazione</translation>
        </message>
        <message>
            <source>C&amp;ities</source>
            <translation>C&amp;ittà</translation>
        </message>
        <message>
            <source>Type a city and press Enter</source>
            <translation>Digita una città e premi Invio</translation>
        </message>
        <message>
            <source>The cities visited, in the order of the trip</source>
            <translation>Le città visitate, nell'ordine del viaggio</translation>
        </message>
        <message>
            <source>e.g. Asia/Shanghai</source>
            <translation>ad es. Asia/Shanghai</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Fuso orario</translation>
        </message>
        <message>
            <source>IANA time zone: meeting and itinerary times are local times of this zone</source>
            <translation>Fuso orario IANA: gli orari di incontri e programma sono ore locali di questo fuso</translation>
        </message>
        <message>
            <source>Saving the mission</source>
            <translation>Salvataggio della missione</translation>
        </message>
        <message>
            <source>Edit destination of {title}</source>
            <translation>Modifica la destinazione di {title}</translation>
        </message>
    </context>
    <context>
        <name>MissionsScreen</name>
        <message>
            <source>Mission</source>
            <translation>Missione</translation>
        </message>
        <message>
            <source>Search missions by title or destination</source>
            <translation>Cerca missioni per titolo o destinazione</translation>
        </message>
        <message>
            <source>Search missions</source>
            <translation>Cerca missioni</translation>
        </message>
        <message>
            <source>Number of missions shown</source>
            <translation>Numero di missioni mostrate</translation>
        </message>
        <message>
            <source>Missions list</source>
            <translation>Elenco delle missioni</translation>
        </message>
        <message>
            <source>No missions yet: create an action of type fact-finding mission or trade show on the Actions screen.</source>
            <translation>Ancora nessuna missione: crea un'azione di tipo missione esplorativa o fiera nella schermata Azioni.</translation>
        </message>
        <message>
            <source>Destination, cities and time zone</source>
            <translation>Destinazione, città e fuso orario</translation>
        </message>
        <message>
            <source>Capture leads…</source>
            <translation>Raccogli contatti…</translation>
        </message>
        <message>
            <source>Trade-show capture mode (Ctrl+Shift+L)</source>
            <translation>Modalità raccolta in fiera (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>Esporta .ics…</translation>
        </message>
        <message>
            <source>The itinerary and meetings as a calendar file for phones and Outlook</source>
            <translation>L'itinerario e gli incontri come file di calendario per telefoni e Outlook</translation>
        </message>
        <message>
            <source>Print briefing…</source>
            <translation>Stampa il briefing…</translation>
        </message>
        <message>
            <source>The mission briefing PDF: agenda per day, profile of every organization met</source>
            <translation>Il briefing della missione in PDF: agenda per giorno, profilo di ogni organizzazione incontrata</translation>
        </message>
        <message>
            <source>Edit mission…</source>
            <translation>Modifica missione…</translation>
        </message>
        <message>
            <source>Destination country, cities and time zone</source>
            <translation>Paese di destinazione, città e fuso orario</translation>
        </message>
        <message>
            <source>Open action</source>
            <translation>Apri l'azione</translation>
        </message>
        <message>
            <source>Edit the mission's fields and participants on the Actions screen</source>
            <translation>Modifica i campi e i partecipanti della missione nella schermata Azioni</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegazione</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Cosa</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dove</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Itinerario</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Aggiungi…</translation>
        </message>
        <message>
            <source>A flight, hotel, visit... of the trip</source>
            <translation>Un volo, un hotel, una visita... del viaggio</translation>
        </message>
        <message>
            <source>Add itinerary item</source>
            <translation>Aggiungi una tappa all'itinerario</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifica…</translation>
        </message>
        <message>
            <source>Edit the selected item (or double-click it)</source>
            <translation>Modifica la tappa selezionata (o fai doppio clic)</translation>
        </message>
        <message>
            <source>Edit itinerary item</source>
            <translation>Modifica la tappa dell'itinerario</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Delete the selected item (Ctrl+Z restores it)</source>
            <translation>Elimina la tappa selezionata (Ctrl+Z la ripristina)</translation>
        </message>
        <message>
            <source>Delete itinerary item</source>
            <translation>Elimina la tappa dell'itinerario</translation>
        </message>
        <message>
            <source>Meetings planner</source>
            <translation>Agenda degli incontri</translation>
        </message>
        <message>
            <source>Select a mission to see its delegation, itinerary and meetings.</source>
            <translation>Seleziona una missione per vederne delegazione, itinerario e incontri.</translation>
        </message>
        <message>
            <source>Reading the missions</source>
            <translation>Lettura delle missioni</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} di {total}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln missions</source>
            <translation>
                <numerusform>%Ln missione</numerusform>
                <numerusform>%Ln missioni</numerusform>
            </translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non impostato</translation>
        </message>
        <message>
            <source>Destination: &lt;b&gt;{country}&lt;/b&gt;</source>
            <translation>Destinazione: &lt;b&gt;{country}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Cities: &lt;b&gt;{cities}&lt;/b&gt;</source>
            <translation>Città: &lt;b&gt;{cities}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Time zone: &lt;b&gt;{zone}&lt;/b&gt; (meeting times are local)</source>
            <translation>Fuso orario: &lt;b&gt;{zone}&lt;/b&gt; (orari degli incontri in ora locale)</translation>
        </message>
        <message>
            <source>Organiser: {name}</source>
            <translation>Organizzatore: {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delegation: %Ln members</source>
            <translation>
                <numerusform>Delegazione: %Ln membro</numerusform>
                <numerusform>Delegazione: %Ln membri</numerusform>
            </translation>
        </message>
        <message>
            <source>officers: {names}</source>
            <translation>referenti: {names}</translation>
        </message>
        <message>
            <source>Meetings planner ({count})</source>
            <translation>Agenda degli incontri ({count})</translation>
        </message>
        <message>
            <source>Delegation ({count})</source>
            <translation>Delegazione ({count})</translation>
        </message>
        <message>
            <source>Itinerary ({count})</source>
            <translation>Itinerario ({count})</translation>
        </message>
        <message>
            <source>Select a trade show to capture its leads</source>
            <translation>Seleziona una fiera per raccoglierne i contatti</translation>
        </message>
        <message>
            <source>Deleting the meeting</source>
            <translation>Eliminazione dell'incontro</translation>
        </message>
        <message>
            <source>Delete meeting {name}</source>
            <translation>Elimina l'incontro {name}</translation>
        </message>
        <message>
            <source>Deleted meeting {name}</source>
            <translation>Incontro {name} eliminato</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Elimina l'incontro</translation>
        </message>
        <message>
            <source>Deleted meeting</source>
            <translation>Incontro eliminato</translation>
        </message>
        <message>
            <source>Deleting the itinerary item</source>
            <translation>Eliminazione della tappa dell'itinerario</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>Elimina {name}</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>{name} eliminato</translation>
        </message>
        <message>
            <source>Export the itinerary as a calendar</source>
            <translation>Esporta l'itinerario come calendario</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Calendario (*.ics)</translation>
        </message>
        <message>
            <source>Exporting the calendar</source>
            <translation>Esportazione del calendario</translation>
        </message>
        <message>
            <source>Print the mission briefing</source>
            <translation>Stampa il briefing della missione</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the mission briefing</source>
            <translation>Scrittura del briefing della missione</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Salvato</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} salvato</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Apri</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Organization</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Participants and audience</source>
            <translation>Partecipanti e pubblico</translation>
        </message>
        <message>
            <source>Add participants…</source>
            <translation>Aggiungi partecipanti…</translation>
        </message>
        <message>
            <source>Pick many organizations and contacts, or paste a list of emails or names</source>
            <translation>Scegli più organizzazioni e contatti, oppure incolla un elenco di e-mail o nomi</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Remove the selected participants (undo with Ctrl+Z)</source>
            <translation>Rimuovi i partecipanti selezionati (annulla con Ctrl+Z)</translation>
        </message>
        <message>
            <source>Capture leads…</source>
            <translation>Raccogli lead…</translation>
        </message>
        <message>
            <source>Trade-show capture mode: one lead after the other (Ctrl+Shift+L)</source>
            <translation>Modalità raccolta in fiera: un lead dopo l'altro (Ctrl+Maiusc+L)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Partecipanti</translation>
        </message>
        <message>
            <source>Nobody yet: add the organizations and people who took part.</source>
            <translation>Ancora nessuno: aggiungi le organizzazioni e le persone che hanno partecipato.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participants</source>
            <translation>
                <numerusform>%Ln partecipante</numerusform>
                <numerusform>%Ln partecipanti</numerusform>
            </translation>
        </message>
        <message>
            <source>declared audience {count}</source>
            <translation>pubblico dichiarato {count}</translation>
        </message>
        <message>
            <source>audience reached &lt;b&gt;{count}&lt;/b&gt;</source>
            <translation>pubblico raggiunto &lt;b&gt;{count}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Save the action first, then add who took part.</source>
            <translation>Salva prima l'azione, poi aggiungi chi ha partecipato.</translation>
        </message>
        <message>
            <source>Removing participants</source>
            <translation>Rimozione dei partecipanti</translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln participants</source>
            <translation>
                <numerusform>Rimuovi %Ln partecipante</numerusform>
                <numerusform>Rimuovi %Ln partecipanti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln participants</source>
            <translation>
                <numerusform>Rimosso %Ln partecipante</numerusform>
                <numerusform>Rimossi %Ln partecipanti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartiesField</name>
        <message>
            <source>Parties</source>
            <translation>Parti</translation>
        </message>
        <message>
            <source>Double-click to open the organization; Delete removes it from the parties</source>
            <translation>Doppio clic per aprire l'organizzazione; Canc la toglie dalle parti</translation>
        </message>
        <message>
            <source>Type to add a party (any organization, any country)</source>
            <translation>Digita per aggiungere una parte (qualsiasi organizzazione, qualsiasi paese)</translation>
        </message>
        <message>
            <source>Add a party</source>
            <translation>Aggiungi una parte</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Rimuovi</translation>
        </message>
        <message>
            <source>Remove the selected party</source>
            <translation>Rimuovi la parte selezionata</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted store</source>
            <translation>Archivio cifrato</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; è cifrato. Inserisci la passphrase per aprirlo.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>This passphrase does not open the store. Check Caps Lock and the keyboard layout, then try again.</source>
            <translation>Questa passphrase non apre l'archivio. Controlla il Bloc Maiusc e il layout della tastiera, poi riprova.</translation>
        </message>
        <message>
            <source>The store cannot be opened: {reason}</source>
            <translation>L'archivio non può essere aperto: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PeriodsDialog</name>
        <message>
            <source>Reporting periods and targets</source>
            <translation>Periodi di rendicontazione e obiettivi</translation>
        </message>
        <message>
            <source>Reporting periods</source>
            <translation>Periodi di rendicontazione</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fine</translation>
        </message>
        <message>
            <source>RP1</source>
            <translation>PR1</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Inizio</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Fine</translation>
        </message>
        <message>
            <source>New period</source>
            <translation>Nuovo periodo</translation>
        </message>
        <message>
            <source>Save period</source>
            <translation>Salva il periodo</translation>
        </message>
        <message>
            <source>Delete period</source>
            <translation>Elimina il periodo</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>Obiettivi degli indicatori</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicatore</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Cluster partner</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>ad es. 250</translation>
        </message>
        <message>
            <source>&amp;Indicator</source>
            <translation>In&amp;dicatore</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Periodo</translation>
        </message>
        <message>
            <source>Partner &amp;cluster</source>
            <translation>&amp;Cluster partner</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>Obie&amp;ttivo</translation>
        </message>
        <message>
            <source>New target</source>
            <translation>Nuovo obiettivo</translation>
        </message>
        <message>
            <source>Save target</source>
            <translation>Salva l'obiettivo</translation>
        </message>
        <message>
            <source>Delete target</source>
            <translation>Elimina l'obiettivo</translation>
        </message>
        <message>
            <source>Whole project</source>
            <translation>Intero progetto</translation>
        </message>
        <message>
            <source>All partners</source>
            <translation>Tutti i partner</translation>
        </message>
        <message>
            <source>Reporting period {name} created</source>
            <translation>Periodo di rendicontazione {name} creato</translation>
        </message>
        <message>
            <source>Reporting period {name} saved</source>
            <translation>Periodo di rendicontazione {name} salvato</translation>
        </message>
        <message>
            <source>Saving the reporting period</source>
            <translation>Salvataggio del periodo di rendicontazione</translation>
        </message>
        <message>
            <source>Restoring the reporting period</source>
            <translation>Ripristino del periodo di rendicontazione</translation>
        </message>
        <message>
            <source>Reporting period {name} deleted (its targets apply again if you undo)</source>
            <translation>Periodo di rendicontazione {name} eliminato (se annulli, i suoi obiettivi tornano validi)</translation>
        </message>
        <message>
            <source>Saving the target</source>
            <translation>Salvataggio dell'obiettivo</translation>
        </message>
        <message>
            <source>Target for {indicator} saved</source>
            <translation>Obiettivo «{indicator}» salvato</translation>
        </message>
        <message>
            <source>Target for {indicator} deleted</source>
            <translation>Obiettivo «{indicator}» eliminato</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Controlla le righe</translation>
        </message>
        <message>
            <source>Cells with a problem are highlighted: point at one to read what is wrong.</source>
            <translation>Le celle con un problema sono evidenziate: passaci sopra per leggere cosa non va.</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>&amp;Ricontrolla</translation>
        </message>
        <message>
            <source>Read the file again, after correcting it in the spreadsheet</source>
            <translation>Rileggi il file dopo averlo corretto nel foglio di calcolo</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Foglio</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Riga</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonna</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Cosa non va</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Reading and checking {name}…</source>
            <translation>Lettura e controllo di {name}…</translation>
        </message>
        <message>
            <source>Checking the file to import</source>
            <translation>Controllo del file da importare</translation>
        </message>
        <message>
            <source>The file could not be checked: {error}</source>
            <translation>Non è stato possibile controllare il file: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Problems (%Ln)</source>
            <translation>
                <numerusform>Problemi (%Ln)</numerusform>
                <numerusform>Problemi (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warnings (%Ln)</source>
            <translation>
                <numerusform>Avvisi (%Ln)</numerusform>
                <numerusform>Avvisi (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s) must be fixed before importing. Correct them in the file, save it and press Check again, or go Back to match the columns differently.</source>
            <translation>
                <numerusform>%Ln problema va corretto prima di importare. Correggilo nel file, salvalo e premi Ricontrolla, oppure torna Indietro per abbinare diversamente le colonne.</numerusform>
                <numerusform>%Ln problemi vanno corretti prima di importare. Correggili nel file, salvalo e premi Ricontrolla, oppure torna Indietro per abbinare diversamente le colonne.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No problems: %Ln row(s) are ready to import.</source>
            <translation>
                <numerusform>Nessun problema: %Ln riga è pronta da importare.</numerusform>
                <numerusform>Nessun problema: %Ln righe sono pronte da importare.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them may already be in the store: decide about them next.</source>
            <translation>
                <numerusform>%Ln di esse potrebbe essere già presente: deciderai nel passo successivo.</numerusform>
                <numerusform>%Ln di esse potrebbero essere già presenti: deciderai nel passo successivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>{sheet} (first {shown} of {total} rows)</source>
            <translation>{sheet} (prime {shown} di {total} righe)</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… e %Ln altro</numerusform>
                <numerusform>… e altri %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>this person</source>
            <translation>questa persona</translation>
        </message>
        <message>
            <source>Erase {name}?</source>
            <translation>Cancellare {name}?</translation>
        </message>
        <message>
            <source>Erase {name} from the store? This cannot be undone.</source>
            <translation>Cancellare {name} dall'archivio? L'operazione non si può annullare.</translation>
        </message>
        <message>
            <source>Their name, email, phone, notes, documents and every past value in the history are removed for good.

What stays: their participations in actions and meetings, now anonymous (“Erased person”), so that the partnership's indicator counts do not change; and their organization link.

Backups made before today still hold their data until the rotation removes them.</source>
            <translation>Nome, e-mail, telefono, note, documenti e ogni valore passato nella cronologia vengono rimossi definitivamente.

Cosa resta: le sue partecipazioni ad azioni e incontri, ora anonime («Persona cancellata»), così che gli indicatori del partenariato non cambino; e il collegamento all'organizzazione.

I backup fatti prima di oggi contengono ancora i suoi dati finché la rotazione non li elimina.</translation>
        </message>
        <message>
            <source>Erase {name}</source>
            <translation>Cancella {name}</translation>
        </message>
        <message>
            <source>Subject access - {name}.txt</source>
            <translation>Accesso ai dati - {name}.txt</translation>
        </message>
        <message>
            <source>Export everything held about {name}</source>
            <translation>Esporta tutti i dati conservati su {name}</translation>
        </message>
        <message>
            <source>Text and JSON (*.txt)</source>
            <translation>Testo e JSON (*.txt)</translation>
        </message>
        <message>
            <source>Everything held about {name} is in:
{text_file}
{json_file}

Open the text file now?</source>
            <translation>Tutti i dati conservati su {name} sono in:
{text_file}
{json_file}

Aprire ora il file di testo?</translation>
        </message>
        <message>
            <source>Subject access export written</source>
            <translation>Esportazione per l'accesso ai dati scritta</translation>
        </message>
        <message>
            <source>Exporting the subject access data</source>
            <translation>Esportazione dei dati per l'accesso</translation>
        </message>
        <message>
            <source>Exporting the data held about {name}</source>
            <translation>Esportazione dei dati conservati su {name}</translation>
        </message>
        <message>
            <source>{name} was erased (history entries rewritten: {count}).</source>
            <translation>{name} è stato cancellato (voci della cronologia riscritte: {count}).</translation>
        </message>
        <message>
            <source>Erasing {name}</source>
            <translation>Cancellazione di {name}</translation>
        </message>
        <message>
            <source>Privacy — {name}</source>
            <translation>Privacy — {name}</translation>
        </message>
        <message>
            <source>Answer a data-subject request from &lt;b&gt;{name}&lt;/b&gt;: send them everything the store holds about them, or erase them.</source>
            <translation>Rispondi a una richiesta dell'interessato &lt;b&gt;{name}&lt;/b&gt;: inviagli tutti i dati che l'archivio conserva su di lui, oppure cancellalo.</translation>
        </message>
        <message>
            <source>Subject access &amp;export…</source>
            <translation>&amp;Esporta i dati…</translation>
        </message>
        <message>
            <source>Write the record, participations, notes, documents and history to a file</source>
            <translation>Scrivi in un file la scheda, le partecipazioni, le note, i documenti e la cronologia</translation>
        </message>
        <message>
            <source>&amp;Erase this person…</source>
            <translation>&amp;Cancella questa persona…</translation>
        </message>
        <message>
            <source>Remove every personal data of this person; participations stay, anonymous</source>
            <translation>Rimuovi tutti i dati personali di questa persona; le partecipazioni restano, anonime</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S or Enter)</source>
            <translation>Salva le modifiche (Ctrl+S o Invio)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Ripristina</translation>
        </message>
        <message>
            <source>Forget the changes not saved yet</source>
            <translation>Scarta le modifiche non ancora salvate</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Azioni</translation>
        </message>
        <message>
            <source>New record</source>
            <translation>Nuovo record</translation>
        </message>
        <message>
            <source>Select a record to see it here, or press Ctrl+N to create one.</source>
            <translation>Seleziona un record per vederlo qui, oppure premi Ctrl+N per crearne uno.</translation>
        </message>
        <message>
            <source>Save record</source>
            <translation>Salva il record</translation>
        </message>
        <message>
            <source>Revert record</source>
            <translation>Ripristina il record</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Elimina il record</translation>
        </message>
        <message>
            <source>Delete this record (Delete; undo with Ctrl+Z)</source>
            <translation>Elimina questo record (Canc; annulla con Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the record</source>
            <translation>Salvataggio del record</translation>
        </message>
        <message>
            <source>The record was not saved: {reason}</source>
            <translation>Il record non è stato salvato: {reason}</translation>
        </message>
        <message>
            <source>Fill in at least the name, then press Enter or Ctrl+S</source>
            <translation>Compila almeno il nome, poi premi Invio o Ctrl+S</translation>
        </message>
        <message>
            <source>Saved: {change}</source>
            <translation>Salvato: {change}</translation>
        </message>
        <message>
            <source>Unsaved changes: Enter or Ctrl+S saves, Revert forgets them</source>
            <translation>Modifiche non salvate: Invio o Ctrl+S salva, Ripristina le scarta</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Type and press Enter</source>
            <translation>Digita e premi Invio</translation>
        </message>
    </context>
    <context>
        <name>RecordLookup</name>
        <message>
            <source>Company</source>
            <translation>Azienda</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accordo</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Loading the list</source>
            <translation>Caricamento dell'elenco</translation>
        </message>
        <message>
            <source>Click to sort.</source>
            <translation>Clicca per ordinare.</translation>
        </message>
        <message>
            <source>This column cannot be sorted.</source>
            <translation>Questa colonna non si può ordinare.</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Cartella di lavoro Excel (.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>Documento PDF (.pdf)</translation>
        </message>
        <message>
            <source>The language the report is written in, whatever the language of the screens</source>
            <translation>La lingua in cui è scritto il report, indipendentemente da quella delle schermate</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Data di inizio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Data di fine</translation>
        </message>
        <message>
            <source>to</source>
            <translation>al</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Periodo</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>P&amp;artner cluster</source>
            <translation>&amp;Cluster partner</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Formato</translation>
        </message>
        <message>
            <source>Report &amp;language</source>
            <translation>&amp;Lingua del report</translation>
        </message>
        <message>
            <source>Choose a period</source>
            <translation>Scegli un periodo</translation>
        </message>
        <message>
            <source>Indicators in the report</source>
            <translation>Indicatori del report</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicatore</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Obiettivo</translation>
        </message>
        <message>
            <source>Achieved in period</source>
            <translation>Realizzato nel periodo</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Cumulato</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% dell'obiettivo</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Esporta…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Progress of the export</source>
            <translation>Avanzamento dell'esportazione</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>&amp;Apri il file</translation>
        </message>
        <message>
            <source>Periodic report</source>
            <translation>Report periodico</translation>
        </message>
        <message>
            <source>What the report will include</source>
            <translation>Cosa conterrà il report</translation>
        </message>
        <message>
            <source>{name} ({start} to {end})</source>
            <translation>{name} (dal {start} al {end})</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Anno {year}</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Intervallo personalizzato…</translation>
        </message>
        <message>
            <source>All partner clusters</source>
            <translation>Tutti i cluster partner</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La data di fine è precedente a quella di inizio.</translation>
        </message>
        <message>
            <source>Counting what the report will hold…</source>
            <translation>Conteggio del contenuto del report…</translation>
        </message>
        <message>
            <source>all partner clusters</source>
            <translation>tutti i cluster partner</translation>
        </message>
        <message>
            <source>{period}, {scope} — cover, KPI summary · {counts}</source>
            <translation>{period}, {scope} — copertina, sintesi degli indicatori · {counts}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Cartella di lavoro Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Esporta il report</translation>
        </message>
        <message>
            <source>Exporting the report</source>
            <translation>Esportazione del report</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Salvato {file}</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written</source>
            <translation>Annullato: non è stato scritto nulla</translation>
        </message>
        <message>
            <source>The report was not written</source>
            <translation>Il report non è stato scritto</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention review</source>
            <translation>Revisione della conservazione</translation>
        </message>
        <message>
            <source>Contacts with no activity &amp;for</source>
            <translation>Contatti senza attività &amp;da</translation>
        </message>
        <message>
            <source>Years without activity</source>
            <translation>Anni senza attività</translation>
        </message>
        <message>
            <source>Contacts to review</source>
            <translation>Contatti da rivedere</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organizzazione</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Ultima attività</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Apri</translation>
        </message>
        <message>
            <source>Show the contact to refresh their consent or delete them</source>
            <translation>Mostra il contatto per rinnovarne il consenso o eliminarlo</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Cancella…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln anno</numerusform>
                <numerusform>%Ln anni</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Ricerca…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts to review</source>
            <translation>
                <numerusform>%Ln contatto da rivedere</numerusform>
                <numerusform>%Ln contatti da rivedere</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody to review.</source>
            <translation>Nessuno da rivedere.</translation>
        </message>
    </context>
    <context>
        <name>ScreenSpec</name>
        <message>
            <source>Companies</source>
            <translation>Aziende</translation>
        </message>
        <message>
            <source>Companies, clusters and every other organization</source>
            <translation>Aziende, cluster e ogni altra organizzazione</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatti</translation>
        </message>
        <message>
            <source>People, their company and their GDPR consent</source>
            <translation>Le persone, la loro azienda e il loro consenso GDPR</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Azioni</translation>
        </message>
        <message>
            <source>Everything the partnership runs or attends, and who took part</source>
            <translation>Tutto ciò che il partenariato organizza o frequenta, e chi ha partecipato</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missioni</translation>
        </message>
        <message>
            <source>Missions and trade shows: delegation, itinerary, meetings planner, lead capture</source>
            <translation>Missioni e fiere: delegazione, itinerario, agenda incontri, raccolta contatti</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Accordi</translation>
        </message>
        <message>
            <source>The agreement pipeline as a board or a list; letters of intent in bulk</source>
            <translation>La pipeline degli accordi come bacheca o elenco; lettere d'intenti in blocco</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>My tasks: overdue, due this week, later</source>
            <translation>Le mie attività: scadute, in scadenza questa settimana, più avanti</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Cruscotto</translation>
        </message>
        <message>
            <source>Every indicator against its target, with the records behind each number</source>
            <translation>Ogni indicatore rispetto al suo obiettivo, con i record dietro ogni numero</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>The periodic report for the EU as Excel or PDF</source>
            <translation>La rendicontazione periodica per l'UE in Excel o PDF</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>Every change: who, when, what</source>
            <translation>Ogni modifica: chi, quando, cosa</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizzazione</translation>
        </message>
        <message>
            <source>Exchange changes with other laptops (bundle files) or the team hub; conflicts</source>
            <translation>Scambia le modifiche con altri portatili (file di scambio) o con l'hub del team; conflitti</translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>Redo {change}</source>
            <translation>Ripeti: {change}</translation>
        </message>
        <message>
            <source>Undo {change}</source>
            <translation>Annulla: {change}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System language ({language})</source>
            <translation>Lingua di sistema ({language})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lingua:</translation>
        </message>
        <message>
            <source>Applies the next time MAGIA Desk starts.</source>
            <translation>Si applica al prossimo avvio di MAGIA Desk.</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referente</translation>
        </message>
        <message>
            <source>Add officer…</source>
            <translation>Aggiungi referente…</translation>
        </message>
        <message>
            <source>&amp;Changes are made by:</source>
            <translation>&amp;Modifiche fatte da:</translation>
        </message>
        <message>
            <source>Every change you make is signed with this name in the history.</source>
            <translation>Ogni modifica che fai viene firmata con questo nome nella cronologia.</translation>
        </message>
        <message>
            <source>Nobody yet: add an officer</source>
            <translation>Nessuno per ora: aggiungi un referente</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Cartella dati</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Cambia…</translation>
        </message>
        <message>
            <source>Use standard</source>
            <translation>Predefinita</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Cartella:</translation>
        </message>
        <message>
            <source>Where MAGIA Desk keeps its store (magia.sqlite) and the backups. Applies the next time MAGIA Desk starts; the store is not moved: copy it there yourself to take your data along.</source>
            <translation>Dove MAGIA Desk conserva il suo archivio (magia.sqlite) e i backup. Si applica al prossimo avvio di MAGIA Desk; l'archivio non viene spostato: copialo tu per portare con te i dati.</translation>
        </message>
        <message>
            <source>This window uses {path}</source>
            <translation>Questa finestra usa {path}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Back up the store &amp;automatically once a day</source>
            <translation>Esegui il backup &amp;automatico una volta al giorno</translation>
        </message>
        <message>
            <source>Daily backups kept</source>
            <translation>Backup giornalieri conservati</translation>
        </message>
        <message>
            <source>Weekly backups kept</source>
            <translation>Backup settimanali conservati</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Backup…</translation>
        </message>
        <message>
            <source>&amp;Daily backups kept:</source>
            <translation>Backup &amp;giornalieri conservati:</translation>
        </message>
        <message>
            <source>&amp;Weekly backups kept:</source>
            <translation>Backup &amp;settimanali conservati:</translation>
        </message>
        <message>
            <source>A backup is made only on days the store changed. Backups made by hand are kept until you delete them.</source>
            <translation>Il backup viene fatto solo nei giorni in cui l'archivio è cambiato. I backup fatti a mano restano finché non li elimini.</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Cifratura</translation>
        </message>
        <message>
            <source>The store is encrypted with a passphrase.</source>
            <translation>L'archivio è cifrato con una passphrase.</translation>
        </message>
        <message>
            <source>The store is not encrypted.</source>
            <translation>L'archivio non è cifrato.</translation>
        </message>
        <message>
            <source>Encryption…</source>
            <translation>Cifratura…</translation>
        </message>
        <message>
            <source>Encrypt the store, change its passphrase or decrypt it</source>
            <translation>Cifra l'archivio, cambia la passphrase o decifralo</translation>
        </message>
        <message>
            <source>Switching the officer</source>
            <translation>Il cambio di referente</translation>
        </message>
    </context>
    <context>
        <name>SheetMappingEditor</name>
        <message>
            <source>Do not import this sheet</source>
            <translation>Non importare questo foglio</translation>
        </message>
        <message>
            <source>Import as:</source>
            <translation>Importa come:</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonna nel file</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Primi valori</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Corrispondenza</translation>
        </message>
        <message>
            <source>This sheet is left out.</source>
            <translation>Questo foglio viene escluso.</translation>
        </message>
        <message>
            <source>Columns as you matched them last time for these headers.</source>
            <translation>Colonne come le hai abbinate l'ultima volta per queste intestazioni.</translation>
        </message>
        <message>
            <source>The exchange workbook's own headers are matched automatically.</source>
            <translation>Le intestazioni della cartella di scambio vengono abbinate da sole.</translation>
        </message>
        <message>
            <source>Suggested from the headers: check each field.</source>
            <translation>Proposto in base alle intestazioni: controlla ogni campo.</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— non importata —</translation>
        </message>
        <message>
            <source>remembered</source>
            <translation>memorizzato</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>stesso nome</translation>
        </message>
        <message>
            <source>usual header</source>
            <translation>intestazione usuale</translation>
        </message>
        <message>
            <source>{score}% similar</source>
            <translation>simile al {score}%</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>tua scelta</translation>
        </message>
        <message>
            <source>{sheet}: no column is the required field {field}.</source>
            <translation>{sheet}: nessuna colonna corrisponde al campo obbligatorio {field}.</translation>
        </message>
        <message>
            <source>{sheet}: several columns are the field {field}; keep one.</source>
            <translation>{sheet}: più colonne corrispondono al campo {field}; tienine una.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <source>Save the field being edited</source>
            <translation>Salva il campo in modifica</translation>
        </message>
        <message>
            <source>Close a dialog, a pop-up or this list</source>
            <translation>Chiudi una finestra di dialogo, un popup o questo elenco</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Campo successivo / precedente</translation>
        </message>
        <message>
            <source>Next / previous record of a list</source>
            <translation>Record successivo / precedente di un elenco</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Altro</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Ovunque</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Scorciatoie da tastiera</translation>
        </message>
        <message>
            <source>Esc closes this list</source>
            <translation>Esc chiude questo elenco</translation>
        </message>
    </context>
    <context>
        <name>SizeBadge</name>
        <message>
            <source>SME size class</source>
            <translation>Classe dimensionale PMI</translation>
        </message>
        <message>
            <source>Fix the figures to see the size class</source>
            <translation>Correggi i dati per vedere la dimensione</translation>
        </message>
        <message>
            <source>Give the staff headcount to classify (EU SME definition)</source>
            <translation>Indica il numero di addetti per la classificazione (definizione UE di PMI)</translation>
        </message>
        <message>
            <source>provisional: staff only</source>
            <translation>provvisoria: solo addetti</translation>
        </message>
        <message>
            <source>EU SME definition</source>
            <translation>definizione UE di PMI</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>sconosciuta</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%Ln more: use the list to see them all</source>
            <translation>
                <numerusform>altro %Ln: usa l'elenco per vederli tutti</numerusform>
                <numerusform>altri %Ln: usa l'elenco per vederli tutti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{stage}: %Ln agreements</source>
            <translation>
                <numerusform>{stage}: %Ln accordo</numerusform>
                <numerusform>{stage}: %Ln accordi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoreStatus</name>
        <message>
            <source>Store file</source>
            <translation>File dell'archivio</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referente</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Ultimo backup</translation>
        </message>
        <message>
            <source>The store: {path}</source>
            <translation>L'archivio: {path}</translation>
        </message>
        <message>
            <source>Officer: {name}</source>
            <translation>Referente: {name}</translation>
        </message>
        <message>
            <source>No officer chosen</source>
            <translation>Nessun referente scelto</translation>
        </message>
        <message>
            <source>Every change records who made it</source>
            <translation>Ogni modifica registra chi l'ha fatta</translation>
        </message>
        <message>
            <source>Never backed up</source>
            <translation>Mai salvato in backup</translation>
        </message>
        <message>
            <source>File ▸ Back up now keeps a copy beside the store</source>
            <translation>File ▸ Backup ora conserva una copia accanto all'archivio</translation>
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation>Ultimo backup: {when}</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>I backup sono conservati in {folder}</translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message>
            <source>MAGIA Desk sync bundle (*.magiasync)</source>
            <translation>Pacchetto di sincronizzazione MAGIA Desk (*.magiasync)</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sito</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Referente</translation>
        </message>
        <message>
            <source>Met through</source>
            <translation>Incontrato tramite</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Ultimo scambio</translation>
        </message>
        <message>
            <source>Changes they lack</source>
            <translation>Modifiche mancanti</translation>
        </message>
        <message>
            <source>bundle files</source>
            <translation>file di sincronizzazione</translation>
        </message>
        <message>
            <source>team hub</source>
            <translation>server del team</translation>
        </message>
        <message>
            <source>the team hub</source>
            <translation>il server del team</translation>
        </message>
        <message>
            <source>Laptops and hubs this store has met</source>
            <translation>Portatili e server già sincronizzati con questo archivio</translation>
        </message>
        <message>
            <source>No other laptop met yet: import a bundle a colleague exported, or export all your changes for them and connect to the team hub below.</source>
            <translation>Ancora nessun altro portatile: importa un pacchetto esportato da un collega, oppure esporta tutte le tue modifiche per lui e collegati al server del team qui sotto.</translation>
        </message>
        <message>
            <source>&amp;Export for this peer…</source>
            <translation>&amp;Esporta per questo portatile…</translation>
        </message>
        <message>
            <source>Write the changes the selected peer does not hold yet</source>
            <translation>Scrivi le modifiche che il portatile scelto non ha ancora</translation>
        </message>
        <message>
            <source>Export &amp;all…</source>
            <translation>Esporta &amp;tutto…</translation>
        </message>
        <message>
            <source>Write every change of this store (for a new laptop)</source>
            <translation>Scrivi tutte le modifiche di questo archivio (per un nuovo portatile)</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Importa un pacchetto…</translation>
        </message>
        <message>
            <source>Progress of the exchange</source>
            <translation>Avanzamento dello scambio</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>The team hub's address, without the password (it is kept in the system keyring)</source>
            <translation>L'indirizzo del server del team, senza la password (è conservata nel portachiavi di sistema)</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Indirizzo del server</translation>
        </message>
        <message>
            <source>Save &amp;password…</source>
            <translation>Salva la &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizza ora</translation>
        </message>
        <message>
            <source>Hub &amp;address</source>
            <translation>Indiri&amp;zzo del server</translation>
        </message>
        <message>
            <source>Pushes this laptop's changes to the team hub and pulls everyone else's.</source>
            <translation>Invia le modifiche di questo portatile al server del team e riceve quelle degli altri.</translation>
        </message>
        <message>
            <source>Team hub</source>
            <translation>Server del team</translation>
        </message>
        <message>
            <source>&amp;Peers and bundles</source>
            <translation>Portatili e pacc&amp;hetti</translation>
        </message>
        <message>
            <source>&amp;Conflicts</source>
            <translation>&amp;Conflitti</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronizzazione</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>&amp;Conflicts ({count})</source>
            <translation>&amp;Conflitti ({count})</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Annullato: non è stato modificato nulla.</translation>
        </message>
        <message>
            <source>{task} failed:</source>
            <translation>{task} non riuscito:</translation>
        </message>
        <message>
            <source>Export a sync bundle</source>
            <translation>Esporta un pacchetto di sincronizzazione</translation>
        </message>
        <message>
            <source>Exporting a sync bundle</source>
            <translation>Esportazione di un pacchetto di sincronizzazione</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln changes to {file} ({size}). Carry it by USB stick or email; the other laptop imports it here.</source>
            <translation>
                <numerusform>%Ln modifica scritta in {file} ({size}). Portalo con una chiavetta USB o per e-mail; l'altro portatile lo importa qui.</numerusform>
                <numerusform>%Ln modifiche scritte in {file} ({size}). Portalo con una chiavetta USB o per e-mail; l'altro portatile lo importa qui.</numerusform>
            </translation>
        </message>
        <message>
            <source>site {site}</source>
            <translation>sito {site}</translation>
        </message>
        <message>
            <source>From {sender}, written {when}</source>
            <translation>Da {sender}, scritto il {when}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes, {size}</source>
            <translation>
                <numerusform>%Ln modifica, {size}</numerusform>
                <numerusform>%Ln modifiche, {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>It was written for another laptop</source>
            <translation>È stato scritto per un altro portatile</translation>
        </message>
        <message>
            <source>{warning}; importing it is safe all the same.</source>
            <translation>{warning}; importarlo è comunque sicuro.</translation>
        </message>
        <message>
            <source>Merge it into this store?</source>
            <translation>Unirlo a questo archivio?</translation>
        </message>
        <message>
            <source>Import a sync bundle</source>
            <translation>Importa un pacchetto di sincronizzazione</translation>
        </message>
        <message>
            <source>Reading the bundle</source>
            <translation>Lettura del pacchetto</translation>
        </message>
        <message>
            <source>From {sender}:</source>
            <translation>Da {sender}:</translation>
        </message>
        <message>
            <source>Importing a sync bundle</source>
            <translation>Importazione di un pacchetto di sincronizzazione</translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: all %Ln changes were already here.</source>
            <translation>
                <numerusform>Niente di nuovo: l'unica modifica era già qui.</numerusform>
                <numerusform>Niente di nuovo: tutte le %Ln modifiche erano già qui.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new changes merged</source>
            <translation>
                <numerusform>%Ln nuova modifica unita</numerusform>
                <numerusform>%Ln nuove modifiche unite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records added</source>
            <translation>
                <numerusform>%Ln scheda aggiunta</numerusform>
                <numerusform>%Ln schede aggiunte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln aggiornata</numerusform>
                <numerusform>%Ln aggiornate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already here</source>
            <translation>
                <numerusform>%Ln già presente</numerusform>
                <numerusform>%Ln già presenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new conflicts</source>
            <translation>
                <numerusform>%Ln nuovo conflitto</numerusform>
                <numerusform>%Ln nuovi conflitti</numerusform>
            </translation>
        </message>
        <message>
            <source>{conflicts}: the same field was edited on both sides; see the Conflicts tab.</source>
            <translation>{conflicts}: lo stesso campo è stato modificato da entrambe le parti; vedi la scheda Conflitti.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records wait for a newer version or for a record not here yet.</source>
            <translation>
                <numerusform>%Ln scheda attende una versione più recente o una scheda non ancora arrivata.</numerusform>
                <numerusform>%Ln schede attendono una versione più recente o una scheda non ancora arrivata.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes dated in the future were clamped</source>
            <translation>
                <numerusform>%Ln modifica con data futura è stata riportata</numerusform>
                <numerusform>%Ln modifiche con data futura sono state riportate</numerusform>
            </translation>
        </message>
        <message>
            <source>{clamped} to now (wrong clock on site {sites}, e.g. {time}).</source>
            <translation>{clamped} ad adesso (orologio errato sul sito {sites}, ad es. {time}).</translation>
        </message>
        <message>
            <source>Team hub password</source>
            <translation>Password del server del team</translation>
        </message>
        <message>
            <source>Password for the hub (kept in the system keyring, never in a file):</source>
            <translation>Password del server (conservata nel portachiavi di sistema, mai in un file):</translation>
        </message>
        <message>
            <source>Password saved in the system keyring.</source>
            <translation>Password salvata nel portachiavi di sistema.</translation>
        </message>
        <message>
            <source>Saving the hub password</source>
            <translation>Salvataggio della password del server</translation>
        </message>
        <message>
            <source>Connecting to the team hub…</source>
            <translation>Connessione al server del team…</translation>
        </message>
        <message>
            <source>Syncing with the team hub</source>
            <translation>Sincronizzazione con il server del team</translation>
        </message>
        <message numerus="yes">
            <source>sent %Ln new changes</source>
            <translation>
                <numerusform>inviata %Ln nuova modifica</numerusform>
                <numerusform>inviate %Ln nuove modifiche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %Ln</source>
            <translation>
                <numerusform>ricevuta %Ln</numerusform>
                <numerusform>ricevute %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced with {hub}: {sent}, {received}.</source>
            <translation>Sincronizzato con {hub}: {sent}, {received}.</translation>
        </message>
        <message>
            <source>From the team hub:</source>
            <translation>Dal server del team:</translation>
        </message>
        <message>
            <source>The sync did not happen; nothing was changed here.</source>
            <translation>La sincronizzazione non è avvenuta; qui non è cambiato nulla.</translation>
        </message>
    </context>
    <context>
        <name>TagInput</name>
        <message>
            <source>Type and press Enter</source>
            <translation>Digita e premi Invio</translation>
        </message>
        <message>
            <source>Remove {tag}</source>
            <translation>Rimuovi {tag}</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>New task</source>
            <translation>Nuova attività</translation>
        </message>
        <message>
            <source>What needs doing, e.g. Send the draft MoU</source>
            <translation>Cosa c'è da fare, ad es. Inviare la bozza del protocollo d'intesa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Leave empty for a task without a date</source>
            <translation>Lascia vuoto per un'attività senza data</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <source>Type to find a company, contact, action or agreement</source>
            <translation>Digita per trovare un'azienda, un contatto, un'azione o un accordo</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Riguarda</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titolo</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Scadenza</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Responsabile</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>Rig&amp;uarda</translation>
        </message>
        <message>
            <source>Create task</source>
            <translation>Crea attività</translation>
        </message>
        <message>
            <source>Create task {title}</source>
            <translation>Crea l'attività {title}</translation>
        </message>
        <message>
            <source>Created task {title}</source>
            <translation>Attività {title} creata</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Background work</source>
            <translation>Attività in background</translation>
        </message>
    </context>
    <context>
        <name>TasksScreen</name>
        <message>
            <source>Overdue</source>
            <translation>Scadute</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>In scadenza questa settimana</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Più avanti</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Senza data</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Azienda</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contatto</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Azione</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Missione</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accordo</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>My tasks</source>
            <translation>Le mie attività</translation>
        </message>
        <message>
            <source>Number of open tasks</source>
            <translation>Numero di attività aperte</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Nuova attività</translation>
        </message>
        <message>
            <source>Create a task (Ctrl+N)</source>
            <translation>Crea un'attività (Ctrl+N)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Riguarda</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsabile</translation>
        </message>
        <message>
            <source>Tick to complete (Ctrl+Z undoes); double-click to open what the task is about</source>
            <translation>Spunta per completare (Ctrl+Z annulla); doppio clic per aprire ciò che riguarda l'attività</translation>
        </message>
        <message>
            <source>No open tasks. Press Ctrl+N to add one, or add one from any record's timeline.</source>
            <translation>Nessuna attività aperta. Premi Ctrl+N per aggiungerne una, o aggiungila dalla cronologia di una scheda.</translation>
        </message>
        <message>
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
        <message>
            <source>1 open task</source>
            <translation>1 attività aperta</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open tasks</source>
            <translation>
                <numerusform>%Ln attività aperta</numerusform>
                <numerusform>%Ln attività aperte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln scaduta</numerusform>
                <numerusform>%Ln scadute</numerusform>
            </translation>
        </message>
        <message>
            <source>Completing {title}</source>
            <translation>Completamento di {title}</translation>
        </message>
        <message>
            <source>Complete task {title}</source>
            <translation>Completa l'attività {title}</translation>
        </message>
        <message>
            <source>Done: {title}</source>
            <translation>Fatto: {title}</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Attività</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Partecipazione</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Incontro</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accordo</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modifica</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Rimuovi l'allegato</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Elimina la nota</translation>
        </message>
        <message>
            <source>Note kind</source>
            <translation>Tipo di nota</translation>
        </message>
        <message>
            <source>Note date</source>
            <translation>Data della nota</translation>
        </message>
        <message>
            <source>Add a note: a call, an email, a meeting… (Ctrl+Enter adds it)</source>
            <translation>Aggiungi una nota: una telefonata, un'e-mail, un incontro… (Ctrl+Invio la aggiunge)</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Testo della nota</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Aggiungi nota</translation>
        </message>
        <message>
            <source>Add task…</source>
            <translation>Aggiungi attività…</translation>
        </message>
        <message>
            <source>A follow-up task about this record</source>
            <translation>Un'attività di follow-up su questo record</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Allega file…</translation>
        </message>
        <message>
            <source>Store a copy of a file with this record</source>
            <translation>Conserva una copia di un file con questo record</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronologia</translation>
        </message>
        <message>
            <source>Double-click: open a document or record, correct a stage's date</source>
            <translation>Doppio clic: apri un documento o un record, correggi la data di una fase</translation>
        </message>
        <message>
            <source>Nothing yet: add a note, a task or a file above.</source>
            <translation>Ancora niente: aggiungi sopra una nota, un'attività o un file.</translation>
        </message>
        <message>
            <source>Loading the timeline</source>
            <translation>Caricamento della cronologia</translation>
        </message>
        <message>
            <source>Type the note first</source>
            <translation>Scrivi prima la nota</translation>
        </message>
        <message>
            <source>The note was not added: {reason}</source>
            <translation>La nota non è stata aggiunta: {reason}</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>Nota aggiunta</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Allega un file</translation>
        </message>
        <message>
            <source>Attach {file}</source>
            <translation>Allega {file}</translation>
        </message>
        <message>
            <source>Attached {file}</source>
            <translation>{file} allegato</translation>
        </message>
        <message>
            <source>Attaching {file}</source>
            <translation>Allegando {file}</translation>
        </message>
        <message>
            <source>Opening {title}</source>
            <translation>Apertura di {title}</translation>
        </message>
        <message>
            <source>Removed {title}</source>
            <translation>{title} rimosso</translation>
        </message>
        <message>
            <source>Correct the date</source>
            <translation>Correggi la data</translation>
        </message>
        <message>
            <source>On which day was this stage reached?</source>
            <translation>In che giorno è stata raggiunta questa fase?</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Raggiunta il</translation>
        </message>
        <message>
            <source>Correcting the stage date</source>
            <translation>Correzione della data della fase</translation>
        </message>
        <message>
            <source>Correct a stage date</source>
            <translation>Correggi la data di una fase</translation>
        </message>
    </context>
    <context>
        <name>WorkIndicator</name>
        <message>
            <source>Progress of the background work</source>
            <translation>Avanzamento del lavoro in background</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Cancel the background work</source>
            <translation>Annulla il lavoro in background</translation>
        </message>
        <message numerus="yes">
            <source>{task}… (+%Ln more)</source>
            <translation>
                <numerusform>{task}… (+%Ln altro)</numerusform>
                <numerusform>{task}… (+%Ln altri)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_MarketLine</name>
        <message>
            <source>Target market country</source>
            <translation>Paese del mercato di interesse</translation>
        </message>
        <message>
            <source>The country this organization wants to sell in or work with</source>
            <translation>Il paese in cui questa organizzazione vuole vendere o con cui vuole lavorare</translation>
        </message>
        <message>
            <source>Market status</source>
            <translation>Stato sul mercato</translation>
        </message>
        <message>
            <source>How far the organization is on this market</source>
            <translation>A che punto è l'organizzazione su questo mercato</translation>
        </message>
        <message>
            <source>Needs: type, Enter</source>
            <translation>Esigenze: digita, Invio</translation>
        </message>
        <message>
            <source>Needs on this market</source>
            <translation>Esigenze su questo mercato</translation>
        </message>
        <message>
            <source>What the organization needs there (find a distributor, regulatory approval...)</source>
            <translation>Ciò di cui l'organizzazione ha bisogno lì (trovare un distributore, autorizzazione regolatoria...)</translation>
        </message>
        <message>
            <source>Remove this market</source>
            <translation>Rimuovi questo mercato</translation>
        </message>
    </context>
</TS>
