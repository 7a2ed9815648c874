<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MAGIA Desk</source>
            <translation>À propos de MAGIA Desk</translation>
        </message>
        <message>
            <source>MAGIA Desk icon</source>
            <translation>Icône de MAGIA Desk</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>A desktop CRM for the internationalization officers of EU cluster partnerships: companies, contacts, actions, missions and agreements, and the numbers the EU report asks for. It works offline: your data stays in one file on this computer.</source>
            <translation>Un CRM de bureau pour les chargés de mission internationalisation des partenariats de clusters européens : entreprises, contacts, actions, missions et accords, et les chiffres que demande le rapport à l'UE. Il fonctionne hors ligne : vos données restent dans un seul fichier sur cet ordinateur.</translation>
        </message>
        <message>
            <source>No store open</source>
            <translation>Aucune base ouverte</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Show the folder of the store in the file manager</source>
            <translation>Afficher le dossier de la base dans le gestionnaire de fichiers</translation>
        </message>
        <message>
            <source>Store:</source>
            <translation>Base :</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Construit avec :</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Licence :</translation>
        </message>
        <message>
            <source>European Union Public Licence {licence}</source>
            <translation>Licence publique de l'Union européenne {licence}</translation>
        </message>
        <message>
            <source>Copy version details</source>
            <translation>Copier les versions</translation>
        </message>
        <message>
            <source>For a support request: the versions of MAGIA Desk, Qt, PySide and Python</source>
            <translation>Pour une demande d'assistance : les versions de MAGIA Desk, Qt, PySide et Python</translation>
        </message>
    </context>
    <context>
        <name>ActionEditor</name>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <source>Select an action to see it here, or press Ctrl+N to create one.</source>
            <translation>Sélectionnez une action pour l'afficher ici, ou appuyez sur Ctrl+N pour en créer une.</translation>
        </message>
        <message>
            <source>Save action</source>
            <translation>Enregistrer l'action</translation>
        </message>
        <message>
            <source>Revert action</source>
            <translation>Annuler les modifications de l'action</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Supprimer l'action</translation>
        </message>
        <message>
            <source>Delete this action (Delete; undo with Ctrl+Z)</source>
            <translation>Supprimer cette action (Suppr ; annuler avec Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the action</source>
            <translation>Enregistrement de l'action</translation>
        </message>
        <message>
            <source>The action was not saved: {reason}</source>
            <translation>L'action n'a pas été enregistrée : {reason}</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>What kind of action; missions and trade shows also show under Missions</source>
            <translation>Le type d'action ; les missions et les salons apparaissent aussi sous Missions</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itre</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>Leave empty for a one-day action</source>
            <translation>Laisser vide pour une action d'une journée</translation>
        </message>
        <message>
            <source>&amp;Organiser</source>
            <translation>&amp;Organisateur</translation>
        </message>
        <message>
            <source>The consortium partner cluster that runs the action</source>
            <translation>Le cluster partenaire du consortium qui mène l'action</translation>
        </message>
        <message>
            <source>&amp;Work package</source>
            <translation>Lot de tra&amp;vail</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <source>Held online (a webinar, an online survey…)</source>
            <translation>Tenue en ligne (webinaire, enquête en ligne…)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>&amp;Ville</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>Countries addressed</source>
            <translation>Pays visés</translation>
        </message>
        <message>
            <source>The countries the action addresses (ISO codes or names)</source>
            <translation>Les pays visés par l'action (codes ISO ou noms)</translation>
        </message>
        <message>
            <source>EU portal</source>
            <translation>Portail UE</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;ut</translation>
        </message>
        <message>
            <source>Delivered, ongoing or postponed, as reported on the EU portal</source>
            <translation>Réalisée, en cours ou reportée, comme déclaré sur le portail UE</translation>
        </message>
        <message>
            <source>As mapped</source>
            <translation>Selon le type</translation>
        </message>
        <message>
            <source>&amp;Activity type</source>
            <translation>Type d'&amp;activité</translation>
        </message>
        <message>
            <source>Mapped from the action type; choose another only to override it</source>
            <translation>Déduit du type d'action ; n'en choisissez un autre que pour le remplacer</translation>
        </message>
        <message>
            <source>Au&amp;dience types</source>
            <translation>Types de &amp;public</translation>
        </message>
        <message>
            <source>Industry, Research…</source>
            <translation>Industrie, Recherche…</translation>
        </message>
        <message>
            <source>The target audiences, in the portal's words</source>
            <translation>Les publics cibles, dans les termes du portail</translation>
        </message>
        <message>
            <source>Declared audience</source>
            <translation>Public déclaré</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>The audience size you declare; the larger of it and the participants is reported</source>
            <translation>La taille du public que vous déclarez ; la plus grande valeur entre celle-ci et le nombre de participants est rapportée</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>type maps to: {activity}</source>
            <translation>le type correspond à : {activity}</translation>
        </message>
        <message>
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participants, audience {audience}</source>
            <translation>
                <numerusform>%Ln participant, public {audience}</numerusform>
                <numerusform>%Ln participants, public {audience}</numerusform>
            </translation>
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation>Participants ({count})</translation>
        </message>
        <message>
            <source>Create action {title}</source>
            <translation>Créer l'action {title}</translation>
        </message>
        <message>
            <source>Action {title} created</source>
            <translation>Action {title} créée</translation>
        </message>
        <message>
            <source>Edit action {title}</source>
            <translation>Modifier l'action {title}</translation>
        </message>
        <message>
            <source>Action {title} saved</source>
            <translation>Action {title} enregistrée</translation>
        </message>
    </context>
    <context>
        <name>ActionsScreen</name>
        <message>
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message numerus="yes">
            <source>The larger of %Ln participants and the declared audience (none declared)</source>
            <translation>
                <numerusform>Le plus grand de %Ln participant et du public déclaré (aucun déclaré)</numerusform>
                <numerusform>Le plus grand de %Ln participants et du public déclaré (aucun déclaré)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The larger of %Ln participants and the declared audience (declared {declared})</source>
            <translation>
                <numerusform>Le plus grand de %Ln participant et du public déclaré ({declared} déclarés)</numerusform>
                <numerusform>Le plus grand de %Ln participants et du public déclaré ({declared} déclarés)</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Organizations and people recorded as taking part.</source>
            <translation>Organisations et personnes enregistrées comme participantes.</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>The larger of the participants and the declared audience, as reported.</source>
            <translation>Le plus grand des deux, participants ou public déclaré, comme dans le rapport.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <source>Create an action (Ctrl+N)</source>
            <translation>Créer une action (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search actions by title or city</source>
            <translation>Rechercher des actions par titre ou ville</translation>
        </message>
        <message>
            <source>Search actions</source>
            <translation>Rechercher des actions</translation>
        </message>
        <message>
            <source>Number of actions shown</source>
            <translation>Nombre d'actions affichées</translation>
        </message>
        <message>
            <source>Actions list</source>
            <translation>Liste des actions</translation>
        </message>
        <message>
            <source>No actions yet</source>
            <translation>Aucune action pour l'instant</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Créez-en une (Ctrl+N) ou importez un classeur.</translation>
        </message>
        <message>
            <source>No actions match</source>
            <translation>Aucune action ne correspond</translation>
        </message>
        <message>
            <source>1 action</source>
            <translation>1 action</translation>
        </message>
        <message>
            <source>0 of 1 action</source>
            <translation>0 sur 1 action</translation>
        </message>
        <message numerus="yes">
            <source>%Ln actions</source>
            <translation>
                <numerusform>%Ln action</numerusform>
                <numerusform>%Ln actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln actions</source>
            <translation>
                <numerusform>{shown} sur %Ln action</numerusform>
                <numerusform>{shown} sur %Ln actions</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete action {name}</source>
            <translation>Supprimer l'action {name}</translation>
        </message>
        <message>
            <source>Deleted action {name}</source>
            <translation>Action {name} supprimée</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln actions</source>
            <translation>
                <numerusform>Supprimer %Ln action</numerusform>
                <numerusform>Supprimer %Ln actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln actions</source>
            <translation>
                <numerusform>%Ln action supprimée</numerusform>
                <numerusform>%Ln actions supprimées</numerusform>
            </translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Actions run by one partner cluster</source>
            <translation>Actions menées par un cluster partenaire</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <source>Lead capture is for trade shows; this action is a {type}</source>
            <translation>La saisie de contacts est réservée aux salons ; cette action est de type {type}</translation>
        </message>
    </context>
    <context>
        <name>ActionsTakenPart</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Actions taken part in</source>
            <translation>Actions auxquelles il a participé</translation>
        </message>
        <message>
            <source> (via {names})</source>
            <translation> (via {names})</translation>
        </message>
        <message numerus="yes">
            <source>Took part in %Ln actions</source>
            <translation>
                <numerusform>A participé à %Ln action</numerusform>
                <numerusform>A participé à %Ln actions</numerusform>
            </translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>Aucune action pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>AddOfficerDialog</name>
        <message>
            <source>Add an officer</source>
            <translation>Ajouter un chargé de mission</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Partner cluster:</source>
            <translation>Cluster &amp;partenaire :</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <source>Adding the officer</source>
            <translation>L'ajout du chargé de mission</translation>
        </message>
    </context>
    <context>
        <name>AddParticipantsDialog</name>
        <message>
            <source>Add participants</source>
            <translation>Ajouter des participants</translation>
        </message>
        <message>
            <source>Type part of a company's or a person's name, an email…</source>
            <translation>Saisissez une partie du nom d'une entreprise ou d'une personne, une adresse e-mail…</translation>
        </message>
        <message>
            <source>Search organizations and contacts</source>
            <translation>Rechercher des organisations et des contacts</translation>
        </message>
        <message>
            <source>Organizations and contacts found</source>
            <translation>Organisations et contacts trouvés</translation>
        </message>
        <message>
            <source>Tick everybody who took part (Space ticks the selected row).</source>
            <translation>Cochez tous les participants (Espace coche la ligne sélectionnée).</translation>
        </message>
        <message>
            <source>Paste emails or names, one a line or separated by commas or semicolons:</source>
            <translation>Collez des adresses e-mail ou des noms, un par ligne ou séparés par des virgules ou des points-virgules :</translation>
        </message>
        <message>
            <source>Emails or names to match</source>
            <translation>Adresses e-mail ou noms à rapprocher</translation>
        </message>
        <message>
            <source>Find matches</source>
            <translation>Rechercher les correspondances</translation>
        </message>
        <message>
            <source>Matches to confirm</source>
            <translation>Correspondances à confirmer</translation>
        </message>
        <message>
            <source>Pick from the list</source>
            <translation>Choisir dans la liste</translation>
        </message>
        <message>
            <source>Paste emails or names</source>
            <translation>Coller des e-mails ou des noms</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>✗  {entry}: no match in the store</source>
            <translation>✗  {entry} : aucune correspondance dans la base</translation>
        </message>
        <message>
            <source>{entry}  →  {match}   (by {how})</source>
            <translation>{entry}  →  {match}   (par {how})</translation>
        </message>
        <message>
            <source>Also possible: {others}</source>
            <translation>Également possible : {others}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln found, {missing} not found: untick a wrong match</source>
            <translation>
                <numerusform>%Ln trouvé, {missing} non trouvés : décochez une correspondance erronée</numerusform>
                <numerusform>%Ln trouvés, {missing} non trouvés : décochez une correspondance erronée</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln found: untick a wrong match</source>
            <translation>
                <numerusform>%Ln trouvé : décochez une correspondance erronée</numerusform>
                <numerusform>%Ln trouvés : décochez une correspondance erronée</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln</source>
            <translation>
                <numerusform>Ajouter %Ln</numerusform>
                <numerusform>Ajouter %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Adding participants</source>
            <translation>Ajout des participants</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln participants</source>
            <translation>
                <numerusform>Ajouter %Ln participant</numerusform>
                <numerusform>Ajouter %Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln participants ({skipped} were already there)</source>
            <translation>
                <numerusform>%Ln participant ajouté ({skipped} y figuraient déjà)</numerusform>
                <numerusform>%Ln participants ajoutés ({skipped} y figuraient déjà)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln participants</source>
            <translation>
                <numerusform>%Ln participant ajouté</numerusform>
                <numerusform>%Ln participants ajoutés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgreementBoard</name>
        <message>
            <source>Agreement board</source>
            <translation>Tableau des accords</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>New agreement</source>
            <translation>Nouvel accord</translation>
        </message>
        <message>
            <source>Select an agreement to see it here, or press Ctrl+N to create one.</source>
            <translation>Sélectionnez un accord pour l'afficher ici, ou appuyez sur Ctrl+N pour en créer un.</translation>
        </message>
        <message>
            <source>Save agreement</source>
            <translation>Enregistrer l'accord</translation>
        </message>
        <message>
            <source>Revert agreement</source>
            <translation>Annuler les modifications de l'accord</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Supprimer l'accord</translation>
        </message>
        <message>
            <source>Delete this agreement (Delete; undo with Ctrl+Z)</source>
            <translation>Supprimer cet accord (Suppr ; annuler avec Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the agreement</source>
            <translation>Enregistrement de l'accord</translation>
        </message>
        <message>
            <source>The agreement was not saved: {reason}</source>
            <translation>L'accord n'a pas été enregistré : {reason}</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>MoU, collaboration agreement, letter of intent…</source>
            <translation>Protocole d'accord, accord de collaboration, lettre d'intention…</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itre</translation>
        </message>
        <message>
            <source>What the agreement is about</source>
            <translation>L'objet de l'accord</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>É&amp;tape</translation>
        </message>
        <message>
            <source>Where it stands; drag its card on the board to date the change</source>
            <translation>Où il en est ; faites glisser sa carte sur le tableau pour dater le changement</translation>
        </message>
        <message>
            <source>&amp;Parties</source>
            <translation>&amp;Parties</translation>
        </message>
        <message>
            <source>The organizations that sign it, of any country</source>
            <translation>Les organisations signataires, de tout pays</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Signed o&amp;n</source>
            <translation>Signé &amp;le</translation>
        </message>
        <message>
            <source>Required from the signed stage on</source>
            <translation>Obligatoire à partir de l'étape « signé »</translation>
        </message>
        <message>
            <source>E&amp;xpires on</source>
            <translation>E&amp;xpire le</translation>
        </message>
        <message>
            <source>An active agreement warns 60 days before it expires</source>
            <translation>Un accord actif avertit 60 jours avant son expiration</translation>
        </message>
        <message>
            <source>Who and where from</source>
            <translation>Responsable et origine</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Responsable</translation>
        </message>
        <message>
            <source>The officer following it</source>
            <translation>Le chargé de mission qui le suit</translation>
        </message>
        <message>
            <source>Partner &amp;cluster</source>
            <translation>&amp;Cluster partenaire</translation>
        </message>
        <message>
            <source>The consortium partner it counts for</source>
            <translation>Le partenaire du consortium pour lequel il compte</translation>
        </message>
        <message>
            <source>Type to find the action or mission</source>
            <translation>Saisissez pour trouver l'action ou la mission</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Show the action or mission</source>
            <translation>Afficher l'action ou la mission</translation>
        </message>
        <message>
            <source>Open the action or mission</source>
            <translation>Ouvrir l'action ou la mission</translation>
        </message>
        <message>
            <source>&amp;Came from</source>
            <translation>&amp;Issu de</translation>
        </message>
        <message>
            <source>The mission or action this agreement resulted from</source>
            <translation>La mission ou l'action dont cet accord est issu</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Historique des étapes</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Atteinte le</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Double-click a date to correct it (a stage reached last month, recorded today)</source>
            <translation>Double-cliquez sur une date pour la corriger (une étape atteinte le mois dernier, saisie aujourd'hui)</translation>
        </message>
        <message>
            <source>Correct date…</source>
            <translation>Corriger la date…</translation>
        </message>
        <message>
            <source>Change the date the selected stage was reached</source>
            <translation>Modifier la date à laquelle l'étape sélectionnée a été atteinte</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Anything worth remembering about this agreement</source>
            <translation>Tout ce qui mérite d'être retenu sur cet accord</translation>
        </message>
        <message>
            <source>signed {date}</source>
            <translation>signé le {date}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln parties</source>
            <translation>
                <numerusform>%Ln partie</numerusform>
                <numerusform>%Ln parties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ Expired %Ln days ago and still active: renew it or move it to expired</source>
            <translation>
                <numerusform>⚠ Expiré depuis %Ln jour et toujours actif : renouvelez-le ou passez-le à l'étape « expiré »</numerusform>
                <numerusform>⚠ Expiré depuis %Ln jours et toujours actif : renouvelez-le ou passez-le à l'étape « expiré »</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Expires today</source>
            <translation>⚠ Expire aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Expires in %Ln days, on {date}</source>
            <translation>
                <numerusform>⚠ Expire dans %Ln jour, le {date}</numerusform>
                <numerusform>⚠ Expire dans %Ln jours, le {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>Create agreement {title}</source>
            <translation>Créer l'accord {title}</translation>
        </message>
        <message>
            <source>Agreement {title} created</source>
            <translation>Accord {title} créé</translation>
        </message>
        <message>
            <source>Edit agreement {title}</source>
            <translation>Modifier l'accord {title}</translation>
        </message>
        <message>
            <source>Agreement {title} saved</source>
            <translation>Accord {title} enregistré</translation>
        </message>
        <message>
            <source>Correct the date</source>
            <translation>Corriger la date</translation>
        </message>
        <message>
            <source>On which day did the agreement become {stage}?</source>
            <translation>À quelle date l'accord est-il passé à l'étape « {stage} » ?</translation>
        </message>
        <message>
            <source>Correcting the stage date</source>
            <translation>Correction de la date de l'étape</translation>
        </message>
        <message>
            <source>Correct the date of {stage}</source>
            <translation>Corriger la date de l'étape « {stage} »</translation>
        </message>
        <message>
            <source>{stage} is now dated {date}</source>
            <translation>L'étape « {stage} » est désormais datée du {date}</translation>
        </message>
    </context>
    <context>
        <name>AgreementsScreen</name>
        <message numerus="yes">
            <source>{name} + %Ln more</source>
            <translation>
                <numerusform>{name} + %Ln autre</numerusform>
                <numerusform>{name} + %Ln autres</numerusform>
            </translation>
        </message>
        <message>
            <source>Active and expiring within 60 days</source>
            <translation>Actif et expirant dans les 60 jours</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Sorted in pipeline order.</source>
            <translation>Trié dans l'ordre du pipeline.</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signé le</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Expire le</translation>
        </message>
        <message>
            <source>Orange: active and expiring within 60 days.</source>
            <translation>Orange : actif et expirant dans les 60 jours.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Cluster partenaire</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Nouvel accord</translation>
        </message>
        <message>
            <source>Create an agreement (Ctrl+N)</source>
            <translation>Créer un accord (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search agreements by title, party or notes</source>
            <translation>Rechercher des accords par titre, partie ou notes</translation>
        </message>
        <message>
            <source>Search agreements</source>
            <translation>Rechercher des accords</translation>
        </message>
        <message>
            <source>Number of agreements shown</source>
            <translation>Nombre d'accords affichés</translation>
        </message>
        <message>
            <source>Agreements list</source>
            <translation>Liste des accords</translation>
        </message>
        <message>
            <source>No agreements yet</source>
            <translation>Aucun accord pour l'instant</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), drag it along the board as it progresses.</source>
            <translation>Créez-en un (Ctrl+N), puis faites-le avancer sur le tableau au fil de son avancement.</translation>
        </message>
        <message>
            <source>No agreements match</source>
            <translation>Aucun accord ne correspond</translation>
        </message>
        <message>
            <source>1 agreement</source>
            <translation>1 accord</translation>
        </message>
        <message>
            <source>0 of 1 agreement</source>
            <translation>0 sur 1 accord</translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreements</source>
            <translation>
                <numerusform>%Ln accord</numerusform>
                <numerusform>%Ln accords</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln agreements</source>
            <translation>
                <numerusform>{shown} sur %Ln accord</numerusform>
                <numerusform>{shown} sur %Ln accords</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete agreement {name}</source>
            <translation>Supprimer l'accord {name}</translation>
        </message>
        <message>
            <source>Deleted agreement {name}</source>
            <translation>Accord {name} supprimé</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln agreements</source>
            <translation>
                <numerusform>Supprimer %Ln accord</numerusform>
                <numerusform>Supprimer %Ln accords</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln agreements</source>
            <translation>
                <numerusform>%Ln accord supprimé</numerusform>
                <numerusform>%Ln accords supprimés</numerusform>
            </translation>
        </message>
        <message>
            <source>The consortium partner the agreements count for</source>
            <translation>Le partenaire du consortium auquel les accords sont comptés</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Agreements with a party from this country</source>
            <translation>Accords avec une partie de ce pays</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signé en</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>The pipeline: a column per stage</source>
            <translation>Le pipeline : une colonne par étape</translation>
        </message>
        <message>
            <source>Show as board</source>
            <translation>Afficher en tableau</translation>
        </message>
        <message>
            <source>A sortable list</source>
            <translation>Une liste triable</translation>
        </message>
        <message>
            <source>Show as list</source>
            <translation>Afficher en liste</translation>
        </message>
        <message>
            <source>Letters of intent…</source>
            <translation>Lettres d'intention…</translation>
        </message>
        <message>
            <source>One signed letter of intent per SME, for many SMEs at once</source>
            <translation>Une lettre d'intention signée par PME, pour plusieurs PME à la fois</translation>
        </message>
        <message>
            <source>Expiring agreements</source>
            <translation>Accords arrivant à échéance</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>et %Ln autre</numerusform>
                <numerusform>et %Ln autres</numerusform>
            </translation>
        </message>
        <message>
            <source>1 active agreement expires within 60 days:</source>
            <translation>1 accord actif expire dans les 60 jours :</translation>
        </message>
        <message numerus="yes">
            <source>%Ln active agreements expire within 60 days:</source>
            <translation>
                <numerusform>%Ln accord actif expire dans les 60 jours :</numerusform>
                <numerusform>%Ln accords actifs expirent dans les 60 jours :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days past its date</source>
            <translation>
                <numerusform>échu depuis %Ln jour</numerusform>
                <numerusform>échu depuis %Ln jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>dans %Ln jour</numerusform>
                <numerusform>dans %Ln jours</numerusform>
            </translation>
        </message>
        <message>
            <source>The agreement</source>
            <translation>L'accord</translation>
        </message>
        <message>
            <source>On which day was “{title}” signed?</source>
            <translation>Quel jour « {title} » a-t-il été signé ?</translation>
        </message>
        <message>
            <source>Moving {title} to {stage}</source>
            <translation>Passage de {title} à l'étape {stage}</translation>
        </message>
        <message>
            <source>{title} is now {stage}: correct the date in its stage history if needed</source>
            <translation>{title} est maintenant à l'étape {stage} : corrigez la date dans l'historique des étapes si besoin</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>The store {path} cannot be read or created: {reason}.</source>
            <translation>La base {path} ne peut être ni lue ni créée : {reason}.</translation>
        </message>
        <message>
            <source>{app} cannot open the store</source>
            <translation>{app} ne peut pas ouvrir la base</translation>
        </message>
        <message>
            <source>{problem}

Nothing was changed. To use another store, start MAGIA Desk with --db PATH.</source>
            <translation>{problem}

Rien n'a été modifié. Pour utiliser une autre base, lancez MAGIA Desk avec --db CHEMIN.</translation>
        </message>
        <message>
            <source>The latest good backup is {backup}. Restore it with:
  magia-desk --db {path} restore {backup}</source>
            <translation>La dernière sauvegarde saine est {backup}. Restaurez-la avec :
  magia-desk --db {path} restore {backup}</translation>
        </message>
        <message>
            <source>No good backup was found.</source>
            <translation>Aucune sauvegarde saine n'a été trouvée.</translation>
        </message>
        <message>
            <source>{app}: the store is damaged</source>
            <translation>{app} : la base est endommagée</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). MAGIA Desk closes it without writing to it.

{advice}</source>
            <translation>{path} est endommagée ({problem}). MAGIA Desk la ferme sans rien y écrire.

{advice}</translation>
        </message>
        <message>
            <source>Checking the store</source>
            <translation>Vérification de la base</translation>
        </message>
        <message>
            <source>Filling the new store with demo data…</source>
            <translation>Remplissage de la nouvelle base avec des données de démonstration…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Données de démonstration</translation>
        </message>
        <message>
            <source>Demo data ready: {count} organizations</source>
            <translation>Données de démonstration prêtes : {count} organisations</translation>
        </message>
        <message>
            <source>Demo data ready</source>
            <translation>Données de démonstration prêtes</translation>
        </message>
        <message>
            <source>Making the demo data</source>
            <translation>La création des données de démonstration</translation>
        </message>
        <message>
            <source>Making demo data</source>
            <translation>Création des données de démonstration</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Time</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Chargé(e) de mission</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Opération</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>create</source>
            <translation>création</translation>
        </message>
        <message>
            <source>update</source>
            <translation>modification</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>suppression</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>restauration</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>fusion</translation>
        </message>
        <message>
            <source>erase</source>
            <translation>effacement</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>Participation au capital</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <source>Market interest</source>
            <translation>Intérêt pour un marché</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Itinerary item</source>
            <translation>Étape d'itinéraire</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Meeting attendee</source>
            <translation>Participant au rendez-vous</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>Agreement party</source>
            <translation>Partie à l'accord</translation>
        </message>
        <message>
            <source>Agreement stage change</source>
            <translation>Changement d'étape d'accord</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Reporting period</source>
            <translation>Période de rapport</translation>
        </message>
        <message>
            <source>KPI target</source>
            <translation>Objectif d'indicateur</translation>
        </message>
        <message>
            <source>External reference</source>
            <translation>Référence externe</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>nouvelle fiche</translation>
        </message>
        <message>
            <source>Before: {old}
After: {new}</source>
            <translation>Avant : {old}
Après : {new}</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>Search values, fields and record names…</source>
            <translation>Rechercher dans les valeurs, les champs et les noms de fiches…</translation>
        </message>
        <message>
            <source>Search the changes</source>
            <translation>Rechercher dans les modifications</translation>
        </message>
        <message>
            <source>Any operation</source>
            <translation>Toute opération</translation>
        </message>
        <message>
            <source>Only the changes made by this officer</source>
            <translation>Uniquement les modifications de ce chargé de mission</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Chargé(e) de mission</translation>
        </message>
        <message>
            <source>Only the changes to this kind of record</source>
            <translation>Uniquement les modifications de ce type de fiche</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Type de fiche</translation>
        </message>
        <message>
            <source>Only the changes of this kind</source>
            <translation>Uniquement les modifications de ce type</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Opération</translation>
        </message>
        <message>
            <source>Number of changes shown</source>
            <translation>Nombre de modifications affichées</translation>
        </message>
        <message>
            <source>Newer</source>
            <translation>Plus récentes</translation>
        </message>
        <message>
            <source>The previous page: newer changes</source>
            <translation>Page précédente : modifications plus récentes</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Plus anciennes</translation>
        </message>
        <message>
            <source>The next page: older changes</source>
            <translation>Page suivante : modifications plus anciennes</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <source>Any officer</source>
            <translation>Tout chargé de mission</translation>
        </message>
        <message>
            <source>Any record</source>
            <translation>Toute fiche</translation>
        </message>
        <message>
            <source>No changes match.</source>
            <translation>Aucune modification ne correspond.</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>Aucune modification enregistrée pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>{first}–{last} of %Ln changes</source>
            <translation>
                <numerusform>{first}–{last} sur %Ln modification</numerusform>
                <numerusform>{first}–{last} sur %Ln modifications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manuelle</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Avant une mise à jour</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <source>Before encryption change</source>
            <translation>Avant un changement de chiffrement</translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} octets</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
        <message>
            <source>{size} GB</source>
            <translation>{size} Go</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>MAGIA Desk backs up the store when it opens and once a day while in use (the last 7 days and 4 weeks are kept). Each backup holds the store and its attachments.</source>
            <translation>MAGIA Desk sauvegarde la base à l'ouverture et une fois par jour pendant l'utilisation (les 7 derniers jours et les 4 dernières semaines sont conservés). Chaque sauvegarde contient la base et ses pièces jointes.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>No backups yet. “Back up now” makes one.</source>
            <translation>Aucune sauvegarde pour l'instant. « Sauvegarder maintenant » en crée une.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Replace the store with the selected backup (MAGIA Desk then restarts)</source>
            <translation>Remplacer la base par la sauvegarde sélectionnée (MAGIA Desk redémarre ensuite)</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Afficher dans le &amp;dossier</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Sauvegarde de la base</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Sauvegardé dans {file}.</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restaurer cette sauvegarde ?</translation>
        </message>
        <message>
            <source>Replace the store with the backup of {date}?

The store as it is now is kept as a backup first. MAGIA Desk then closes: start it again to work on the restored data.</source>
            <translation>Remplacer la base par la sauvegarde du {date} ?

La base actuelle est d'abord conservée sous forme de sauvegarde. MAGIA Desk se ferme ensuite : relancez-le pour travailler sur les données restaurées.</translation>
        </message>
        <message>
            <source>Restoring the backup</source>
            <translation>Restauration de la sauvegarde</translation>
        </message>
        <message>
            <source>MAGIA Desk will close</source>
            <translation>MAGIA Desk va se fermer</translation>
        </message>
        <message>
            <source>Start MAGIA Desk again to reopen the store.</source>
            <translation>Relancez MAGIA Desk pour rouvrir la base.</translation>
        </message>
        <message>
            <source>The store was restored from {file}.</source>
            <translation>La base a été restaurée à partir de {file}.</translation>
        </message>
        <message>
            <source>The store it replaced is kept in {path}.</source>
            <translation>La base remplacée est conservée dans {path}.</translation>
        </message>
        <message>
            <source>MAGIA Desk will now close: start it again to work on the restored data.</source>
            <translation>MAGIA Desk va maintenant se fermer : relancez-le pour travailler sur les données restaurées.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
    </context>
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>Visitor</source>
            <translation>Visiteur</translation>
        </message>
        <message>
            <source>Exhibitor</source>
            <translation>Exposant</translation>
        </message>
        <message>
            <source>Capture leads — {title}</source>
            <translation>Saisie de prospects — {title}</translation>
        </message>
        <message>
            <source>Capture leads</source>
            <translation>Saisie de prospects</translation>
        </message>
        <message>
            <source>Trade show</source>
            <translation>Salon</translation>
        </message>
        <message>
            <source>Leads captured</source>
            <translation>Prospects saisis</translation>
        </message>
        <message>
            <source>Type a company: known ones are suggested</source>
            <translation>Saisissez une entreprise : les entreprises connues sont proposées</translation>
        </message>
        <message>
            <source>Target countries: IT, DE…</source>
            <translation>Pays cibles : IT, DE…</translation>
        </message>
        <message>
            <source>Interests: medical devices, diagnostics…</source>
            <translation>Centres d'intérêt : dispositifs médicaux, diagnostic…</translation>
        </message>
        <message>
            <source>What you talked about</source>
            <translation>Ce dont vous avez parlé</translation>
        </message>
        <message>
            <source>Follow-up task, e.g. Send the brochure</source>
            <translation>Tâche de suivi, p. ex. Envoyer la brochure</translation>
        </message>
        <message>
            <source>Follow-up due date</source>
            <translation>Échéance du suivi</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Entreprise</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Personne</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Fonction</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <source>&amp;Markets</source>
            <translation>&amp;Marchés</translation>
        </message>
        <message>
            <source>&amp;Interests</source>
            <translation>Centres d'&amp;intérêt</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>&amp;Suivi</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Last lead</source>
            <translation>Dernier prospect</translation>
        </message>
        <message>
            <source>Save lead</source>
            <translation>Enregistrer le prospect</translation>
        </message>
        <message>
            <source>Save and clear for the next lead (Enter)</source>
            <translation>Enregistrer et vider pour le prospect suivant (Entrée)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Start again without saving (Ctrl+Backspace)</source>
            <translation>Recommencer sans enregistrer (Ctrl+Retour arrière)</translation>
        </message>
        <message>
            <source>Import vCards…</source>
            <translation>Importer des vCards…</translation>
        </message>
        <message>
            <source>Import one or many .vcf files; known people and companies are matched</source>
            <translation>Importer un ou plusieurs fichiers .vcf ; les personnes et entreprises connues sont reconnues</translation>
        </message>
        <message>
            <source>Saving the lead</source>
            <translation>Enregistrement du prospect</translation>
        </message>
        <message>
            <source>new company</source>
            <translation>nouvelle entreprise</translation>
        </message>
        <message>
            <source>new contact</source>
            <translation>nouveau contact</translation>
        </message>
        <message>
            <source>✓ Saved {names} — {created}</source>
            <translation>✓ {names} enregistré — {created}</translation>
        </message>
        <message>
            <source>✓ Saved {names} (already known)</source>
            <translation>✓ {names} enregistré (déjà connu)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln leads captured</source>
            <translation>
                <numerusform>%Ln prospect saisi</numerusform>
                <numerusform>%Ln prospects saisis</numerusform>
            </translation>
        </message>
        <message>
            <source>Import vCards</source>
            <translation>Importer des vCards</translation>
        </message>
        <message>
            <source>vCards (*.vcf *.vcard);;All files (*)</source>
            <translation>vCards (*.vcf *.vcard);;Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>Importing %Ln files…</source>
            <translation>
                <numerusform>Import de %Ln fichier…</numerusform>
                <numerusform>Import de %Ln fichiers…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing vCards</source>
            <translation>Import des vCards</translation>
        </message>
        <message numerus="yes">
            <source>✓ %Ln cards: {new_contacts} new contacts, {known} known; {new_companies} new companies</source>
            <translation>
                <numerusform>✓ %Ln carte : nouveaux contacts {new_contacts}, connus {known} ; nouvelles entreprises {new_companies}</numerusform>
                <numerusform>✓ %Ln cartes : nouveaux contacts {new_contacts}, connus {known} ; nouvelles entreprises {new_companies}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped (no name, email or company)</source>
            <translation>
                <numerusform>%Ln ignorée (ni nom, ni e-mail, ni entreprise)</numerusform>
                <numerusform>%Ln ignorées (ni nom, ni e-mail, ni entreprise)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln values left out</source>
            <translation>
                <numerusform>%Ln valeur laissée de côté</numerusform>
                <numerusform>%Ln valeurs laissées de côté</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message numerus="yes">
            <source>{name} + %Ln more</source>
            <translation>
                <numerusform>{name} + %Ln autre</numerusform>
                <numerusform>{name} + %Ln autres</numerusform>
            </translation>
        </message>
        <message>
            <source>No parties yet</source>
            <translation>Aucune partie pour l'instant</translation>
        </message>
        <message>
            <source>expires {date}</source>
            <translation>expire le {date}</translation>
        </message>
        <message>
            <source>Active and expiring within 60 days: renew it or move it to expired</source>
            <translation>Actif et expirant dans les 60 jours : renouvelez-le ou passez-le à l'étape expiré</translation>
        </message>
        <message>
            <source>signed {date}</source>
            <translation>signé le {date}</translation>
        </message>
        <message>
            <source>Drag to another column to change the stage; click to see it</source>
            <translation>Faites glisser vers une autre colonne pour changer d'étape ; cliquez pour l'afficher</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Nothing to show for this period</source>
            <translation>Rien à afficher pour cette période</translation>
        </message>
        <message>
            <source>No months to show</source>
            <translation>Aucun mois à afficher</translation>
        </message>
        <message>
            <source>Month (end of)</source>
            <translation>Mois (fin de)</translation>
        </message>
        <message>
            <source>Project target ({target})</source>
            <translation>Objectif du projet ({target})</translation>
        </message>
    </context>
    <context>
        <name>ChoicePopup</name>
        <message>
            <source>Type to search</source>
            <translation>Tapez pour rechercher</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Choix</translation>
        </message>
        <message>
            <source>Use “{text}”</source>
            <translation>Utiliser « {text} »</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <source>Go to</source>
            <translation>Aller à</translation>
        </message>
        <message>
            <source>Find a company, a contact or a command…</source>
            <translation>Chercher une entreprise, un contact ou une commande…</translation>
        </message>
        <message>
            <source>Find a record or a command</source>
            <translation>Chercher une fiche ou une commande</translation>
        </message>
        <message>
            <source>Matching records and commands</source>
            <translation>Fiches et commandes trouvées</translation>
        </message>
        <message>
            <source>↑↓ to move   Enter to open   Esc to close</source>
            <translation>↑↓ pour se déplacer   Entrée pour ouvrir   Échap pour fermer</translation>
        </message>
        <message>
            <source>Open this {kind_lower}</source>
            <translation>Ouvrir : {kind_lower}</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Commande</translation>
        </message>
    </context>
    <context>
        <name>CompaniesScreen</name>
        <message>
            <source>provisional</source>
            <translation>provisoire</translation>
        </message>
        <message>
            <source>Size class unknown: give the staff headcount</source>
            <translation>Taille inconnue : indiquez l'effectif</translation>
        </message>
        <message>
            <source>Provisional: classified by staff alone</source>
            <translation>Provisoire : classée d'après le seul effectif</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>EU SME size class.</source>
            <translation>Catégorie de taille PME de l'UE.</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Salariés</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Contacts working there.</source>
            <translation>Contacts qui y travaillent.</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>Nouvelle entreprise</translation>
        </message>
        <message>
            <source>Create a company (Ctrl+N)</source>
            <translation>Créer une entreprise (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search companies by name, city, email, sector or notes</source>
            <translation>Rechercher des entreprises par nom, ville, e-mail, secteur ou notes</translation>
        </message>
        <message>
            <source>Search companies</source>
            <translation>Rechercher des entreprises</translation>
        </message>
        <message>
            <source>Number of companies shown</source>
            <translation>Nombre d'entreprises affichées</translation>
        </message>
        <message>
            <source>Companies list</source>
            <translation>Liste des entreprises</translation>
        </message>
        <message>
            <source>No companies yet</source>
            <translation>Aucune entreprise pour l'instant</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Créez-en une (Ctrl+N) ou importez un classeur.</translation>
        </message>
        <message>
            <source>No companies match</source>
            <translation>Aucune entreprise ne correspond</translation>
        </message>
        <message>
            <source>1 company</source>
            <translation>1 entreprise</translation>
        </message>
        <message>
            <source>0 of 1 company</source>
            <translation>0 sur 1 entreprise</translation>
        </message>
        <message numerus="yes">
            <source>%Ln companies</source>
            <translation>
                <numerusform>%Ln entreprise</numerusform>
                <numerusform>%Ln entreprises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln companies</source>
            <translation>
                <numerusform>{shown} sur %Ln entreprise</numerusform>
                <numerusform>{shown} sur %Ln entreprises</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete company {name}</source>
            <translation>Supprimer l'entreprise {name}</translation>
        </message>
        <message>
            <source>Deleted company {name}</source>
            <translation>Entreprise {name} supprimée</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln companies</source>
            <translation>
                <numerusform>Supprimer %Ln entreprise</numerusform>
                <numerusform>Supprimer %Ln entreprises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln companies</source>
            <translation>
                <numerusform>%Ln entreprise supprimée</numerusform>
                <numerusform>%Ln entreprises supprimées</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} (partner)</source>
            <translation>{name} (partenaire)</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Show only the members of one cluster</source>
            <translation>Afficher uniquement les membres d'un cluster</translation>
        </message>
        <message>
            <source>Show only one EU size class</source>
            <translation>Afficher une seule catégorie de taille UE</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Type a sector: the whole tag must match</source>
            <translation>Saisissez un secteur : l'étiquette entière doit correspondre</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Consortium partners</source>
            <translation>Partenaires du consortium</translation>
        </message>
        <message>
            <source>Not partners</source>
            <translation>Non partenaires</translation>
        </message>
        <message>
            <source>The partnership's own clusters, or everybody else</source>
            <translation>Les clusters du partenariat, ou tous les autres</translation>
        </message>
    </context>
    <context>
        <name>CompanyEditor</name>
        <message>
            <source>New company</source>
            <translation>Nouvelle entreprise</translation>
        </message>
        <message>
            <source>Select a company to see it here, or press Ctrl+N to create one.</source>
            <translation>Sélectionnez une entreprise pour l'afficher ici, ou appuyez sur Ctrl+N pour en créer une.</translation>
        </message>
        <message>
            <source>Save company</source>
            <translation>Enregistrer l'entreprise</translation>
        </message>
        <message>
            <source>Revert company</source>
            <translation>Annuler les modifications de l'entreprise</translation>
        </message>
        <message>
            <source>Delete company</source>
            <translation>Supprimer l'entreprise</translation>
        </message>
        <message>
            <source>Delete this company (Delete; undo with Ctrl+Z)</source>
            <translation>Supprimer cette entreprise (Suppr ; annuler avec Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the company</source>
            <translation>Enregistrement de l'entreprise</translation>
        </message>
        <message>
            <source>The company was not saved: {reason}</source>
            <translation>L'entreprise n'a pas été enregistrée : {reason}</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>The name people use for it</source>
            <translation>Le nom sous lequel on la connaît</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Nom de l'entreprise</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>What sort of organization this is</source>
            <translation>Le type d'organisation</translation>
        </message>
        <message>
            <source>Consortium partner</source>
            <translation>Partenaire du consortium</translation>
        </message>
        <message>
            <source>Tick for the consortium partners only (the clusters that run this partnership)</source>
            <translation>À cocher uniquement pour les partenaires du consortium (les clusters qui pilotent ce partenariat)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>Type a few letters of the country name</source>
            <translation>Saisissez quelques lettres du nom du pays</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>&amp;Ville</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>Site &amp;web</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>T&amp;éléphone</translation>
        </message>
        <message>
            <source>Any format; stored in international form. Without +, read as a number of the country</source>
            <translation>Tout format ; enregistré au format international. Sans +, lu comme un numéro du pays</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>VAT no.</source>
            <translation>N° TVA</translation>
        </message>
        <message>
            <source>VAT or company registration number</source>
            <translation>Numéro de TVA ou d'immatriculation</translation>
        </message>
        <message>
            <source>E&amp;mployees</source>
            <translation>E&amp;ffectif</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>salariés</translation>
        </message>
        <message>
            <source>Staff headcount</source>
            <translation>Effectif salarié</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Chiffre d'affaires</translation>
        </message>
        <message>
            <source>EUR m</source>
            <translation>M EUR</translation>
        </message>
        <message>
            <source>Annual turnover in millions of euros</source>
            <translation>Chiffre d'affaires annuel en millions d'euros</translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>Total du bilan</translation>
        </message>
        <message>
            <source>Balance sheet total in millions of euros</source>
            <translation>Total du bilan en millions d'euros</translation>
        </message>
        <message>
            <source>Size class</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>&amp;Sectors</source>
            <translation>&amp;Secteurs</translation>
        </message>
        <message>
            <source>Sector, then Enter</source>
            <translation>Secteur, puis Entrée</translation>
        </message>
        <message>
            <source>Fields of activity, as tags (medical devices, diagnostics...)</source>
            <translation>Domaines d'activité, sous forme d'étiquettes (dispositifs médicaux, diagnostic...)</translation>
        </message>
        <message>
            <source>Certifications</source>
            <translation>Certifications</translation>
        </message>
        <message>
            <source>Certifications and approvals held</source>
            <translation>Certifications et autorisations obtenues</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <source>Member of</source>
            <translation>Membre de</translation>
        </message>
        <message>
            <source>Cluster name, then Enter</source>
            <translation>Nom du cluster, puis Entrée</translation>
        </message>
        <message>
            <source>The clusters this organization is a member of</source>
            <translation>Les clusters dont cette organisation est membre</translation>
        </message>
        <message>
            <source>Target markets</source>
            <translation>Marchés cibles</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Contacts of this company</source>
            <translation>Contacts de cette entreprise</translation>
        </message>
        <message>
            <source>Double-click (or Enter) to open the contact</source>
            <translation>Double-cliquez (ou Entrée) pour ouvrir le contact</translation>
        </message>
        <message>
            <source>New contact at this company</source>
            <translation>Nouveau contact dans cette entreprise</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Anything worth remembering about this company</source>
            <translation>Tout ce qui mérite d'être retenu sur cette entreprise</translation>
        </message>
        <message>
            <source>member of {clusters}</source>
            <translation>membre de {clusters}</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Aucun contact pour l'instant</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member organizations</source>
            <translation>
                <numerusform>%Ln organisation membre</numerusform>
                <numerusform>%Ln organisations membres</numerusform>
            </translation>
        </message>
        <message>
            <source>Create company {name}</source>
            <translation>Créer l'entreprise {name}</translation>
        </message>
        <message>
            <source>Company {name} created</source>
            <translation>Entreprise {name} créée</translation>
        </message>
        <message>
            <source>Edit company {name}</source>
            <translation>Modifier l'entreprise {name}</translation>
        </message>
        <message>
            <source>Company {name} saved</source>
            <translation>Entreprise {name} enregistrée</translation>
        </message>
        <message>
            <source>country</source>
            <translation>pays</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>besoins</translation>
        </message>
        <message>
            <source>line {line}: {part} {message}</source>
            <translation>ligne {line} : {part} {message}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Mine (this laptop)</source>
            <translation>La mienne (ce poste)</translation>
        </message>
        <message>
            <source>Changed here by</source>
            <translation>Modifié ici par</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>La leur</translation>
        </message>
        <message>
            <source>Changed there by</source>
            <translation>Modifié là-bas par</translation>
        </message>
        <message>
            <source>Now holds</source>
            <translation>Valeur actuelle</translation>
        </message>
        <message>
            <source>company</source>
            <translation>entreprise</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>adhésion</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>accord</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tâche</translation>
        </message>
        <message>
            <source>officer</source>
            <translation>chargé(e) de mission</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>kept (edited)</source>
            <translation>conservé (modifié)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>ce poste</translation>
        </message>
        <message>
            <source>site {site}</source>
            <translation>site {site}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Show &amp;resolved</source>
            <translation>Afficher les &amp;résolus</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Garder la mienne</translation>
        </message>
        <message>
            <source>This laptop's value stays (or comes back, as a new change every replica takes)</source>
            <translation>La valeur de ce poste reste (ou revient, comme une nouvelle modification que chaque copie reçoit)</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>Prendre la &amp;leur</translation>
        </message>
        <message>
            <source>The other side's value stays (or comes back, as a new change)</source>
            <translation>La valeur de l'autre poste reste (ou revient, comme une nouvelle modification)</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Ouvrir la fiche</translation>
        </message>
        <message>
            <source>No conflicts: every edit made on both sides has been settled. Conflicts appear here when the same field was changed on two laptops before they met.</source>
            <translation>Aucun conflit : toutes les modifications faites des deux côtés sont réglées. Un conflit apparaît ici quand le même champ a été modifié sur deux postes avant leur synchronisation.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open. The later edit won everywhere; the other value is kept here. Pick the one that is right — your choice travels to every replica.</source>
            <translation>
                <numerusform>%Ln ouvert. La modification la plus récente l'a emporté partout ; l'autre valeur est conservée ici. Choisissez la bonne : votre choix est transmis à chaque copie.</numerusform>
                <numerusform>%Ln ouverts. La modification la plus récente l'a emporté partout ; l'autre valeur est conservée ici. Choisissez la bonne : votre choix est transmis à chaque copie.</numerusform>
            </translation>
        </message>
        <message>
            <source>resolved: mine</source>
            <translation>résolu : la mienne</translation>
        </message>
        <message>
            <source>resolved: theirs</source>
            <translation>résolu : la leur</translation>
        </message>
        <message>
            <source>superseded by a later edit</source>
            <translation>remplacé par une modification ultérieure</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>résolu</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>la mienne</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>la leur</translation>
        </message>
        <message>
            <source>record deleted / edited</source>
            <translation>fiche supprimée / modifiée</translation>
        </message>
        <message>
            <source>{record}: your value kept.</source>
            <translation>{record} : votre valeur est conservée.</translation>
        </message>
        <message>
            <source>{record}: their value kept.</source>
            <translation>{record} : leur valeur est conservée.</translation>
        </message>
        <message>
            <source>The conflict was not resolved.</source>
            <translation>Le conflit n'a pas été résolu.</translation>
        </message>
        <message>
            <source>Resolving a conflict</source>
            <translation>Résolution d'un conflit</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>Select a contact to see it here, or press Ctrl+N to create one.</source>
            <translation>Sélectionnez un contact pour l'afficher ici, ou appuyez sur Ctrl+N pour en créer un.</translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation>Enregistrer le contact</translation>
        </message>
        <message>
            <source>Revert contact</source>
            <translation>Annuler les modifications du contact</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Supprimer le contact</translation>
        </message>
        <message>
            <source>Delete this contact (Delete; undo with Ctrl+Z)</source>
            <translation>Supprimer ce contact (Suppr ; annuler avec Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the contact</source>
            <translation>Enregistrement du contact</translation>
        </message>
        <message>
            <source>The contact was not saved: {reason}</source>
            <translation>Le contact n'a pas été enregistré : {reason}</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Prénom</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>Type to find a company</source>
            <translation>Saisissez pour trouver une entreprise</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Show this contact's organization</source>
            <translation>Afficher l'organisation de ce contact</translation>
        </message>
        <message>
            <source>Open the organization</source>
            <translation>Ouvrir l'organisation</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>The company or body this person works for; type part of its name</source>
            <translation>L'entreprise ou l'organisme où travaille cette personne ; saisissez une partie de son nom</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Fonction</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>T&amp;éléphone</translation>
        </message>
        <message>
            <source>Any format; stored in international form. Without +, read as a number of the country</source>
            <translation>Tout format ; enregistré au format international. Sans +, lu comme un numéro du pays</translation>
        </message>
        <message>
            <source>Lan&amp;guages</source>
            <translation>Lan&amp;gues</translation>
        </message>
        <message>
            <source>Languages this person speaks (ISO codes such as en, fr, de)</source>
            <translation>Langues parlées par cette personne (codes ISO comme en, fr, de)</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>&amp;Ville</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>Consentement RGPD</translation>
        </message>
        <message>
            <source>Con&amp;sent</source>
            <translation>Con&amp;sentement</translation>
        </message>
        <message>
            <source>Whether this person agreed to be contacted and kept on file</source>
            <translation>Si cette personne a accepté d'être contactée et conservée dans nos fichiers</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Donné le</translation>
        </message>
        <message>
            <source>The day consent was given (required when it is given)</source>
            <translation>Le jour où le consentement a été donné (obligatoire s'il est donné)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Web form, business card, event sign-up…</source>
            <translation>Formulaire web, carte de visite, inscription à un événement…</translation>
        </message>
        <message>
            <source>Where the consent comes from, for the GDPR register</source>
            <translation>L'origine du consentement, pour le registre RGPD</translation>
        </message>
        <message>
            <source>Privacy…</source>
            <translation>Confidentialité…</translation>
        </message>
        <message>
            <source>Subject access export or erasure of this person (GDPR)</source>
            <translation>Export des données ou effacement de cette personne (RGPD)</translation>
        </message>
        <message>
            <source>For EU statistics</source>
            <translation>Pour les statistiques européennes</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Optional; only used for the EU gender statistics</source>
            <translation>Facultatif ; sert uniquement aux statistiques européennes par genre</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Anything worth remembering about this person</source>
            <translation>Tout ce qui mérite d'être retenu sur cette personne</translation>
        </message>
        <message>
            <source>{job_title} at {organization}</source>
            <translation>{job_title} chez {organization}</translation>
        </message>
        <message>
            <source>consent: {status}</source>
            <translation>consentement : {status}</translation>
        </message>
        <message>
            <source>Create contact {name}</source>
            <translation>Créer le contact {name}</translation>
        </message>
        <message>
            <source>Contact {name} created</source>
            <translation>Contact {name} créé</translation>
        </message>
        <message>
            <source>Edit contact {name}</source>
            <translation>Modifier le contact {name}</translation>
        </message>
        <message>
            <source>Contact {name} saved</source>
            <translation>Contact {name} enregistré</translation>
        </message>
    </context>
    <context>
        <name>ContactsScreen</name>
        <message>
            <source>Consent given on {date}</source>
            <translation>Consentement donné le {date}</translation>
        </message>
        <message>
            <source>Consent: {status}</source>
            <translation>Consentement : {status}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Sorted by last name.</source>
            <translation>Trié par nom de famille.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>GDPR consent.</source>
            <translation>Consentement RGPD.</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>Create a contact (Ctrl+N)</source>
            <translation>Créer un contact (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search contacts by name, email, job title or notes</source>
            <translation>Rechercher des contacts par nom, e-mail, fonction ou notes</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Rechercher des contacts</translation>
        </message>
        <message>
            <source>Number of contacts shown</source>
            <translation>Nombre de contacts affichés</translation>
        </message>
        <message>
            <source>Contacts list</source>
            <translation>Liste des contacts</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Aucun contact pour l'instant</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Créez-en un (Ctrl+N) ou importez un classeur.</translation>
        </message>
        <message>
            <source>No contacts match</source>
            <translation>Aucun contact ne correspond</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 contact</translation>
        </message>
        <message>
            <source>0 of 1 contact</source>
            <translation>0 sur 1 contact</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln contacts</source>
            <translation>
                <numerusform>{shown} sur %Ln contact</numerusform>
                <numerusform>{shown} sur %Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact {name}</source>
            <translation>Supprimer le contact {name}</translation>
        </message>
        <message>
            <source>Deleted contact {name}</source>
            <translation>Contact {name} supprimé</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln contacts</source>
            <translation>
                <numerusform>Supprimer %Ln contact</numerusform>
                <numerusform>Supprimer %Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contacts</source>
            <translation>
                <numerusform>%Ln contact supprimé</numerusform>
                <numerusform>%Ln contacts supprimés</numerusform>
            </translation>
        </message>
        <message>
            <source>Show only the people of one organization</source>
            <translation>Afficher uniquement les personnes d'une organisation</translation>
        </message>
        <message>
            <source>Show only one GDPR consent status</source>
            <translation>Afficher un seul statut de consentement RGPD</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>People who speak this language</source>
            <translation>Personnes qui parlent cette langue</translation>
        </message>
    </context>
    <context>
        <name>CountryCombo</name>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>No type</source>
            <translation>Sans type</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>A reporting period, a calendar year, the whole project or a range of dates</source>
            <translation>Une période de rapport, une année civile, tout le projet ou un intervalle de dates</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>from</source>
            <translation>du</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Cluster partenaire</translation>
        </message>
        <message>
            <source>The whole partnership, or the records of one consortium partner</source>
            <translation>Tout le partenariat, ou les fiches d'un seul partenaire du consortium</translation>
        </message>
        <message>
            <source>Reporting periods and targets…</source>
            <translation>Périodes de rapport et objectifs…</translation>
        </message>
        <message>
            <source>Define the reporting periods and what was promised for each indicator</source>
            <translation>Définir les périodes de rapport et ce qui a été promis pour chaque indicateur</translation>
        </message>
        <message>
            <source>Whole project</source>
            <translation>Tout le projet</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Intervalle personnalisé…</translation>
        </message>
        <message>
            <source>All partners</source>
            <translation>Tous les partenaires</translation>
        </message>
        <message>
            <source>The end is before the start</source>
            <translation>La fin précède le début</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>The indicators could not be computed.</source>
            <translation>Les indicateurs n'ont pas pu être calculés.</translation>
        </message>
        <message>
            <source>Computing the indicators</source>
            <translation>Calcul des indicateurs</translation>
        </message>
        <message>
            <source>{partner} only</source>
            <translation>{partner} seulement</translation>
        </message>
        <message>
            <source>cumulative from {date}</source>
            <translation>cumul depuis le {date}</translation>
        </message>
        <message>
            <source>No reporting periods yet: define them with “Reporting periods and targets…”</source>
            <translation>Aucune période de rapport pour l'instant : définissez-les avec « Périodes de rapport et objectifs… »</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Intervalle personnalisé</translation>
        </message>
        <message>
            <source>{period}: {start} – {end}</source>
            <translation>{period} : {start} – {end}</translation>
        </message>
        <message>
            <source>Achieved against target</source>
            <translation>Réalisé par rapport à l'objectif</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% de l'objectif</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Target (100 %)</source>
            <translation>Objectif (100 %)</translation>
        </message>
        <message>
            <source>No indicator has a target for this period</source>
            <translation>Aucun indicateur n'a d'objectif pour cette période</translation>
        </message>
        <message>
            <source>In the period</source>
            <translation>Sur la période</translation>
        </message>
        <message>
            <source>Project to date</source>
            <translation>Projet à ce jour</translation>
        </message>
        <message>
            <source>SMEs reached per partner cluster</source>
            <translation>PME touchées par cluster partenaire</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>PME touchées</translation>
        </message>
        <message>
            <source>No SMEs reached in this period</source>
            <translation>Aucune PME touchée sur cette période</translation>
        </message>
        <message>
            <source>No partner cluster</source>
            <translation>Sans cluster partenaire</translation>
        </message>
        <message>
            <source>Actions by type</source>
            <translation>Actions par type</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>No actions in this period</source>
            <translation>Aucune action sur cette période</translation>
        </message>
        <message>
            <source>SMEs reached since the project start, month by month</source>
            <translation>PME touchées depuis le début du projet, mois par mois</translation>
        </message>
        <message>
            <source>SMEs reached (cumulative)</source>
            <translation>PME touchées (cumul)</translation>
        </message>
        <message>
            <source>Countries of organizations reached (top {count})</source>
            <translation>Pays des organisations touchées ({count} premiers)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>SMEs reached + clusters engaged</source>
            <translation>PME touchées + clusters mobilisés</translation>
        </message>
        <message>
            <source>No organizations reached in this period</source>
            <translation>Aucune organisation touchée sur cette période</translation>
        </message>
        <message>
            <source>project to date</source>
            <translation>projet à ce jour</translation>
        </message>
        <message>
            <source>no country</source>
            <translation>sans pays</translation>
        </message>
        <message>
            <source>Organizations reached in {country}</source>
            <translation>Organisations touchées : {country}</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>Records that may already be in the store</source>
            <translation>Fiches peut-être déjà présentes</translation>
        </message>
        <message>
            <source>For each match, update the stored record, create a new one, or skip the row.</source>
            <translation>Pour chaque correspondance : mettre à jour la fiche existante, en créer une nouvelle ou ignorer la ligne.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>Dans le fichier</translation>
        </message>
        <message>
            <source>In the store</source>
            <translation>Dans la base</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>&amp;Update all</source>
            <translation>Tout &amp;mettre à jour</translation>
        </message>
        <message>
            <source>Create all as &amp;new</source>
            <translation>Tout créer en &amp;nouveau</translation>
        </message>
        <message>
            <source>&amp;Skip all</source>
            <translation>Tout &amp;ignorer</translation>
        </message>
        <message>
            <source>Su&amp;ggested choices</source>
            <translation>Choix &amp;proposés</translation>
        </message>
        <message>
            <source>Update the best stored match (the selected rows, or all)</source>
            <translation>Mettre à jour la meilleure correspondance (lignes sélectionnées, ou toutes)</translation>
        </message>
        <message>
            <source>Create a new record (the selected rows, or all)</source>
            <translation>Créer une nouvelle fiche (lignes sélectionnées, ou toutes)</translation>
        </message>
        <message>
            <source>Leave out of the import (the selected rows, or all)</source>
            <translation>Laisser hors de l'import (lignes sélectionnées, ou toutes)</translation>
        </message>
        <message>
            <source>Back to the choices proposed for each row</source>
            <translation>Revenir aux choix proposés pour chaque ligne</translation>
        </message>
        <message>
            <source>Selected rows, or all:</source>
            <translation>Lignes sélectionnées, ou toutes :</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file look like records already in the store. The choices proposed follow the evidence: an identical key or a nearly identical name means the same record.</source>
            <translation>
                <numerusform>%Ln ligne du fichier ressemble à une fiche déjà présente. Les choix proposés suivent les indices : une clé identique ou un nom presque identique désigne la même fiche.</numerusform>
                <numerusform>%Ln lignes du fichier ressemblent à des fiches déjà présentes. Les choix proposés suivent les indices : une clé identique ou un nom presque identique désigne la même fiche.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No row of the file matches a record in the store: all %Ln row(s) will be created.</source>
            <translation>
                <numerusform>Aucune ligne ne correspond à une fiche existante : la ligne sera créée.</numerusform>
                <numerusform>Aucune ligne ne correspond à une fiche existante : les %Ln lignes seront créées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln pair(s) of rows inside the file look alike; both rows are imported (see the warnings of the previous step).</source>
            <translation>
                <numerusform>%Ln paire de lignes du fichier se ressemble ; les deux lignes sont importées (voir les avertissements de l'étape précédente).</numerusform>
                <numerusform>%Ln paires de lignes du fichier se ressemblent ; les deux lignes sont importées (voir les avertissements de l'étape précédente).</numerusform>
            </translation>
        </message>
        <message>
            <source>Update existing</source>
            <translation>Mettre à jour</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Rows {row} and {other} of {sheet} would both update {record}: create one as new or skip it.</source>
            <translation>Les lignes {row} et {other} de {sheet} mettraient toutes deux à jour {record} : créez-en une en nouveau ou ignorez-la.</translation>
        </message>
        <message>
            <source>Of the matched rows: {update} update, {new} new, {skip} skipped.</source>
            <translation>Lignes concernées : {update} mises à jour, {new} nouvelles, {skip} ignorées.</translation>
        </message>
    </context>
    <context>
        <name>DrillDownDialog</name>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Counts for</source>
            <translation>Compte pour</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Loading the records…</source>
            <translation>Chargement des enregistrements…</translation>
        </message>
        <message>
            <source>Records behind the number</source>
            <translation>Enregistrements derrière le chiffre</translation>
        </message>
        <message>
            <source>Export to xlsx…</source>
            <translation>Exporter en xlsx…</translation>
        </message>
        <message>
            <source>Save this list as an Excel workbook</source>
            <translation>Enregistrer cette liste dans un classeur Excel</translation>
        </message>
        <message>
            <source>The records could not be listed.</source>
            <translation>Les enregistrements n'ont pas pu être listés.</translation>
        </message>
        <message>
            <source>Listing the records behind the number</source>
            <translation>Liste des enregistrements derrière le chiffre</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records, counting {total}</source>
            <translation>
                <numerusform>%Ln enregistrement, comptant pour {total}</numerusform>
                <numerusform>%Ln enregistrements, comptant pour {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln enregistrement</numerusform>
                <numerusform>%Ln enregistrements</numerusform>
            </translation>
        </message>
        <message>
            <source>No records behind this number.</source>
            <translation>Aucun enregistrement derrière ce chiffre.</translation>
        </message>
        <message>
            <source>Export to xlsx</source>
            <translation>Exporter en xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving {file}</source>
            <translation>Enregistrement de {file}</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln records to {path}</source>
            <translation>
                <numerusform>%Ln enregistrement enregistré dans {path}</numerusform>
                <numerusform>%Ln enregistrements enregistrés dans {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>same VAT number</source>
            <translation>même numéro de TVA</translation>
        </message>
        <message>
            <source>same web domain</source>
            <translation>même domaine web</translation>
        </message>
        <message>
            <source>same email</source>
            <translation>même e-mail</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>même téléphone</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>nom proche</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>Rechercher les doublons</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>&amp;Search again</source>
            <translation>&amp;Relancer la recherche</translation>
        </message>
        <message>
            <source>Look among:</source>
            <translation>Chercher parmi :</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Probably the same as</source>
            <translation>Probablement identique à</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionner…</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Ouvrir la fiche</translation>
        </message>
        <message>
            <source>Open &amp;other</source>
            <translation>Ouvrir l'&amp;autre</translation>
        </message>
        <message>
            <source>The older record of each pair comes first: it is usually the one to keep. A merge moves every link to the kept record and can be undone.</source>
            <translation>La fiche la plus ancienne de chaque paire vient en premier : c'est en général celle à garder. Une fusion déplace tous les liens vers la fiche gardée et peut être annulée.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Recherche des doublons…</translation>
        </message>
        <message>
            <source>Looking for duplicates</source>
            <translation>Recherche des doublons</translation>
        </message>
        <message>
            <source>The search for duplicates did not work: {reason}</source>
            <translation>La recherche de doublons n'a pas abouti : {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln likely pair(s)</source>
            <translation>
                <numerusform>%Ln paire probable</numerusform>
                <numerusform>%Ln paires probables</numerusform>
            </translation>
        </message>
        <message>
            <source>No likely duplicates.</source>
            <translation>Aucun doublon probable.</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message>
            <source>Encryption</source>
            <translation>Chiffrement</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is encrypted.&lt;/b&gt; A stolen laptop yields no readable data.</source>
            <translation>&lt;b&gt;Cette base est chiffrée.&lt;/b&gt; Un ordinateur volé ne livre aucune donnée lisible.</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is not encrypted.&lt;/b&gt; Anyone who gets the file (a lost or stolen laptop) can read every name and email in it.</source>
            <translation>&lt;b&gt;Cette base n'est pas chiffrée.&lt;/b&gt; Quiconque obtient le fichier (ordinateur perdu ou volé) peut y lire tous les noms et e-mails.</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>Decrypt: keep the store as a plain file</source>
            <translation>Déchiffrer : garder la base en fichier non chiffré</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Nouvelle phrase secrète (confirmation)</translation>
        </message>
        <message>
            <source>&amp;Show passphrases</source>
            <translation>&amp;Afficher les phrases secrètes</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Phrase secrète a&amp;ctuelle :</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Répétez-la :</translation>
        </message>
        <message>
            <source>&amp;Encrypt</source>
            <translation>&amp;Chiffrer</translation>
        </message>
        <message>
            <source>&amp;Decrypt</source>
            <translation>&amp;Déchiffrer</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>C&amp;hanger la phrase secrète</translation>
        </message>
        <message>
            <source>If the passphrase is lost, the data cannot be recovered: nobody can open the store without it, not even with its backups. Keep it in a password manager or another safe place.</source>
            <translation>Si la phrase secrète est perdue, les données sont irrécupérables : personne ne peut ouvrir la base sans elle, pas même à partir des sauvegardes. Conservez-la dans un gestionnaire de mots de passe ou en lieu sûr.</translation>
        </message>
        <message>
            <source>The store will be a plain file again: anyone who gets it can read it. Its encrypted backups stay encrypted and still need this passphrase.</source>
            <translation>La base redeviendra un fichier non chiffré : quiconque l'obtient pourra la lire. Ses sauvegardes chiffrées le restent et demandent toujours cette phrase secrète.</translation>
        </message>
        <message>
            <source>MAGIA Desk restarts when it is done. The store as it was is kept among the backups.</source>
            <translation>MAGIA Desk redémarre une fois l'opération terminée. La base dans son état actuel est conservée parmi les sauvegardes.</translation>
        </message>
        <message>
            <source>Use several words or a long mix of letters, digits and signs.</source>
            <translation>Utilisez plusieurs mots ou un long mélange de lettres, chiffres et signes.</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>faible</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <source>good</source>
            <translation>bonne</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>robuste</translation>
        </message>
        <message>
            <source>Strength: {level}</source>
            <translation>Robustesse : {level}</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>Saisissez la phrase secrète actuelle.</translation>
        </message>
        <message>
            <source>The new passphrase needs at least {count} characters.</source>
            <translation>La nouvelle phrase secrète doit compter au moins {count} caractères.</translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <source>The new passphrase is the current one.</source>
            <translation>La nouvelle phrase secrète est identique à l'actuelle.</translation>
        </message>
        <message>
            <source>This is not the current passphrase. Check Caps Lock and the keyboard layout.</source>
            <translation>Ce n'est pas la phrase secrète actuelle. Vérifiez la touche Verr. Maj et la disposition du clavier.</translation>
        </message>
        <message>
            <source>Backing up the store…</source>
            <translation>Sauvegarde de la base…</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Sauvegarde de la base</translation>
        </message>
        <message>
            <source>Encrypting the store… Do not turn the computer off.</source>
            <translation>Chiffrement de la base… N'éteignez pas l'ordinateur.</translation>
        </message>
        <message>
            <source>Decrypting the store…</source>
            <translation>Déchiffrement de la base…</translation>
        </message>
        <message>
            <source>Changing the passphrase… Do not turn the computer off.</source>
            <translation>Changement de la phrase secrète… N'éteignez pas l'ordinateur.</translation>
        </message>
        <message>
            <source>Converting the store</source>
            <translation>Conversion de la base</translation>
        </message>
        <message>
            <source>The store is now encrypted.</source>
            <translation>La base est désormais chiffrée.</translation>
        </message>
        <message>
            <source>The store is now a plain file.</source>
            <translation>La base est désormais un fichier non chiffré.</translation>
        </message>
        <message>
            <source>The store has a new passphrase.</source>
            <translation>La base a une nouvelle phrase secrète.</translation>
        </message>
        <message>
            <source>The store as it was is kept in {path}.</source>
            <translation>La base dans son état précédent est conservée dans {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) now use the new passphrase.</source>
            <translation>
                <numerusform>%Ln sauvegarde utilise désormais la nouvelle phrase secrète.</numerusform>
                <numerusform>%Ln sauvegardes utilisent désormais la nouvelle phrase secrète.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) stay encrypted: restoring one needs this passphrase.</source>
            <translation>
                <numerusform>%Ln sauvegarde reste chiffrée : la restaurer demande cette phrase secrète.</numerusform>
                <numerusform>%Ln sauvegardes restent chiffrées : en restaurer une demande cette phrase secrète.</numerusform>
            </translation>
        </message>
        <message>
            <source>MAGIA Desk restarts now.</source>
            <translation>MAGIA Desk redémarre maintenant.</translation>
        </message>
        <message>
            <source>Enter the new passphrase to open the store.</source>
            <translation>Saisissez la nouvelle phrase secrète pour ouvrir la base.</translation>
        </message>
        <message>
            <source>The store was left as it was. MAGIA Desk restarts now.</source>
            <translation>La base n'a pas été modifiée. MAGIA Desk redémarre maintenant.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>{doing} did not work.

{reason}</source>
            <translation>{doing} n'a pas abouti.

{reason}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>{doing} failed unexpectedly.</source>
            <translation>{doing} a échoué de manière inattendue.</translation>
        </message>
        <message>
            <source>Your data is safe: the change that failed was not saved. Try again; if it happens again, send the details below to whoever supports MAGIA Desk.</source>
            <translation>Vos données sont intactes : la modification qui a échoué n'a pas été enregistrée. Réessayez ; si cela se reproduit, envoyez les détails ci-dessous à la personne qui assure le support de MAGIA Desk.</translation>
        </message>
        <message>
            <source>They are also in the log file {path}.</source>
            <translation>Ils figurent aussi dans le journal {path}.</translation>
        </message>
        <message>
            <source>The last action</source>
            <translation>La dernière action</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file to import</source>
            <translation>Choisir le fichier à importer</translation>
        </message>
        <message>
            <source>Nothing is written until the last step.</source>
            <translation>Rien n'est écrit avant la dernière étape.</translation>
        </message>
        <message>
            <source>Import an &lt;b&gt;exchange workbook&lt;/b&gt; (what &lt;i&gt;Export&lt;/i&gt; writes, or the template filled in), or &lt;b&gt;one sheet of organizations or contacts&lt;/b&gt; from any spreadsheet, as .xlsx or .csv. The next steps match its columns, check every row and let you decide about records that may already be in the store.</source>
            <translation>Importez un &lt;b&gt;classeur d'échange&lt;/b&gt; (celui qu'écrit &lt;i&gt;Exporter&lt;/i&gt;, ou le modèle rempli), ou &lt;b&gt;une feuille d'organisations ou de contacts&lt;/b&gt; de n'importe quel tableur, en .xlsx ou .csv. Les étapes suivantes font correspondre ses colonnes, vérifient chaque ligne et vous laissent décider pour les fiches peut-être déjà présentes.</translation>
        </message>
        <message>
            <source>A workbook (.xlsx, .ods) or a .csv file</source>
            <translation>Un classeur (.xlsx, .ods) ou un fichier .csv</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Save an empty &amp;template…</source>
            <translation>Enregistrer un &amp;modèle vide…</translation>
        </message>
        <message>
            <source>The exchange workbook with its headers, explanations and example rows, to fill in</source>
            <translation>Le classeur d'échange avec ses en-têtes, explications et lignes d'exemple, à remplir</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Importer un classeur</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>Tableurs</translation>
        </message>
        <message>
            <source>Save an empty template</source>
            <translation>Enregistrer un modèle vide</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Classeur Excel</translation>
        </message>
        <message>
            <source>Saving the template</source>
            <translation>Enregistrement du modèle</translation>
        </message>
        <message>
            <source>Template saved as {name}: fill it in, then choose it here.</source>
            <translation>Modèle enregistré sous {name} : remplissez-le, puis choisissez-le ici.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>Il n'y a pas de fichier à cet emplacement.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>This file cannot be imported: {problem}</source>
            <translation>Ce fichier ne peut pas être importé : {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln ligne</numerusform>
                <numerusform>%Ln lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>read as {sheet}</source>
            <translation>lue comme {sheet}</translation>
        </message>
        <message>
            <source>columns to match by hand</source>
            <translation>colonnes à faire correspondre à la main</translation>
        </message>
        <message>
            <source>An exchange workbook:</source>
            <translation>Un classeur d'échange :</translation>
        </message>
        <message numerus="yes">
            <source>A spreadsheet with %Ln sheet(s):</source>
            <translation>
                <numerusform>Un tableur avec %Ln feuille :</numerusform>
                <numerusform>Un tableur avec %Ln feuilles :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Show every row again</source>
            <translation>Afficher à nouveau toutes les lignes</translation>
        </message>
    </context>
    <context>
        <name>FilterChip</name>
        <message>
            <source>Show only the rows with this {name_lower}</source>
            <translation>N'afficher que les lignes correspondantes ({name_lower})</translation>
        </message>
        <message>
            <source>Filter by {name_lower}</source>
            <translation>Filtrer par {name_lower}</translation>
        </message>
        <message>
            <source>Any {name_lower}</source>
            <translation>{name} : indifférent</translation>
        </message>
        <message>
            <source>Find a {name_lower}</source>
            <translation>Rechercher : {name_lower}</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name} : {value}</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to MAGIA Desk</source>
            <translation>Bienvenue dans MAGIA Desk</translation>
        </message>
        <message>
            <source>Three questions before you start. You can change the answers later in Edit ▸ Settings.</source>
            <translation>Trois questions avant de commencer. Vous pourrez modifier vos réponses plus tard dans Édition ▸ Paramètres.</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>Langue du système ({language})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Votre &amp;nom :</translation>
        </message>
        <message>
            <source>Your &amp;partner cluster:</source>
            <translation>Votre cluster &amp;partenaire :</translation>
        </message>
        <message>
            <source>First and last name, as colleagues know you</source>
            <translation>Prénom et nom, tels que vos collègues vous connaissent</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>The cluster you work for</source>
            <translation>Le cluster pour lequel vous travaillez</translation>
        </message>
        <message>
            <source>Your partner cluster</source>
            <translation>Votre cluster partenaire</translation>
        </message>
        <message>
            <source>How do you want to start?</source>
            <translation>Comment voulez-vous commencer ?</translation>
        </message>
        <message>
            <source>Start with an &amp;empty store</source>
            <translation>Commencer avec une base &amp;vide</translation>
        </message>
        <message>
            <source>Create your companies and contacts yourself, or import them later.</source>
            <translation>Saisissez vous-même vos entreprises et vos contacts, ou importez-les plus tard.</translation>
        </message>
        <message>
            <source>Explore with &amp;demo data</source>
            <translation>Découvrir avec des données de &amp;démonstration</translation>
        </message>
        <message>
            <source>A realistic partnership of four clusters, to try everything safely.</source>
            <translation>Un partenariat réaliste de quatre clusters, pour tout essayer sans risque.</translation>
        </message>
        <message>
            <source>&amp;Import a workbook</source>
            <translation>&amp;Importer un classeur</translation>
        </message>
        <message>
            <source>Read the exchange workbook (.xlsx) your partnership already keeps.</source>
            <translation>Lire le classeur d'échange (.xlsx) que votre partenariat tient déjà.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Commencer</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
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
            <translation>Tout le fichier est écrit d'un coup : si quoi que ce soit l'interrompt, rien n'est écrit.</translation>
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation>&amp;Annuler l'import</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créées</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mises à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangées</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignorées</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Import de {name}…</translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation>Import de {name}</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Annulé : rien n'a été écrit.</translation>
        </message>
        <message>
            <source>The import was refused and nothing was written: go Back to change the decisions, or correct the file.</source>
            <translation>L'import a été refusé et rien n'a été écrit : revenez en arrière pour changer les décisions, ou corrigez le fichier.</translation>
        </message>
        <message>
            <source>The import failed and nothing was written.</source>
            <translation>L'import a échoué et rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Importing the file</source>
            <translation>Import du fichier</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Imported: {created} created, {updated} updated.</source>
            <translation>Importé : {created} créées, {updated} mises à jour.</translation>
        </message>
        <message>
            <source>Nothing to change: the store already holds everything in this file.</source>
            <translation>Rien à changer : la base contient déjà tout ce fichier.</translation>
        </message>
        <message>
            <source>New officers: {names}.</source>
            <translation>Nouveaux chargés de mission : {names}.</translation>
        </message>
        <message>
            <source>Skipped rows: {rows}.</source>
            <translation>Lignes ignorées : {rows}.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Organizations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Participations</source>
            <translation>Participations</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Accords</translation>
        </message>
        <message>
            <source>Reporting periods</source>
            <translation>Périodes de rapport</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>Objectifs KPI</translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, ligne {row}</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Importer un classeur</translation>
        </message>
    </context>
    <context>
        <name>ItineraryDialog</name>
        <message>
            <source>Edit itinerary item</source>
            <translation>Modifier l'étape du programme</translation>
        </message>
        <message>
            <source>New itinerary item</source>
            <translation>Nouvelle étape du programme</translation>
        </message>
        <message>
            <source>local time, {zone}</source>
            <translation>heure locale, {zone}</translation>
        </message>
        <message>
            <source>local time</source>
            <translation>heure locale</translation>
        </message>
        <message>
            <source>Itinerary item</source>
            <translation>Étape du programme</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>e.g. LYS-PVG, Hotel Okura</source>
            <translation>p. ex. LYS-PVG, Hôtel Okura</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <source>2019-05-14 10:00 ({where})</source>
            <translation>2019-05-14 10:00 ({where})</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>11:30, or a date and time</source>
            <translation>11:30, ou une date et une heure</translation>
        </message>
        <message>
            <source>A time alone is taken on the start's day</source>
            <translation>Une heure seule s'entend le jour du début</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>New itinerary item {title}</source>
            <translation>Nouvelle étape du programme {title}</translation>
        </message>
        <message>
            <source>Saving the itinerary item</source>
            <translation>Enregistrement de l'étape du programme</translation>
        </message>
    </context>
    <context>
        <name>KpiTile</name>
        <message>
            <source>No target</source>
            <translation>Pas d'objectif</translation>
        </message>
        <message>
            <source>of {target} target · {percent}</source>
            <translation>sur un objectif de {target} · {percent}</translation>
        </message>
        <message>
            <source>Cumulative {count} of {target} ({percent} %)</source>
            <translation>Cumul {count} sur {target} ({percent} %)</translation>
        </message>
        <message>
            <source>Cumulative {count}</source>
            <translation>Cumul {count}</translation>
        </message>
        <message>
            <source>{indicator}: {value}</source>
            <translation>{indicator} : {value}</translation>
        </message>
        <message>
            <source>{indicator}: {value} against a target of {target}</source>
            <translation>{indicator} : {value} pour un objectif de {target}</translation>
        </message>
        <message>
            <source>Click to see the records behind the number</source>
            <translation>Cliquez pour voir les fiches derrière ce chiffre</translation>
        </message>
    </context>
    <context>
        <name>LettersOfIntentDialog</name>
        <message>
            <source>Letter of intent — {organization}</source>
            <translation>Lettre d'intention — {organization}</translation>
        </message>
        <message>
            <source>Letters of intent</source>
            <translation>Lettres d'intention</translation>
        </message>
        <message>
            <source>Find SMEs by name, city or sector</source>
            <translation>Trouver des PME par nom, ville ou secteur</translation>
        </message>
        <message>
            <source>Search SMEs</source>
            <translation>Rechercher des PME</translation>
        </message>
        <message>
            <source>Members of any cluster</source>
            <translation>Membres de tout cluster</translation>
        </message>
        <message>
            <source>Members of cluster</source>
            <translation>Membres du cluster</translation>
        </message>
        <message>
            <source>Show only the SMEs that are members of this cluster</source>
            <translation>N'afficher que les PME membres de ce cluster</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>PME</translation>
        </message>
        <message>
            <source>Tick all shown</source>
            <translation>Cocher toutes les PME affichées</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Tout décocher</translation>
        </message>
        <message>
            <source>Title template</source>
            <translation>Modèle de titre</translation>
        </message>
        <message>
            <source>{organization} and {country} are replaced for each SME</source>
            <translation>{organization} et {country} sont remplacés pour chaque PME</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signées le</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Cluster partenaire</translation>
        </message>
        <message>
            <source>Optional: the event where they were signed</source>
            <translation>Facultatif : l'événement où elles ont été signées</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>&amp;Signed on</source>
            <translation>&amp;Signées le</translation>
        </message>
        <message>
            <source>&amp;Partner cluster</source>
            <translation>&amp;Cluster partenaire</translation>
        </message>
        <message>
            <source>&amp;At</source>
            <translation>&amp;Lors de</translation>
        </message>
        <message>
            <source>Tick the SMEs that signed: one signed letter of intent is created for each.</source>
            <translation>Cochez les PME signataires : une lettre d'intention signée est créée pour chacune.</translation>
        </message>
        <message>
            <source>No SMEs match: try fewer words or another cluster</source>
            <translation>Aucune PME ne correspond : essayez moins de mots ou un autre cluster</translation>
        </message>
        <message numerus="yes">
            <source>%Ln SMEs ticked</source>
            <translation>
                <numerusform>%Ln PME cochée</numerusform>
                <numerusform>%Ln PME cochées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln letters</source>
            <translation>
                <numerusform>Créer %Ln lettre</numerusform>
                <numerusform>Créer %Ln lettres</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the day the letters were signed</source>
            <translation>Indiquez la date de signature des lettres</translation>
        </message>
        <message>
            <source>Choose the partner cluster the letters count for</source>
            <translation>Choisissez le cluster partenaire pour lequel les lettres comptent</translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln letters of intent</source>
            <translation>
                <numerusform>Créer %Ln lettre d'intention</numerusform>
                <numerusform>Créer %Ln lettres d'intention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created %Ln letters of intent</source>
            <translation>
                <numerusform>%Ln lettre d'intention créée</numerusform>
                <numerusform>%Ln lettres d'intention créées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListScreen</name>
        <message>
            <source>New record</source>
            <translation>Nouvel enregistrement</translation>
        </message>
        <message>
            <source>Create a record (Ctrl+N)</source>
            <translation>Créer un enregistrement (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Search records</source>
            <translation>Rechercher des enregistrements</translation>
        </message>
        <message>
            <source>Number of records shown</source>
            <translation>Nombre d'enregistrements affichés</translation>
        </message>
        <message>
            <source>Records list</source>
            <translation>Liste des enregistrements</translation>
        </message>
        <message>
            <source>No records yet</source>
            <translation>Aucun enregistrement pour l'instant</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N).</source>
            <translation>Créez-en un (Ctrl+N).</translation>
        </message>
        <message>
            <source>No records match</source>
            <translation>Aucun enregistrement ne correspond</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 enregistrement</translation>
        </message>
        <message>
            <source>0 of 1 record</source>
            <translation>0 sur 1 enregistrement</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln enregistrement</numerusform>
                <numerusform>%Ln enregistrements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln records</source>
            <translation>
                <numerusform>{shown} sur %Ln enregistrement</numerusform>
                <numerusform>{shown} sur %Ln enregistrements</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>Supprimer {name}</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>{name} supprimé</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln records</source>
            <translation>
                <numerusform>Supprimer %Ln enregistrement</numerusform>
                <numerusform>Supprimer %Ln enregistrements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln records</source>
            <translation>
                <numerusform>%Ln enregistrement supprimé</numerusform>
                <numerusform>%Ln enregistrements supprimés</numerusform>
            </translation>
        </message>
        <message>
            <source>Every word you type narrows the list; the search runs as you type.</source>
            <translation>Chaque mot saisi affine la liste ; la recherche se fait pendant la frappe.</translation>
        </message>
        <message>
            <source>Deleting {name}</source>
            <translation>Suppression de {name}</translation>
        </message>
        <message>
            <source>The list cannot be sorted by “{column}”</source>
            <translation>La liste ne peut pas être triée par « {column} »</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Nothing matches “{text}” with these filters. Try fewer words or filters.</source>
            <translation>Rien ne correspond à « {text} » avec ces filtres. Essayez avec moins de mots ou de filtres.</translation>
        </message>
        <message>
            <source>Nothing matches these filters. Try fewer filters.</source>
            <translation>Rien ne correspond à ces filtres. Essayez avec moins de filtres.</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Effacer la recherche et les filtres</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Background work</source>
            <translation>Tâche en arrière-plan</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Écrans</translation>
        </message>
        <message>
            <source>Switch screens with Ctrl+1 to Ctrl+8</source>
            <translation>Changez d'écran avec Ctrl+1 à Ctrl+8</translation>
        </message>
        <message>
            <source>Current screen</source>
            <translation>Écran affiché</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>&amp;Importer un classeur…</translation>
        </message>
        <message>
            <source>Read companies, contacts and actions from an exchange workbook</source>
            <translation>Lire entreprises, contacts et actions depuis un classeur d'échange</translation>
        </message>
        <message>
            <source>&amp;Export workbook…</source>
            <translation>&amp;Exporter un classeur…</translation>
        </message>
        <message>
            <source>Write every record to an exchange workbook (.xlsx)</source>
            <translation>Écrire toutes les fiches dans un classeur d'échange (.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Keep a copy of the store and its attachments beside it</source>
            <translation>Garder une copie de la base et de ses pièces jointes à côté d'elle</translation>
        </message>
        <message>
            <source>Bac&amp;kups…</source>
            <translation>Sau&amp;vegardes…</translation>
        </message>
        <message>
            <source>The store's backups: back up now, restore, show the folder</source>
            <translation>Les sauvegardes de la base : sauvegarder, restaurer, afficher le dossier</translation>
        </message>
        <message>
            <source>&amp;Retention review…</source>
            <translation>Revue de &amp;conservation…</translation>
        </message>
        <message>
            <source>Contacts with no activity for years, to review (GDPR)</source>
            <translation>Contacts sans activité depuis des années, à examiner (RGPD)</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>Rechercher les &amp;doublons…</translation>
        </message>
        <message>
            <source>Companies and contacts entered twice, to merge</source>
            <translation>Entreprises et contacts saisis deux fois, à fusionner</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Language, officer, data folder, backups, encryption</source>
            <translation>Langue, chargé de mission, dossier des données, sauvegardes, chiffrement</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>Create a record on this screen</source>
            <translation>Créer une fiche sur cet écran</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save the record being edited</source>
            <translation>Enregistrer la fiche en cours de modification</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected records (undo with Ctrl+Z)</source>
            <translation>Supprimer les fiches sélectionnées (annuler avec Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Re&amp;chercher</translation>
        </message>
        <message>
            <source>Search the list of this screen</source>
            <translation>Rechercher dans la liste de cet écran</translation>
        </message>
        <message>
            <source>&amp;Go to anything…</source>
            <translation>&amp;Aller à…</translation>
        </message>
        <message>
            <source>Find any record or command by name</source>
            <translation>Trouver une fiche ou une commande par son nom</translation>
        </message>
        <message>
            <source>Show the screen {screen}</source>
            <translation>Afficher l'écran {screen}</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Raccourcis &amp;clavier</translation>
        </message>
        <message>
            <source>Every shortcut of the window</source>
            <translation>Tous les raccourcis de la fenêtre</translation>
        </message>
        <message>
            <source>&amp;About MAGIA Desk</source>
            <translation>À &amp;propos de MAGIA Desk</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barre de menus</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Export workbook</source>
            <translation>Exporter un classeur</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exporté vers {path}</translation>
        </message>
        <message>
            <source>Exporting the workbook</source>
            <translation>Export du classeur</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Sauvegardé dans {path}</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Sauvegarde de la base</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>The record you are editing could not be saved (its fields say why). Close and lose the changes?</source>
            <translation>La fiche en cours de modification n'a pas pu être enregistrée (ses champs indiquent pourquoi). Fermer et perdre les modifications ?</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Faire correspondre les colonnes</translation>
        </message>
        <message>
            <source>Say which field each column of the file fills. Fields marked * are required.</source>
            <translation>Indiquez quel champ remplit chaque colonne du fichier. Les champs marqués * sont obligatoires.</translation>
        </message>
        <message>
            <source>Choose at least one sheet to import.</source>
            <translation>Choisissez au moins une feuille à importer.</translation>
        </message>
        <message>
            <source>Several sheets are imported as {sheet}; keep one.</source>
            <translation>Plusieurs feuilles sont importées comme {sheet} ; gardez-en une.</translation>
        </message>
        <message>
            <source>Before going on:</source>
            <translation>Avant de continuer :</translation>
        </message>
    </context>
    <context>
        <name>MarketInterestsEditor</name>
        <message>
            <source>Add a target market</source>
            <translation>Ajouter un marché cible</translation>
        </message>
        <message>
            <source>Record a country this organization is interested in</source>
            <translation>Enregistrer un pays qui intéresse cette organisation</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Edit meeting</source>
            <translation>Modifier le rendez-vous</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouveau rendez-vous</translation>
        </message>
        <message>
            <source>Type to find the organization met</source>
            <translation>Saisissez pour trouver l'organisation rencontrée</translation>
        </message>
        <message>
            <source>2019-05-14 10:00 (local time)</source>
            <translation>2019-05-14 10:00 (heure locale)</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Contacts rencontrés</translation>
        </message>
        <message>
            <source>Delegation members present</source>
            <translation>Membres de la délégation présents</translation>
        </message>
        <message>
            <source>A follow-up task, e.g. Send samples</source>
            <translation>Une tâche de suivi, p. ex. Envoyer des échantillons</translation>
        </message>
        <message>
            <source>New follow-up task</source>
            <translation>Nouvelle tâche de suivi</translation>
        </message>
        <message>
            <source>Follow-up due date</source>
            <translation>Échéance du suivi</translation>
        </message>
        <message>
            <source>{name} (officer)</source>
            <translation>{name} (chargé de mission)</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Sujet</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>&amp;Résultat</translation>
        </message>
        <message>
            <source>Contacts &amp;met</source>
            <translation>&amp;Contacts rencontrés</translation>
        </message>
        <message>
            <source>&amp;Delegation present</source>
            <translation>&amp;Délégation présente</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>&amp;New follow-up</source>
            <translation>&amp;Nouveau suivi</translation>
        </message>
        <message>
            <source>Saving the meeting</source>
            <translation>Enregistrement du rendez-vous</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPlanner</name>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Contacts rencontrés</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Délégation</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Sujet</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suites à donner</translation>
        </message>
        <message>
            <source>Not scheduled ({count})</source>
            <translation>Non planifiées ({count})</translation>
        </message>
        <message>
            <source>Days of the mission</source>
            <translation>Jours de la mission</translation>
        </message>
        <message>
            <source>Clashes</source>
            <translation>Conflits d'horaire</translation>
        </message>
        <message>
            <source>Meetings of the day</source>
            <translation>Rendez-vous du jour</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nouveau rendez-vous</translation>
        </message>
        <message>
            <source>Plan a meeting on the day shown</source>
            <translation>Planifier un rendez-vous le jour affiché</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected meeting (or double-click it)</source>
            <translation>Modifier le rendez-vous sélectionné (ou double-cliquez dessus)</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Modifier le rendez-vous</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected meeting (undo with Ctrl+Z)</source>
            <translation>Supprimer le rendez-vous sélectionné (Ctrl+Z pour annuler)</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Supprimer le rendez-vous</translation>
        </message>
        <message>
            <source>No meetings planned for this mission yet: press New meeting.</source>
            <translation>Aucun rendez-vous prévu pour cette mission : cliquez sur Nouveau rendez-vous.</translation>
        </message>
        <message>
            <source>Clashes on this day</source>
            <translation>Conflits d'horaire ce jour-là</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>échéance le {date}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two organizations</source>
            <translation>Fusionner deux organisations</translation>
        </message>
        <message>
            <source>Merge two contacts</source>
            <translation>Fusionner deux contacts</translation>
        </message>
        <message>
            <source>Show the fields that are the same</source>
            <translation>Afficher les champs identiques</translation>
        </message>
        <message>
            <source>&amp;Keep the other one</source>
            <translation>&amp;Garder l'autre</translation>
        </message>
        <message>
            <source>Keep the record on the right and merge the left one into it</source>
            <translation>Garder la fiche de droite et y fusionner celle de gauche</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Kept: {name}</source>
            <translation>Gardée : {name}</translation>
        </message>
        <message>
            <source>Merged into it: {name}</source>
            <translation>Fusionnée dedans : {name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{other}&lt;/b&gt; will be merged into &lt;b&gt;{keep}&lt;/b&gt;: choose the value to keep for each field that differs ({count}).</source>
            <translation>&lt;b&gt;{other}&lt;/b&gt; sera fusionnée dans &lt;b&gt;{keep}&lt;/b&gt; : choisissez la valeur à garder pour chaque champ qui diffère ({count}).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contact(s)</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln participation(s)</source>
            <translation>
                <numerusform>%Ln participation</numerusform>
                <numerusform>%Ln participations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln membership(s)</source>
            <translation>
                <numerusform>%Ln adhésion</numerusform>
                <numerusform>%Ln adhésions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s)</source>
            <translation>
                <numerusform>%Ln accord</numerusform>
                <numerusform>%Ln accords</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) as partner cluster</source>
            <translation>
                <numerusform>%Ln accord comme cluster partenaire</numerusform>
                <numerusform>%Ln accords comme cluster partenaire</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln note</numerusform>
                <numerusform>%Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln document(s)</source>
            <translation>
                <numerusform>%Ln document</numerusform>
                <numerusform>%Ln documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln task(s)</source>
            <translation>
                <numerusform>%Ln tâche</numerusform>
                <numerusform>%Ln tâches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>%Ln rendez-vous</numerusform>
                <numerusform>%Ln rendez-vous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting attendance(s)</source>
            <translation>
                <numerusform>%Ln présence à un rendez-vous</numerusform>
                <numerusform>%Ln présences à des rendez-vous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s) organised</source>
            <translation>
                <numerusform>%Ln action organisée</numerusform>
                <numerusform>%Ln actions organisées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln market interest(s)</source>
            <translation>
                <numerusform>%Ln intérêt de marché</numerusform>
                <numerusform>%Ln intérêts de marché</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln shareholding(s)</source>
            <translation>
                <numerusform>%Ln participation au capital</numerusform>
                <numerusform>%Ln participations au capital</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln officer(s)</source>
            <translation>
                <numerusform>%Ln chargé(e) de mission</numerusform>
                <numerusform>%Ln chargé(e)s de mission</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln KPI target(s)</source>
            <translation>
                <numerusform>%Ln objectif KPI</numerusform>
                <numerusform>%Ln objectifs KPI</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln remembered import ref(s)</source>
            <translation>
                <numerusform>%Ln réf. d'import mémorisée</numerusform>
                <numerusform>%Ln réf. d'import mémorisées</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing is linked to it</source>
            <translation>rien n'y est lié</translation>
        </message>
        <message>
            <source>&lt;b&gt;Moves to the kept record:&lt;/b&gt; {moving}.&lt;br&gt;The other record is kept as a trace pointing to it; Undo in the status bar puts everything back.</source>
            <translation>&lt;b&gt;Passe à la fiche gardée :&lt;/b&gt; {moving}.&lt;br&gt;L'autre fiche reste comme trace pointant vers elle ; Annuler dans la barre d'état remet tout en place.</translation>
        </message>
        <message>
            <source>Merged {other} into {keep}</source>
            <translation>{other} fusionnée dans {keep}</translation>
        </message>
        <message>
            <source>Merging the records</source>
            <translation>Fusion des fiches</translation>
        </message>
        <message>
            <source>Merging {name}</source>
            <translation>Fusion de {name}</translation>
        </message>
        <message>
            <source>Merge undone; %Ln value(s) changed since were left as they are</source>
            <translation>Fusion annulée ; %Ln valeur modifiée depuis a été laissée telle quelle</translation>
        </message>
        <message>
            <source>Merge into {name} undone</source>
            <translation>Fusion dans {name} annulée</translation>
        </message>
        <message>
            <source>Undoing the merge</source>
            <translation>Annulation de la fusion</translation>
        </message>
    </context>
    <context>
        <name>MessageArea</name>
        <message>
            <source>Last message</source>
            <translation>Dernier message</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Annuler la dernière modification</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Annuler (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>MissionDialog</name>
        <message>
            <source>Edit mission – {title}</source>
            <translation>Modifier la mission – {title}</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>The country the delegation travels to</source>
            <translation>Le pays où se rend la délégation</translation>
        </message>
        <message>
            <source>C&amp;ities</source>
            <translation>&amp;Villes</translation>
        </message>
        <message>
            <source>Type a city and press Enter</source>
            <translation>Saisissez une ville et appuyez sur Entrée</translation>
        </message>
        <message>
            <source>The cities visited, in the order of the trip</source>
            <translation>Les villes visitées, dans l'ordre du voyage</translation>
        </message>
        <message>
            <source>e.g. Asia/Shanghai</source>
            <translation>p. ex. Asia/Shanghai</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Fuseau horaire</translation>
        </message>
        <message>
            <source>IANA time zone: meeting and itinerary times are local times of this zone</source>
            <translation>Fuseau horaire IANA : les heures des rendez-vous et du programme sont des heures locales de ce fuseau</translation>
        </message>
        <message>
            <source>Saving the mission</source>
            <translation>Enregistrement de la mission</translation>
        </message>
        <message>
            <source>Edit destination of {title}</source>
            <translation>Modifier la destination de {title}</translation>
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
            <translation>Rechercher des missions par titre ou destination</translation>
        </message>
        <message>
            <source>Search missions</source>
            <translation>Rechercher des missions</translation>
        </message>
        <message>
            <source>Number of missions shown</source>
            <translation>Nombre de missions affichées</translation>
        </message>
        <message>
            <source>Missions list</source>
            <translation>Liste des missions</translation>
        </message>
        <message>
            <source>No missions yet: create an action of type fact-finding mission or trade show on the Actions screen.</source>
            <translation>Aucune mission pour l'instant : créez une action de type mission d'exploration ou salon dans l'écran Actions.</translation>
        </message>
        <message>
            <source>Destination, cities and time zone</source>
            <translation>Destination, villes et fuseau horaire</translation>
        </message>
        <message>
            <source>Capture leads…</source>
            <translation>Saisir des contacts…</translation>
        </message>
        <message>
            <source>Trade-show capture mode (Ctrl+Shift+L)</source>
            <translation>Mode saisie sur salon (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>Exporter en .ics…</translation>
        </message>
        <message>
            <source>The itinerary and meetings as a calendar file for phones and Outlook</source>
            <translation>L'itinéraire et les rendez-vous dans un fichier d'agenda pour téléphones et Outlook</translation>
        </message>
        <message>
            <source>Print briefing…</source>
            <translation>Imprimer le dossier…</translation>
        </message>
        <message>
            <source>The mission briefing PDF: agenda per day, profile of every organization met</source>
            <translation>Le dossier de mission en PDF : programme par jour, profil de chaque organisation rencontrée</translation>
        </message>
        <message>
            <source>Edit mission…</source>
            <translation>Modifier la mission…</translation>
        </message>
        <message>
            <source>Destination country, cities and time zone</source>
            <translation>Pays de destination, villes et fuseau horaire</translation>
        </message>
        <message>
            <source>Open action</source>
            <translation>Ouvrir l'action</translation>
        </message>
        <message>
            <source>Edit the mission's fields and participants on the Actions screen</source>
            <translation>Modifier les champs et les participants de la mission dans l'écran Actions</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Délégation</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Itinéraire</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>A flight, hotel, visit... of the trip</source>
            <translation>Un vol, un hôtel, une visite... du voyage</translation>
        </message>
        <message>
            <source>Add itinerary item</source>
            <translation>Ajouter une étape à l'itinéraire</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected item (or double-click it)</source>
            <translation>Modifier l'étape sélectionnée (ou double-cliquez dessus)</translation>
        </message>
        <message>
            <source>Edit itinerary item</source>
            <translation>Modifier l'étape de l'itinéraire</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected item (Ctrl+Z restores it)</source>
            <translation>Supprimer l'étape sélectionnée (Ctrl+Z la rétablit)</translation>
        </message>
        <message>
            <source>Delete itinerary item</source>
            <translation>Supprimer l'étape de l'itinéraire</translation>
        </message>
        <message>
            <source>Meetings planner</source>
            <translation>Planning des rendez-vous</translation>
        </message>
        <message>
            <source>Select a mission to see its delegation, itinerary and meetings.</source>
            <translation>Sélectionnez une mission pour voir sa délégation, son itinéraire et ses rendez-vous.</translation>
        </message>
        <message>
            <source>Reading the missions</source>
            <translation>Lecture des missions</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln missions</source>
            <translation>
                <numerusform>%Ln mission</numerusform>
                <numerusform>%Ln missions</numerusform>
            </translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source>Destination: &lt;b&gt;{country}&lt;/b&gt;</source>
            <translation>Destination : &lt;b&gt;{country}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Cities: &lt;b&gt;{cities}&lt;/b&gt;</source>
            <translation>Villes : &lt;b&gt;{cities}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Time zone: &lt;b&gt;{zone}&lt;/b&gt; (meeting times are local)</source>
            <translation>Fuseau horaire : &lt;b&gt;{zone}&lt;/b&gt; (heures des rendez-vous en heure locale)</translation>
        </message>
        <message>
            <source>Organiser: {name}</source>
            <translation>Organisateur : {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delegation: %Ln members</source>
            <translation>
                <numerusform>Délégation : %Ln membre</numerusform>
                <numerusform>Délégation : %Ln membres</numerusform>
            </translation>
        </message>
        <message>
            <source>officers: {names}</source>
            <translation>chargés de mission : {names}</translation>
        </message>
        <message>
            <source>Meetings planner ({count})</source>
            <translation>Planning des rendez-vous ({count})</translation>
        </message>
        <message>
            <source>Delegation ({count})</source>
            <translation>Délégation ({count})</translation>
        </message>
        <message>
            <source>Itinerary ({count})</source>
            <translation>Itinéraire ({count})</translation>
        </message>
        <message>
            <source>Select a trade show to capture its leads</source>
            <translation>Sélectionnez un salon pour saisir ses contacts</translation>
        </message>
        <message>
            <source>Deleting the meeting</source>
            <translation>Suppression du rendez-vous</translation>
        </message>
        <message>
            <source>Delete meeting {name}</source>
            <translation>Supprimer le rendez-vous {name}</translation>
        </message>
        <message>
            <source>Deleted meeting {name}</source>
            <translation>Rendez-vous {name} supprimé</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Supprimer le rendez-vous</translation>
        </message>
        <message>
            <source>Deleted meeting</source>
            <translation>Rendez-vous supprimé</translation>
        </message>
        <message>
            <source>Deleting the itinerary item</source>
            <translation>Suppression de l'étape de l'itinéraire</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>Supprimer {name}</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>{name} supprimé</translation>
        </message>
        <message>
            <source>Export the itinerary as a calendar</source>
            <translation>Exporter l'itinéraire en agenda</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Agenda (*.ics)</translation>
        </message>
        <message>
            <source>Exporting the calendar</source>
            <translation>Export de l'agenda</translation>
        </message>
        <message>
            <source>Print the mission briefing</source>
            <translation>Imprimer le dossier de mission</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the mission briefing</source>
            <translation>Rédaction du dossier de mission</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>{name} enregistré</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
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
            <translation>Contact</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Participants and audience</source>
            <translation>Participants et public</translation>
        </message>
        <message>
            <source>Add participants…</source>
            <translation>Ajouter des participants…</translation>
        </message>
        <message>
            <source>Pick many organizations and contacts, or paste a list of emails or names</source>
            <translation>Choisir plusieurs organisations et contacts, ou coller une liste d'e-mails ou de noms</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected participants (undo with Ctrl+Z)</source>
            <translation>Retirer les participants sélectionnés (annuler avec Ctrl+Z)</translation>
        </message>
        <message>
            <source>Capture leads…</source>
            <translation>Saisir des prospects…</translation>
        </message>
        <message>
            <source>Trade-show capture mode: one lead after the other (Ctrl+Shift+L)</source>
            <translation>Mode saisie sur salon : un prospect après l'autre (Ctrl+Maj+L)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Nobody yet: add the organizations and people who took part.</source>
            <translation>Personne pour l'instant : ajoutez les organisations et les personnes qui ont participé.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participants</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
        <message>
            <source>declared audience {count}</source>
            <translation>public déclaré {count}</translation>
        </message>
        <message>
            <source>audience reached &lt;b&gt;{count}&lt;/b&gt;</source>
            <translation>public touché &lt;b&gt;{count}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Save the action first, then add who took part.</source>
            <translation>Enregistrez d'abord l'action, puis ajoutez les participants.</translation>
        </message>
        <message>
            <source>Removing participants</source>
            <translation>Retrait des participants</translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln participants</source>
            <translation>
                <numerusform>Retirer %Ln participant</numerusform>
                <numerusform>Retirer %Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln participants</source>
            <translation>
                <numerusform>%Ln participant retiré</numerusform>
                <numerusform>%Ln participants retirés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartiesField</name>
        <message>
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Double-click to open the organization; Delete removes it from the parties</source>
            <translation>Double-cliquez pour ouvrir l'organisation ; Suppr la retire des parties</translation>
        </message>
        <message>
            <source>Type to add a party (any organization, any country)</source>
            <translation>Saisissez pour ajouter une partie (toute organisation, tout pays)</translation>
        </message>
        <message>
            <source>Add a party</source>
            <translation>Ajouter une partie</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected party</source>
            <translation>Retirer la partie sélectionnée</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted store</source>
            <translation>Base chiffrée</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; est chiffrée. Saisissez sa phrase secrète pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>This passphrase does not open the store. Check Caps Lock and the keyboard layout, then try again.</source>
            <translation>Cette phrase secrète n'ouvre pas la base. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez.</translation>
        </message>
        <message>
            <source>The store cannot be opened: {reason}</source>
            <translation>La base ne peut pas être ouverte : {reason}</translation>
        </message>
    </context>
    <context>
        <name>PeriodsDialog</name>
        <message>
            <source>Reporting periods and targets</source>
            <translation>Périodes de rapport et objectifs</translation>
        </message>
        <message>
            <source>Reporting periods</source>
            <translation>Périodes de rapport</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>RP1</source>
            <translation>PR1</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>New period</source>
            <translation>Nouvelle période</translation>
        </message>
        <message>
            <source>Save period</source>
            <translation>Enregistrer la période</translation>
        </message>
        <message>
            <source>Delete period</source>
            <translation>Supprimer la période</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>Objectifs des indicateurs</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Cluster partenaire</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>p. ex. 250</translation>
        </message>
        <message>
            <source>&amp;Indicator</source>
            <translation>&amp;Indicateur</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Période</translation>
        </message>
        <message>
            <source>Partner &amp;cluster</source>
            <translation>&amp;Cluster partenaire</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>&amp;Objectif</translation>
        </message>
        <message>
            <source>New target</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <source>Save target</source>
            <translation>Enregistrer l'objectif</translation>
        </message>
        <message>
            <source>Delete target</source>
            <translation>Supprimer l'objectif</translation>
        </message>
        <message>
            <source>Whole project</source>
            <translation>Tout le projet</translation>
        </message>
        <message>
            <source>All partners</source>
            <translation>Tous les partenaires</translation>
        </message>
        <message>
            <source>Reporting period {name} created</source>
            <translation>Période de rapport {name} créée</translation>
        </message>
        <message>
            <source>Reporting period {name} saved</source>
            <translation>Période de rapport {name} enregistrée</translation>
        </message>
        <message>
            <source>Saving the reporting period</source>
            <translation>Enregistrement de la période de rapport</translation>
        </message>
        <message>
            <source>Restoring the reporting period</source>
            <translation>Restauration de la période de rapport</translation>
        </message>
        <message>
            <source>Reporting period {name} deleted (its targets apply again if you undo)</source>
            <translation>Période de rapport {name} supprimée (ses objectifs s'appliquent de nouveau si vous annulez)</translation>
        </message>
        <message>
            <source>Saving the target</source>
            <translation>Enregistrement de l'objectif</translation>
        </message>
        <message>
            <source>Target for {indicator} saved</source>
            <translation>Objectif « {indicator} » enregistré</translation>
        </message>
        <message>
            <source>Target for {indicator} deleted</source>
            <translation>Objectif « {indicator} » supprimé</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Vérifier les lignes</translation>
        </message>
        <message>
            <source>Cells with a problem are highlighted: point at one to read what is wrong.</source>
            <translation>Les cellules à problème sont surlignées : survolez-en une pour lire ce qui ne va pas.</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>&amp;Revérifier</translation>
        </message>
        <message>
            <source>Read the file again, after correcting it in the spreadsheet</source>
            <translation>Relire le fichier après l'avoir corrigé dans le tableur</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Ce qui ne va pas</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Reading and checking {name}…</source>
            <translation>Lecture et vérification de {name}…</translation>
        </message>
        <message>
            <source>Checking the file to import</source>
            <translation>Vérification du fichier à importer</translation>
        </message>
        <message>
            <source>The file could not be checked: {error}</source>
            <translation>Le fichier n'a pas pu être vérifié : {error}</translation>
        </message>
        <message numerus="yes">
            <source>Problems (%Ln)</source>
            <translation>
                <numerusform>Problèmes (%Ln)</numerusform>
                <numerusform>Problèmes (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warnings (%Ln)</source>
            <translation>
                <numerusform>Avertissements (%Ln)</numerusform>
                <numerusform>Avertissements (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s) must be fixed before importing. Correct them in the file, save it and press Check again, or go Back to match the columns differently.</source>
            <translation>
                <numerusform>%Ln problème doit être corrigé avant l'import. Corrigez-le dans le fichier, enregistrez et cliquez sur Revérifier, ou revenez en arrière pour faire correspondre autrement les colonnes.</numerusform>
                <numerusform>%Ln problèmes doivent être corrigés avant l'import. Corrigez-les dans le fichier, enregistrez et cliquez sur Revérifier, ou revenez en arrière pour faire correspondre autrement les colonnes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No problems: %Ln row(s) are ready to import.</source>
            <translation>
                <numerusform>Aucun problème : %Ln ligne est prête à importer.</numerusform>
                <numerusform>Aucun problème : %Ln lignes sont prêtes à importer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them may already be in the store: decide about them next.</source>
            <translation>
                <numerusform>%Ln d'entre elles est peut-être déjà présente : vous en déciderez ensuite.</numerusform>
                <numerusform>%Ln d'entre elles sont peut-être déjà présentes : vous en déciderez ensuite.</numerusform>
            </translation>
        </message>
        <message>
            <source>{sheet} (first {shown} of {total} rows)</source>
            <translation>{sheet} ({shown} premières lignes sur {total})</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… et %Ln autre</numerusform>
                <numerusform>… et %Ln autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>this person</source>
            <translation>cette personne</translation>
        </message>
        <message>
            <source>Erase {name}?</source>
            <translation>Effacer {name} ?</translation>
        </message>
        <message>
            <source>Erase {name} from the store? This cannot be undone.</source>
            <translation>Effacer {name} de la base ? Cette opération est irréversible.</translation>
        </message>
        <message>
            <source>Their name, email, phone, notes, documents and every past value in the history are removed for good.

What stays: their participations in actions and meetings, now anonymous (“Erased person”), so that the partnership's indicator counts do not change; and their organization link.

Backups made before today still hold their data until the rotation removes them.</source>
            <translation>Son nom, son e-mail, son téléphone, ses notes, ses documents et toutes les valeurs passées de l'historique sont supprimés définitivement.

Ce qui reste : ses participations aux actions et aux rendez-vous, désormais anonymes (« Personne effacée »), afin que les indicateurs du partenariat ne changent pas ; et son lien avec l'organisation.

Les sauvegardes antérieures à aujourd'hui contiennent encore ses données jusqu'à leur suppression par la rotation.</translation>
        </message>
        <message>
            <source>Erase {name}</source>
            <translation>Effacer {name}</translation>
        </message>
        <message>
            <source>Subject access - {name}.txt</source>
            <translation>Droit d'accès - {name}.txt</translation>
        </message>
        <message>
            <source>Export everything held about {name}</source>
            <translation>Exporter toutes les données détenues sur {name}</translation>
        </message>
        <message>
            <source>Text and JSON (*.txt)</source>
            <translation>Texte et JSON (*.txt)</translation>
        </message>
        <message>
            <source>Everything held about {name} is in:
{text_file}
{json_file}

Open the text file now?</source>
            <translation>Toutes les données détenues sur {name} se trouvent dans :
{text_file}
{json_file}

Ouvrir le fichier texte maintenant ?</translation>
        </message>
        <message>
            <source>Subject access export written</source>
            <translation>Export du droit d'accès écrit</translation>
        </message>
        <message>
            <source>Exporting the subject access data</source>
            <translation>Export des données du droit d'accès</translation>
        </message>
        <message>
            <source>Exporting the data held about {name}</source>
            <translation>Export des données détenues sur {name}</translation>
        </message>
        <message>
            <source>{name} was erased (history entries rewritten: {count}).</source>
            <translation>{name} a été effacé(e) (entrées d'historique réécrites : {count}).</translation>
        </message>
        <message>
            <source>Erasing {name}</source>
            <translation>Effacement de {name}</translation>
        </message>
        <message>
            <source>Privacy — {name}</source>
            <translation>Confidentialité — {name}</translation>
        </message>
        <message>
            <source>Answer a data-subject request from &lt;b&gt;{name}&lt;/b&gt;: send them everything the store holds about them, or erase them.</source>
            <translation>Répondre à une demande de &lt;b&gt;{name}&lt;/b&gt; : lui envoyer toutes les données que la base détient à son sujet, ou l'effacer.</translation>
        </message>
        <message>
            <source>Subject access &amp;export…</source>
            <translation>&amp;Exporter les données…</translation>
        </message>
        <message>
            <source>Write the record, participations, notes, documents and history to a file</source>
            <translation>Écrire la fiche, les participations, les notes, les documents et l'historique dans un fichier</translation>
        </message>
        <message>
            <source>&amp;Erase this person…</source>
            <translation>E&amp;ffacer cette personne…</translation>
        </message>
        <message>
            <source>Remove every personal data of this person; participations stay, anonymous</source>
            <translation>Supprimer toutes les données personnelles de cette personne ; les participations restent, anonymes</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S or Enter)</source>
            <translation>Enregistrer les modifications (Ctrl+S ou Entrée)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Forget the changes not saved yet</source>
            <translation>Abandonner les modifications non enregistrées</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>New record</source>
            <translation>Nouvel enregistrement</translation>
        </message>
        <message>
            <source>Select a record to see it here, or press Ctrl+N to create one.</source>
            <translation>Sélectionnez un enregistrement pour l'afficher ici, ou appuyez sur Ctrl+N pour en créer un.</translation>
        </message>
        <message>
            <source>Save record</source>
            <translation>Enregistrer l'enregistrement</translation>
        </message>
        <message>
            <source>Revert record</source>
            <translation>Annuler les modifications de l'enregistrement</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Supprimer l'enregistrement</translation>
        </message>
        <message>
            <source>Delete this record (Delete; undo with Ctrl+Z)</source>
            <translation>Supprimer cet enregistrement (Suppr ; annuler avec Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the record</source>
            <translation>Enregistrement de la fiche</translation>
        </message>
        <message>
            <source>The record was not saved: {reason}</source>
            <translation>L'enregistrement n'a pas été enregistré : {reason}</translation>
        </message>
        <message>
            <source>Fill in at least the name, then press Enter or Ctrl+S</source>
            <translation>Renseignez au moins le nom, puis appuyez sur Entrée ou Ctrl+S</translation>
        </message>
        <message>
            <source>Saved: {change}</source>
            <translation>Enregistré : {change}</translation>
        </message>
        <message>
            <source>Unsaved changes: Enter or Ctrl+S saves, Revert forgets them</source>
            <translation>Modifications non enregistrées : Entrée ou Ctrl+S enregistre, Annuler les abandonne</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Type and press Enter</source>
            <translation>Saisissez puis appuyez sur Entrée</translation>
        </message>
    </context>
    <context>
        <name>RecordLookup</name>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Loading the list</source>
            <translation>Chargement de la liste</translation>
        </message>
        <message>
            <source>Click to sort.</source>
            <translation>Cliquez pour trier.</translation>
        </message>
        <message>
            <source>This column cannot be sorted.</source>
            <translation>Cette colonne ne peut pas être triée.</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Classeur Excel (.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>Document PDF (.pdf)</translation>
        </message>
        <message>
            <source>The language the report is written in, whatever the language of the screens</source>
            <translation>La langue dans laquelle le rapport est rédigé, quelle que soit celle des écrans</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Période</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>P&amp;artner cluster</source>
            <translation>&amp;Cluster partenaire</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <source>Report &amp;language</source>
            <translation>&amp;Langue du rapport</translation>
        </message>
        <message>
            <source>Choose a period</source>
            <translation>Choisissez une période</translation>
        </message>
        <message>
            <source>Indicators in the report</source>
            <translation>Indicateurs du rapport</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Achieved in period</source>
            <translation>Réalisé sur la période</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Cumul</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% de l'objectif</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Progress of the export</source>
            <translation>Avancement de l'export</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>&amp;Ouvrir le fichier</translation>
        </message>
        <message>
            <source>Periodic report</source>
            <translation>Rapport périodique</translation>
        </message>
        <message>
            <source>What the report will include</source>
            <translation>Contenu du rapport</translation>
        </message>
        <message>
            <source>{name} ({start} to {end})</source>
            <translation>{name} (du {start} au {end})</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Année {year}</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Intervalle personnalisé…</translation>
        </message>
        <message>
            <source>All partner clusters</source>
            <translation>Tous les clusters partenaires</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La date de fin précède la date de début.</translation>
        </message>
        <message>
            <source>Counting what the report will hold…</source>
            <translation>Décompte du contenu du rapport…</translation>
        </message>
        <message>
            <source>all partner clusters</source>
            <translation>tous les clusters partenaires</translation>
        </message>
        <message>
            <source>{period}, {scope} — cover, KPI summary · {counts}</source>
            <translation>{period}, {scope} — couverture, synthèse des indicateurs · {counts}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Exporter le rapport</translation>
        </message>
        <message>
            <source>Exporting the report</source>
            <translation>Export du rapport</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} enregistré</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written</source>
            <translation>Annulé : rien n'a été écrit</translation>
        </message>
        <message>
            <source>The report was not written</source>
            <translation>Le rapport n'a pas été écrit</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention review</source>
            <translation>Revue de conservation</translation>
        </message>
        <message>
            <source>Contacts with no activity &amp;for</source>
            <translation>Contacts sans activité &amp;depuis</translation>
        </message>
        <message>
            <source>Years without activity</source>
            <translation>Années sans activité</translation>
        </message>
        <message>
            <source>Contacts to review</source>
            <translation>Contacts à examiner</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Show the contact to refresh their consent or delete them</source>
            <translation>Afficher le contact pour renouveler son consentement ou le supprimer</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Effacer…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln an</numerusform>
                <numerusform>%Ln ans</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Recherche…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts to review</source>
            <translation>
                <numerusform>%Ln contact à examiner</numerusform>
                <numerusform>%Ln contacts à examiner</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody to review.</source>
            <translation>Personne à examiner.</translation>
        </message>
    </context>
    <context>
        <name>ScreenSpec</name>
        <message>
            <source>Companies</source>
            <translation>Entreprises</translation>
        </message>
        <message>
            <source>Companies, clusters and every other organization</source>
            <translation>Entreprises, clusters et toutes les autres organisations</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>People, their company and their GDPR consent</source>
            <translation>Les personnes, leur entreprise et leur consentement RGPD</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Everything the partnership runs or attends, and who took part</source>
            <translation>Tout ce que le partenariat organise ou suit, et qui y a participé</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <source>Missions and trade shows: delegation, itinerary, meetings planner, lead capture</source>
            <translation>Missions et salons : délégation, itinéraire, planning des rendez-vous, prise de contacts</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Accords</translation>
        </message>
        <message>
            <source>The agreement pipeline as a board or a list; letters of intent in bulk</source>
            <translation>Le suivi des accords en tableau ou en liste ; lettres d'intention en série</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>My tasks: overdue, due this week, later</source>
            <translation>Mes tâches : en retard, cette semaine, plus tard</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Every indicator against its target, with the records behind each number</source>
            <translation>Chaque indicateur face à sa cible, avec les fiches derrière chaque chiffre</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>The periodic report for the EU as Excel or PDF</source>
            <translation>Le rapport périodique pour l'UE en Excel ou PDF</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Every change: who, when, what</source>
            <translation>Chaque modification : qui, quand, quoi</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Exchange changes with other laptops (bundle files) or the team hub; conflicts</source>
            <translation>Échanger les modifications avec d'autres portables (fichiers d'échange) ou le serveur d'équipe ; conflits</translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>Redo {change}</source>
            <translation>Rétablir : {change}</translation>
        </message>
        <message>
            <source>Undo {change}</source>
            <translation>Annuler : {change}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System language ({language})</source>
            <translation>Langue du système ({language})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Applies the next time MAGIA Desk starts.</source>
            <translation>S'applique au prochain démarrage de MAGIA Desk.</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Chargé de mission</translation>
        </message>
        <message>
            <source>Add officer…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>&amp;Changes are made by:</source>
            <translation>&amp;Modifications faites par :</translation>
        </message>
        <message>
            <source>Every change you make is signed with this name in the history.</source>
            <translation>Chaque modification que vous faites est signée de ce nom dans l'historique.</translation>
        </message>
        <message>
            <source>Nobody yet: add an officer</source>
            <translation>Personne pour l'instant : ajoutez un chargé de mission</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier des données</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Changer…</translation>
        </message>
        <message>
            <source>Use standard</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>Where MAGIA Desk keeps its store (magia.sqlite) and the backups. Applies the next time MAGIA Desk starts; the store is not moved: copy it there yourself to take your data along.</source>
            <translation>Là où MAGIA Desk garde sa base (magia.sqlite) et les sauvegardes. S'applique au prochain démarrage de MAGIA Desk ; la base n'est pas déplacée : copiez-la vous-même pour emporter vos données.</translation>
        </message>
        <message>
            <source>This window uses {path}</source>
            <translation>Cette fenêtre utilise {path}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Back up the store &amp;automatically once a day</source>
            <translation>Sauvegarder la base &amp;automatiquement une fois par jour</translation>
        </message>
        <message>
            <source>Daily backups kept</source>
            <translation>Sauvegardes quotidiennes conservées</translation>
        </message>
        <message>
            <source>Weekly backups kept</source>
            <translation>Sauvegardes hebdomadaires conservées</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Sauvegardes…</translation>
        </message>
        <message>
            <source>&amp;Daily backups kept:</source>
            <translation>Sauvegardes &amp;quotidiennes gardées :</translation>
        </message>
        <message>
            <source>&amp;Weekly backups kept:</source>
            <translation>Sauvegardes &amp;hebdomadaires gardées :</translation>
        </message>
        <message>
            <source>A backup is made only on days the store changed. Backups made by hand are kept until you delete them.</source>
            <translation>Une sauvegarde n'est faite que les jours où la base a changé. Les sauvegardes faites à la main sont gardées jusqu'à ce que vous les supprimiez.</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Chiffrement</translation>
        </message>
        <message>
            <source>The store is encrypted with a passphrase.</source>
            <translation>La base est chiffrée par une phrase secrète.</translation>
        </message>
        <message>
            <source>The store is not encrypted.</source>
            <translation>La base n'est pas chiffrée.</translation>
        </message>
        <message>
            <source>Encryption…</source>
            <translation>Chiffrement…</translation>
        </message>
        <message>
            <source>Encrypt the store, change its passphrase or decrypt it</source>
            <translation>Chiffrer la base, changer sa phrase secrète ou la déchiffrer</translation>
        </message>
        <message>
            <source>Switching the officer</source>
            <translation>Le changement de chargé de mission</translation>
        </message>
    </context>
    <context>
        <name>SheetMappingEditor</name>
        <message>
            <source>Do not import this sheet</source>
            <translation>Ne pas importer cette feuille</translation>
        </message>
        <message>
            <source>Import as:</source>
            <translation>Importer comme :</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>Premières valeurs</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <source>This sheet is left out.</source>
            <translation>Cette feuille est laissée de côté.</translation>
        </message>
        <message>
            <source>Columns as you matched them last time for these headers.</source>
            <translation>Colonnes telles que vous les avez associées la dernière fois pour ces en-têtes.</translation>
        </message>
        <message>
            <source>The exchange workbook's own headers are matched automatically.</source>
            <translation>Les en-têtes du classeur d'échange sont reconnus automatiquement.</translation>
        </message>
        <message>
            <source>Suggested from the headers: check each field.</source>
            <translation>Proposé d'après les en-têtes : vérifiez chaque champ.</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— non importée —</translation>
        </message>
        <message>
            <source>remembered</source>
            <translation>mémorisé</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>même nom</translation>
        </message>
        <message>
            <source>usual header</source>
            <translation>en-tête usuel</translation>
        </message>
        <message>
            <source>{score}% similar</source>
            <translation>similaire à {score} %</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>votre choix</translation>
        </message>
        <message>
            <source>{sheet}: no column is the required field {field}.</source>
            <translation>{sheet} : aucune colonne ne correspond au champ obligatoire {field}.</translation>
        </message>
        <message>
            <source>{sheet}: several columns are the field {field}; keep one.</source>
            <translation>{sheet} : plusieurs colonnes correspondent au champ {field} ; gardez-en une.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <source>Save the field being edited</source>
            <translation>Enregistrer le champ en cours de saisie</translation>
        </message>
        <message>
            <source>Close a dialog, a pop-up or this list</source>
            <translation>Fermer une boîte de dialogue, une fenêtre contextuelle ou cette liste</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Champ suivant / précédent</translation>
        </message>
        <message>
            <source>Next / previous record of a list</source>
            <translation>Fiche suivante / précédente d'une liste</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Esc closes this list</source>
            <translation>Échap ferme cette liste</translation>
        </message>
    </context>
    <context>
        <name>SizeBadge</name>
        <message>
            <source>SME size class</source>
            <translation>Catégorie de PME</translation>
        </message>
        <message>
            <source>Fix the figures to see the size class</source>
            <translation>Corrigez les chiffres pour voir la catégorie</translation>
        </message>
        <message>
            <source>Give the staff headcount to classify (EU SME definition)</source>
            <translation>Indiquez l'effectif pour classer l'entreprise (définition européenne des PME)</translation>
        </message>
        <message>
            <source>provisional: staff only</source>
            <translation>provisoire : effectif seul</translation>
        </message>
        <message>
            <source>EU SME definition</source>
            <translation>définition européenne des PME</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%Ln more: use the list to see them all</source>
            <translation>
                <numerusform>%Ln de plus : utilisez la liste pour tout voir</numerusform>
                <numerusform>%Ln de plus : utilisez la liste pour tout voir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{stage}: %Ln agreements</source>
            <translation>
                <numerusform>{stage} : %Ln accord</numerusform>
                <numerusform>{stage} : %Ln accords</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoreStatus</name>
        <message>
            <source>Store file</source>
            <translation>Fichier de la base</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Chargé(e) de mission</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Dernière sauvegarde</translation>
        </message>
        <message>
            <source>The store: {path}</source>
            <translation>La base : {path}</translation>
        </message>
        <message>
            <source>Officer: {name}</source>
            <translation>Chargé(e) de mission : {name}</translation>
        </message>
        <message>
            <source>No officer chosen</source>
            <translation>Aucun chargé de mission choisi</translation>
        </message>
        <message>
            <source>Every change records who made it</source>
            <translation>Chaque modification enregistre son auteur</translation>
        </message>
        <message>
            <source>Never backed up</source>
            <translation>Jamais sauvegardé</translation>
        </message>
        <message>
            <source>File ▸ Back up now keeps a copy beside the store</source>
            <translation>Fichier ▸ Sauvegarder maintenant garde une copie à côté de la base</translation>
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation>Dernière sauvegarde : {when}</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Les sauvegardes sont conservées dans {folder}</translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message>
            <source>MAGIA Desk sync bundle (*.magiasync)</source>
            <translation>Paquet de synchronisation MAGIA Desk (*.magiasync)</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Chargé(e) de mission</translation>
        </message>
        <message>
            <source>Met through</source>
            <translation>Rencontré via</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Dernier échange</translation>
        </message>
        <message>
            <source>Changes they lack</source>
            <translation>Modifications manquantes</translation>
        </message>
        <message>
            <source>bundle files</source>
            <translation>fichiers de synchronisation</translation>
        </message>
        <message>
            <source>team hub</source>
            <translation>serveur d'équipe</translation>
        </message>
        <message>
            <source>the team hub</source>
            <translation>le serveur d'équipe</translation>
        </message>
        <message>
            <source>Laptops and hubs this store has met</source>
            <translation>Postes et serveurs déjà synchronisés avec cette base</translation>
        </message>
        <message>
            <source>No other laptop met yet: import a bundle a colleague exported, or export all your changes for them and connect to the team hub below.</source>
            <translation>Aucun autre poste pour l'instant : importez un paquet exporté par un collègue, ou exportez toutes vos modifications pour lui et connectez-vous au serveur d'équipe ci-dessous.</translation>
        </message>
        <message>
            <source>&amp;Export for this peer…</source>
            <translation>&amp;Exporter pour ce poste…</translation>
        </message>
        <message>
            <source>Write the changes the selected peer does not hold yet</source>
            <translation>Écrire les modifications que le poste choisi n'a pas encore</translation>
        </message>
        <message>
            <source>Export &amp;all…</source>
            <translation>Exporter &amp;tout…</translation>
        </message>
        <message>
            <source>Write every change of this store (for a new laptop)</source>
            <translation>Écrire toutes les modifications de cette base (pour un nouveau poste)</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Importer un paquet…</translation>
        </message>
        <message>
            <source>Progress of the exchange</source>
            <translation>Avancement de l'échange</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The team hub's address, without the password (it is kept in the system keyring)</source>
            <translation>L'adresse du serveur d'équipe, sans le mot de passe (il est conservé dans le trousseau du système)</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <source>Save &amp;password…</source>
            <translation>Enregistrer le mot de &amp;passe…</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser</translation>
        </message>
        <message>
            <source>Hub &amp;address</source>
            <translation>&amp;Adresse du serveur</translation>
        </message>
        <message>
            <source>Pushes this laptop's changes to the team hub and pulls everyone else's.</source>
            <translation>Envoie les modifications de ce poste au serveur d'équipe et récupère celles des autres.</translation>
        </message>
        <message>
            <source>Team hub</source>
            <translation>Serveur d'équipe</translation>
        </message>
        <message>
            <source>&amp;Peers and bundles</source>
            <translation>Postes et pa&amp;quets</translation>
        </message>
        <message>
            <source>&amp;Conflicts</source>
            <translation>&amp;Conflits</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>&amp;Conflicts ({count})</source>
            <translation>&amp;Conflits ({count})</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Annulé : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{task} failed:</source>
            <translation>Échec – {task} :</translation>
        </message>
        <message>
            <source>Export a sync bundle</source>
            <translation>Exporter un paquet de synchronisation</translation>
        </message>
        <message>
            <source>Exporting a sync bundle</source>
            <translation>Export d'un paquet de synchronisation</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln changes to {file} ({size}). Carry it by USB stick or email; the other laptop imports it here.</source>
            <translation>
                <numerusform>%Ln modification écrite dans {file} ({size}). Transmettez-le par clé USB ou par e-mail ; l'autre poste l'importe ici.</numerusform>
                <numerusform>%Ln modifications écrites dans {file} ({size}). Transmettez-le par clé USB ou par e-mail ; l'autre poste l'importe ici.</numerusform>
            </translation>
        </message>
        <message>
            <source>site {site}</source>
            <translation>site {site}</translation>
        </message>
        <message>
            <source>From {sender}, written {when}</source>
            <translation>De {sender}, écrit le {when}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes, {size}</source>
            <translation>
                <numerusform>%Ln modification, {size}</numerusform>
                <numerusform>%Ln modifications, {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>It was written for another laptop</source>
            <translation>Il a été écrit pour un autre poste</translation>
        </message>
        <message>
            <source>{warning}; importing it is safe all the same.</source>
            <translation>{warning} ; l'importer reste sans risque.</translation>
        </message>
        <message>
            <source>Merge it into this store?</source>
            <translation>Le fusionner dans cette base ?</translation>
        </message>
        <message>
            <source>Import a sync bundle</source>
            <translation>Importer un paquet de synchronisation</translation>
        </message>
        <message>
            <source>Reading the bundle</source>
            <translation>Lecture du paquet</translation>
        </message>
        <message>
            <source>From {sender}:</source>
            <translation>De {sender} :</translation>
        </message>
        <message>
            <source>Importing a sync bundle</source>
            <translation>Import d'un paquet de synchronisation</translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: all %Ln changes were already here.</source>
            <translation>
                <numerusform>Rien de nouveau : la modification reçue était déjà ici.</numerusform>
                <numerusform>Rien de nouveau : les %Ln modifications reçues étaient déjà ici.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new changes merged</source>
            <translation>
                <numerusform>%Ln nouvelle modification fusionnée</numerusform>
                <numerusform>%Ln nouvelles modifications fusionnées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records added</source>
            <translation>
                <numerusform>%Ln fiche ajoutée</numerusform>
                <numerusform>%Ln fiches ajoutées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln mise à jour</numerusform>
                <numerusform>%Ln mises à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already here</source>
            <translation>
                <numerusform>%Ln déjà présente</numerusform>
                <numerusform>%Ln déjà présentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new conflicts</source>
            <translation>
                <numerusform>%Ln nouveau conflit</numerusform>
                <numerusform>%Ln nouveaux conflits</numerusform>
            </translation>
        </message>
        <message>
            <source>{conflicts}: the same field was edited on both sides; see the Conflicts tab.</source>
            <translation>{conflicts} : le même champ a été modifié des deux côtés ; voir l'onglet Conflits.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records wait for a newer version or for a record not here yet.</source>
            <translation>
                <numerusform>%Ln fiche attend une version plus récente ou une fiche pas encore arrivée.</numerusform>
                <numerusform>%Ln fiches attendent une version plus récente ou une fiche pas encore arrivée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes dated in the future were clamped</source>
            <translation>
                <numerusform>%Ln modification datée dans le futur a été ramenée</numerusform>
                <numerusform>%Ln modifications datées dans le futur ont été ramenées</numerusform>
            </translation>
        </message>
        <message>
            <source>{clamped} to now (wrong clock on site {sites}, e.g. {time}).</source>
            <translation>{clamped} à maintenant (horloge erronée sur le site {sites}, p. ex. {time}).</translation>
        </message>
        <message>
            <source>Team hub password</source>
            <translation>Mot de passe du serveur d'équipe</translation>
        </message>
        <message>
            <source>Password for the hub (kept in the system keyring, never in a file):</source>
            <translation>Mot de passe du serveur (conservé dans le trousseau du système, jamais dans un fichier) :</translation>
        </message>
        <message>
            <source>Password saved in the system keyring.</source>
            <translation>Mot de passe enregistré dans le trousseau du système.</translation>
        </message>
        <message>
            <source>Saving the hub password</source>
            <translation>Enregistrement du mot de passe du serveur</translation>
        </message>
        <message>
            <source>Connecting to the team hub…</source>
            <translation>Connexion au serveur d'équipe…</translation>
        </message>
        <message>
            <source>Syncing with the team hub</source>
            <translation>Synchronisation avec le serveur d'équipe</translation>
        </message>
        <message numerus="yes">
            <source>sent %Ln new changes</source>
            <translation>
                <numerusform>%Ln nouvelle modification envoyée</numerusform>
                <numerusform>%Ln nouvelles modifications envoyées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %Ln</source>
            <translation>
                <numerusform>%Ln reçue</numerusform>
                <numerusform>%Ln reçues</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced with {hub}: {sent}, {received}.</source>
            <translation>Synchronisé avec {hub} : {sent}, {received}.</translation>
        </message>
        <message>
            <source>From the team hub:</source>
            <translation>Du serveur d'équipe :</translation>
        </message>
        <message>
            <source>The sync did not happen; nothing was changed here.</source>
            <translation>La synchronisation n'a pas eu lieu ; rien n'a été modifié ici.</translation>
        </message>
    </context>
    <context>
        <name>TagInput</name>
        <message>
            <source>Type and press Enter</source>
            <translation>Tapez puis appuyez sur Entrée</translation>
        </message>
        <message>
            <source>Remove {tag}</source>
            <translation>Retirer {tag}</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>New task</source>
            <translation>Nouvelle tâche</translation>
        </message>
        <message>
            <source>What needs doing, e.g. Send the draft MoU</source>
            <translation>Ce qu'il faut faire, p. ex. Envoyer le projet de protocole d'accord</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Leave empty for a task without a date</source>
            <translation>Laisser vide pour une tâche sans date</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Type to find a company, contact, action or agreement</source>
            <translation>Saisissez pour trouver une entreprise, un contact, une action ou un accord</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>É&amp;chéance</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Responsable</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Concerne</translation>
        </message>
        <message>
            <source>Create task</source>
            <translation>Créer la tâche</translation>
        </message>
        <message>
            <source>Create task {title}</source>
            <translation>Créer la tâche {title}</translation>
        </message>
        <message>
            <source>Created task {title}</source>
            <translation>Tâche {title} créée</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Background work</source>
            <translation>Tâche en arrière-plan</translation>
        </message>
    </context>
    <context>
        <name>TasksScreen</name>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>À faire cette semaine</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Sans date</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>My tasks</source>
            <translation>Mes tâches</translation>
        </message>
        <message>
            <source>Number of open tasks</source>
            <translation>Nombre de tâches ouvertes</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Nouvelle tâche</translation>
        </message>
        <message>
            <source>Create a task (Ctrl+N)</source>
            <translation>Créer une tâche (Ctrl+N)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Tick to complete (Ctrl+Z undoes); double-click to open what the task is about</source>
            <translation>Cochez pour terminer (Ctrl+Z pour annuler) ; double-cliquez pour ouvrir ce que concerne la tâche</translation>
        </message>
        <message>
            <source>No open tasks. Press Ctrl+N to add one, or add one from any record's timeline.</source>
            <translation>Aucune tâche ouverte. Appuyez sur Ctrl+N pour en ajouter une, ou ajoutez-la depuis la chronologie d'une fiche.</translation>
        </message>
        <message>
            <source>{kind}: {name}</source>
            <translation>{kind} : {name}</translation>
        </message>
        <message>
            <source>1 open task</source>
            <translation>1 tâche ouverte</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open tasks</source>
            <translation>
                <numerusform>%Ln tâche ouverte</numerusform>
                <numerusform>%Ln tâches ouvertes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln en retard</numerusform>
                <numerusform>%Ln en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>Completing {title}</source>
            <translation>Achèvement de {title}</translation>
        </message>
        <message>
            <source>Complete task {title}</source>
            <translation>Terminer la tâche {title}</translation>
        </message>
        <message>
            <source>Done: {title}</source>
            <translation>Terminé : {title}</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Accord</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Retirer la pièce jointe</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Supprimer la note</translation>
        </message>
        <message>
            <source>Note kind</source>
            <translation>Type de note</translation>
        </message>
        <message>
            <source>Note date</source>
            <translation>Date de la note</translation>
        </message>
        <message>
            <source>Add a note: a call, an email, a meeting… (Ctrl+Enter adds it)</source>
            <translation>Ajouter une note : un appel, un e-mail, un rendez-vous… (Ctrl+Entrée l'ajoute)</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Texte de la note</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Ajouter la note</translation>
        </message>
        <message>
            <source>Add task…</source>
            <translation>Ajouter une tâche…</translation>
        </message>
        <message>
            <source>A follow-up task about this record</source>
            <translation>Une tâche de suivi concernant cette fiche</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Joindre un fichier…</translation>
        </message>
        <message>
            <source>Store a copy of a file with this record</source>
            <translation>Conserver une copie d'un fichier avec cette fiche</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Double-click: open a document or record, correct a stage's date</source>
            <translation>Double-clic : ouvrir un document ou une fiche, corriger la date d'une étape</translation>
        </message>
        <message>
            <source>Nothing yet: add a note, a task or a file above.</source>
            <translation>Rien pour l'instant : ajoutez une note, une tâche ou un fichier ci-dessus.</translation>
        </message>
        <message>
            <source>Loading the timeline</source>
            <translation>Chargement de l'historique</translation>
        </message>
        <message>
            <source>Type the note first</source>
            <translation>Saisissez d'abord la note</translation>
        </message>
        <message>
            <source>The note was not added: {reason}</source>
            <translation>La note n'a pas été ajoutée : {reason}</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>Note ajoutée</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Joindre un fichier</translation>
        </message>
        <message>
            <source>Attach {file}</source>
            <translation>Joindre {file}</translation>
        </message>
        <message>
            <source>Attached {file}</source>
            <translation>{file} joint</translation>
        </message>
        <message>
            <source>Attaching {file}</source>
            <translation>Ajout de {file} en pièce jointe</translation>
        </message>
        <message>
            <source>Opening {title}</source>
            <translation>Ouverture de {title}</translation>
        </message>
        <message>
            <source>Removed {title}</source>
            <translation>{title} retiré</translation>
        </message>
        <message>
            <source>Correct the date</source>
            <translation>Corriger la date</translation>
        </message>
        <message>
            <source>On which day was this stage reached?</source>
            <translation>À quelle date cette étape a-t-elle été atteinte ?</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Atteinte le</translation>
        </message>
        <message>
            <source>Correcting the stage date</source>
            <translation>Correction de la date de l'étape</translation>
        </message>
        <message>
            <source>Correct a stage date</source>
            <translation>Corriger la date d'une étape</translation>
        </message>
    </context>
    <context>
        <name>WorkIndicator</name>
        <message>
            <source>Progress of the background work</source>
            <translation>Avancement du travail en arrière-plan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the background work</source>
            <translation>Annuler le travail en arrière-plan</translation>
        </message>
        <message numerus="yes">
            <source>{task}… (+%Ln more)</source>
            <translation>
                <numerusform>{task}… (+%Ln autre)</numerusform>
                <numerusform>{task}… (+%Ln autres)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_MarketLine</name>
        <message>
            <source>Target market country</source>
            <translation>Pays du marché cible</translation>
        </message>
        <message>
            <source>The country this organization wants to sell in or work with</source>
            <translation>Le pays où cette organisation veut vendre ou avec lequel elle veut travailler</translation>
        </message>
        <message>
            <source>Market status</source>
            <translation>Statut sur le marché</translation>
        </message>
        <message>
            <source>How far the organization is on this market</source>
            <translation>Où en est l'organisation sur ce marché</translation>
        </message>
        <message>
            <source>Needs: type, Enter</source>
            <translation>Besoins : saisir, Entrée</translation>
        </message>
        <message>
            <source>Needs on this market</source>
            <translation>Besoins sur ce marché</translation>
        </message>
        <message>
            <source>What the organization needs there (find a distributor, regulatory approval...)</source>
            <translation>Ce dont l'organisation a besoin sur place (trouver un distributeur, autorisation réglementaire...)</translation>
        </message>
        <message>
            <source>Remove this market</source>
            <translation>Retirer ce marché</translation>
        </message>
    </context>
</TS>
