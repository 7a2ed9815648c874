<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About MAGIA Desk</source>
            <translation>About MAGIA Desk</translation>
        </message>
        <message>
            <source>MAGIA Desk icon</source>
            <translation>MAGIA Desk icon</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>A desktop CRM for the internationalization officers of EU cluster partnerships: companies, contacts, actions, missions and agreements, and the numbers the EU report asks for. It works offline: your data stays in one file on this computer.</source>
            <translation>A desktop CRM for the internationalization officers of EU cluster partnerships: companies, contacts, actions, missions and agreements, and the numbers the EU report asks for. It works offline: your data stays in one file on this computer.</translation>
        </message>
        <message>
            <source>No store open</source>
            <translation>No store open</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Show the folder of the store in the file manager</source>
            <translation>Show the folder of the store in the file manager</translation>
        </message>
        <message>
            <source>Store:</source>
            <translation>Store:</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Built with:</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Licence:</translation>
        </message>
        <message>
            <source>European Union Public Licence {licence}</source>
            <translation>European Union Public Licence {licence}</translation>
        </message>
        <message>
            <source>Copy version details</source>
            <translation>Copy version details</translation>
        </message>
        <message>
            <source>For a support request: the versions of MAGIA Desk, Qt, PySide and Python</source>
            <translation>For a support request: the versions of MAGIA Desk, Qt, PySide and Python</translation>
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
            <translation>Participants</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <source>Select an action to see it here, or press Ctrl+N to create one.</source>
            <translation>Select an action to see it here, or press Ctrl+N to create one.</translation>
        </message>
        <message>
            <source>Save action</source>
            <translation>Save action</translation>
        </message>
        <message>
            <source>Revert action</source>
            <translation>Revert action</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Delete action</translation>
        </message>
        <message>
            <source>Delete this action (Delete; undo with Ctrl+Z)</source>
            <translation>Delete this action (Delete; undo with Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the action</source>
            <translation>Saving the action</translation>
        </message>
        <message>
            <source>The action was not saved: {reason}</source>
            <translation>The action was not saved: {reason}</translation>
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
            <translation>What kind of action; missions and trade shows also show under Missions</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itle</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Starts</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Ends</translation>
        </message>
        <message>
            <source>Leave empty for a one-day action</source>
            <translation>Leave empty for a one-day action</translation>
        </message>
        <message>
            <source>&amp;Organiser</source>
            <translation>&amp;Organiser</translation>
        </message>
        <message>
            <source>The consortium partner cluster that runs the action</source>
            <translation>The consortium partner cluster that runs the action</translation>
        </message>
        <message>
            <source>&amp;Work package</source>
            <translation>&amp;Work package</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Held online (a webinar, an online survey…)</source>
            <translation>Held online (a webinar, an online survey…)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>Cit&amp;y</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Country</translation>
        </message>
        <message>
            <source>Countries addressed</source>
            <translation>Countries addressed</translation>
        </message>
        <message>
            <source>The countries the action addresses (ISO codes or names)</source>
            <translation>The countries the action addresses (ISO codes or names)</translation>
        </message>
        <message>
            <source>EU portal</source>
            <translation>EU portal</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>Delivered, ongoing or postponed, as reported on the EU portal</source>
            <translation>Delivered, ongoing or postponed, as reported on the EU portal</translation>
        </message>
        <message>
            <source>As mapped</source>
            <translation>As mapped</translation>
        </message>
        <message>
            <source>&amp;Activity type</source>
            <translation>&amp;Activity type</translation>
        </message>
        <message>
            <source>Mapped from the action type; choose another only to override it</source>
            <translation>Mapped from the action type; choose another only to override it</translation>
        </message>
        <message>
            <source>Au&amp;dience types</source>
            <translation>Au&amp;dience types</translation>
        </message>
        <message>
            <source>Industry, Research…</source>
            <translation>Industry, Research…</translation>
        </message>
        <message>
            <source>The target audiences, in the portal's words</source>
            <translation>The target audiences, in the portal's words</translation>
        </message>
        <message>
            <source>Declared audience</source>
            <translation>Declared audience</translation>
        </message>
        <message>
            <source>people</source>
            <translation>people</translation>
        </message>
        <message>
            <source>The audience size you declare; the larger of it and the participants is reported</source>
            <translation>The audience size you declare; the larger of it and the participants is reported</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>type maps to: {activity}</source>
            <translation>type maps to: {activity}</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message numerus="yes">
            <source>%Ln participants, audience {audience}</source>
            <translation>
                <numerusform>%Ln participant, audience {audience}</numerusform>
                <numerusform>%Ln participants, audience {audience}</numerusform>
            </translation>
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation>Participants ({count})</translation>
        </message>
        <message>
            <source>Create action {title}</source>
            <translation>Create action {title}</translation>
        </message>
        <message>
            <source>Action {title} created</source>
            <translation>Action {title} created</translation>
        </message>
        <message>
            <source>Edit action {title}</source>
            <translation>Edit action {title}</translation>
        </message>
        <message>
            <source>Action {title} saved</source>
            <translation>Action {title} saved</translation>
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
                <numerusform>The larger of %Ln participant and the declared audience (none declared)</numerusform>
                <numerusform>The larger of %Ln participants and the declared audience (none declared)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The larger of %Ln participants and the declared audience (declared {declared})</source>
            <translation>
                <numerusform>The larger of %Ln participant and the declared audience (declared {declared})</numerusform>
                <numerusform>The larger of %Ln participants and the declared audience (declared {declared})</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Organizations and people recorded as taking part.</source>
            <translation>Organizations and people recorded as taking part.</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>The larger of the participants and the declared audience, as reported.</source>
            <translation>The larger of the participants and the declared audience, as reported.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>New action</translation>
        </message>
        <message>
            <source>Create an action (Ctrl+N)</source>
            <translation>Create an action (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search actions by title or city</source>
            <translation>Search actions by title or city</translation>
        </message>
        <message>
            <source>Search actions</source>
            <translation>Search actions</translation>
        </message>
        <message>
            <source>Number of actions shown</source>
            <translation>Number of actions shown</translation>
        </message>
        <message>
            <source>Actions list</source>
            <translation>Actions list</translation>
        </message>
        <message>
            <source>No actions yet</source>
            <translation>No actions yet</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Create one (Ctrl+N), or import a workbook.</translation>
        </message>
        <message>
            <source>No actions match</source>
            <translation>No actions match</translation>
        </message>
        <message>
            <source>1 action</source>
            <translation>1 action</translation>
        </message>
        <message>
            <source>0 of 1 action</source>
            <translation>0 of 1 action</translation>
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
                <numerusform>{shown} of %Ln action</numerusform>
                <numerusform>{shown} of %Ln actions</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete action {name}</source>
            <translation>Delete action {name}</translation>
        </message>
        <message>
            <source>Deleted action {name}</source>
            <translation>Deleted action {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln actions</source>
            <translation>
                <numerusform>Delete %Ln action</numerusform>
                <numerusform>Delete %Ln actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln actions</source>
            <translation>
                <numerusform>Deleted %Ln action</numerusform>
                <numerusform>Deleted %Ln actions</numerusform>
            </translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Actions run by one partner cluster</source>
            <translation>Actions run by one partner cluster</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Lead capture is for trade shows; this action is a {type}</source>
            <translation>Lead capture is for trade shows; this action is a {type}</translation>
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
            <translation>Role</translation>
        </message>
        <message>
            <source>Actions taken part in</source>
            <translation>Actions taken part in</translation>
        </message>
        <message>
            <source> (via {names})</source>
            <translation> (via {names})</translation>
        </message>
        <message numerus="yes">
            <source>Took part in %Ln actions</source>
            <translation>
                <numerusform>Took part in %Ln action</numerusform>
                <numerusform>Took part in %Ln actions</numerusform>
            </translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>No actions yet.</translation>
        </message>
    </context>
    <context>
        <name>AddOfficerDialog</name>
        <message>
            <source>Add an officer</source>
            <translation>Add an officer</translation>
        </message>
        <message>
            <source>First and last name</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Partner cluster:</source>
            <translation>&amp;Partner cluster:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>Adding the officer</source>
            <translation>Adding the officer</translation>
        </message>
    </context>
    <context>
        <name>AddParticipantsDialog</name>
        <message>
            <source>Add participants</source>
            <translation>Add participants</translation>
        </message>
        <message>
            <source>Type part of a company's or a person's name, an email…</source>
            <translation>Type part of a company's or a person's name, an email…</translation>
        </message>
        <message>
            <source>Search organizations and contacts</source>
            <translation>Search organizations and contacts</translation>
        </message>
        <message>
            <source>Organizations and contacts found</source>
            <translation>Organizations and contacts found</translation>
        </message>
        <message>
            <source>Tick everybody who took part (Space ticks the selected row).</source>
            <translation>Tick everybody who took part (Space ticks the selected row).</translation>
        </message>
        <message>
            <source>Paste emails or names, one a line or separated by commas or semicolons:</source>
            <translation>Paste emails or names, one a line or separated by commas or semicolons:</translation>
        </message>
        <message>
            <source>Emails or names to match</source>
            <translation>Emails or names to match</translation>
        </message>
        <message>
            <source>Find matches</source>
            <translation>Find matches</translation>
        </message>
        <message>
            <source>Matches to confirm</source>
            <translation>Matches to confirm</translation>
        </message>
        <message>
            <source>Pick from the list</source>
            <translation>Pick from the list</translation>
        </message>
        <message>
            <source>Paste emails or names</source>
            <translation>Paste emails or names</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>✗  {entry}: no match in the store</source>
            <translation>✗  {entry}: no match in the store</translation>
        </message>
        <message>
            <source>{entry}  →  {match}   (by {how})</source>
            <translation>{entry}  →  {match}   (by {how})</translation>
        </message>
        <message>
            <source>Also possible: {others}</source>
            <translation>Also possible: {others}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln found, {missing} not found: untick a wrong match</source>
            <translation>
                <numerusform>%Ln found, {missing} not found: untick a wrong match</numerusform>
                <numerusform>%Ln found, {missing} not found: untick a wrong match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln found: untick a wrong match</source>
            <translation>
                <numerusform>%Ln found: untick a wrong match</numerusform>
                <numerusform>%Ln found: untick a wrong match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln</source>
            <translation>
                <numerusform>Add %Ln</numerusform>
                <numerusform>Add %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Adding participants</source>
            <translation>Adding participants</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln participants</source>
            <translation>
                <numerusform>Add %Ln participant</numerusform>
                <numerusform>Add %Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln participants ({skipped} were already there)</source>
            <translation>
                <numerusform>Added %Ln participant ({skipped} were already there)</numerusform>
                <numerusform>Added %Ln participants ({skipped} were already there)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln participants</source>
            <translation>
                <numerusform>Added %Ln participant</numerusform>
                <numerusform>Added %Ln participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgreementBoard</name>
        <message>
            <source>Agreement board</source>
            <translation>Agreement board</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>New agreement</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <source>Select an agreement to see it here, or press Ctrl+N to create one.</source>
            <translation>Select an agreement to see it here, or press Ctrl+N to create one.</translation>
        </message>
        <message>
            <source>Save agreement</source>
            <translation>Save agreement</translation>
        </message>
        <message>
            <source>Revert agreement</source>
            <translation>Revert agreement</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Delete agreement</translation>
        </message>
        <message>
            <source>Delete this agreement (Delete; undo with Ctrl+Z)</source>
            <translation>Delete this agreement (Delete; undo with Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the agreement</source>
            <translation>Saving the agreement</translation>
        </message>
        <message>
            <source>The agreement was not saved: {reason}</source>
            <translation>The agreement was not saved: {reason}</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>MoU, collaboration agreement, letter of intent…</source>
            <translation>MoU, collaboration agreement, letter of intent…</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itle</translation>
        </message>
        <message>
            <source>What the agreement is about</source>
            <translation>What the agreement is about</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Stage</translation>
        </message>
        <message>
            <source>Where it stands; drag its card on the board to date the change</source>
            <translation>Where it stands; drag its card on the board to date the change</translation>
        </message>
        <message>
            <source>&amp;Parties</source>
            <translation>&amp;Parties</translation>
        </message>
        <message>
            <source>The organizations that sign it, of any country</source>
            <translation>The organizations that sign it, of any country</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Signed o&amp;n</source>
            <translation>Signed o&amp;n</translation>
        </message>
        <message>
            <source>Required from the signed stage on</source>
            <translation>Required from the signed stage on</translation>
        </message>
        <message>
            <source>E&amp;xpires on</source>
            <translation>E&amp;xpires on</translation>
        </message>
        <message>
            <source>An active agreement warns 60 days before it expires</source>
            <translation>An active agreement warns 60 days before it expires</translation>
        </message>
        <message>
            <source>Who and where from</source>
            <translation>Who and where from</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Owner</translation>
        </message>
        <message>
            <source>The officer following it</source>
            <translation>The officer following it</translation>
        </message>
        <message>
            <source>Partner &amp;cluster</source>
            <translation>Partner &amp;cluster</translation>
        </message>
        <message>
            <source>The consortium partner it counts for</source>
            <translation>The consortium partner it counts for</translation>
        </message>
        <message>
            <source>Type to find the action or mission</source>
            <translation>Type to find the action or mission</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Show the action or mission</source>
            <translation>Show the action or mission</translation>
        </message>
        <message>
            <source>Open the action or mission</source>
            <translation>Open the action or mission</translation>
        </message>
        <message>
            <source>&amp;Came from</source>
            <translation>&amp;Came from</translation>
        </message>
        <message>
            <source>The mission or action this agreement resulted from</source>
            <translation>The mission or action this agreement resulted from</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>Stage history</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Reached on</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Double-click a date to correct it (a stage reached last month, recorded today)</source>
            <translation>Double-click a date to correct it (a stage reached last month, recorded today)</translation>
        </message>
        <message>
            <source>Correct date…</source>
            <translation>Correct date…</translation>
        </message>
        <message>
            <source>Change the date the selected stage was reached</source>
            <translation>Change the date the selected stage was reached</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Anything worth remembering about this agreement</source>
            <translation>Anything worth remembering about this agreement</translation>
        </message>
        <message>
            <source>signed {date}</source>
            <translation>signed {date}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln parties</source>
            <translation>
                <numerusform>%Ln party</numerusform>
                <numerusform>%Ln parties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ Expired %Ln days ago and still active: renew it or move it to expired</source>
            <translation>
                <numerusform>⚠ Expired %Ln day ago and still active: renew it or move it to expired</numerusform>
                <numerusform>⚠ Expired %Ln days ago and still active: renew it or move it to expired</numerusform>
            </translation>
        </message>
        <message>
            <source>⚠ Expires today</source>
            <translation>⚠ Expires today</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Expires in %Ln days, on {date}</source>
            <translation>
                <numerusform>⚠ Expires in %Ln day, on {date}</numerusform>
                <numerusform>⚠ Expires in %Ln days, on {date}</numerusform>
            </translation>
        </message>
        <message>
            <source>Create agreement {title}</source>
            <translation>Create agreement {title}</translation>
        </message>
        <message>
            <source>Agreement {title} created</source>
            <translation>Agreement {title} created</translation>
        </message>
        <message>
            <source>Edit agreement {title}</source>
            <translation>Edit agreement {title}</translation>
        </message>
        <message>
            <source>Agreement {title} saved</source>
            <translation>Agreement {title} saved</translation>
        </message>
        <message>
            <source>Correct the date</source>
            <translation>Correct the date</translation>
        </message>
        <message>
            <source>On which day did the agreement become {stage}?</source>
            <translation>On which day did the agreement become {stage}?</translation>
        </message>
        <message>
            <source>Correcting the stage date</source>
            <translation>Correcting the stage date</translation>
        </message>
        <message>
            <source>Correct the date of {stage}</source>
            <translation>Correct the date of {stage}</translation>
        </message>
        <message>
            <source>{stage} is now dated {date}</source>
            <translation>{stage} is now dated {date}</translation>
        </message>
    </context>
    <context>
        <name>AgreementsScreen</name>
        <message numerus="yes">
            <source>{name} + %Ln more</source>
            <translation>
                <numerusform>{name} + %Ln more</numerusform>
                <numerusform>{name} + %Ln more</numerusform>
            </translation>
        </message>
        <message>
            <source>Active and expiring within 60 days</source>
            <translation>Active and expiring within 60 days</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Sorted in pipeline order.</source>
            <translation>Sorted in pipeline order.</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Countries</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Expires on</translation>
        </message>
        <message>
            <source>Orange: active and expiring within 60 days.</source>
            <translation>Orange: active and expiring within 60 days.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Partner cluster</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>New agreement</translation>
        </message>
        <message>
            <source>Create an agreement (Ctrl+N)</source>
            <translation>Create an agreement (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search agreements by title, party or notes</source>
            <translation>Search agreements by title, party or notes</translation>
        </message>
        <message>
            <source>Search agreements</source>
            <translation>Search agreements</translation>
        </message>
        <message>
            <source>Number of agreements shown</source>
            <translation>Number of agreements shown</translation>
        </message>
        <message>
            <source>Agreements list</source>
            <translation>Agreements list</translation>
        </message>
        <message>
            <source>No agreements yet</source>
            <translation>No agreements yet</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), drag it along the board as it progresses.</source>
            <translation>Create one (Ctrl+N), drag it along the board as it progresses.</translation>
        </message>
        <message>
            <source>No agreements match</source>
            <translation>No agreements match</translation>
        </message>
        <message>
            <source>1 agreement</source>
            <translation>1 agreement</translation>
        </message>
        <message>
            <source>0 of 1 agreement</source>
            <translation>0 of 1 agreement</translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreements</source>
            <translation>
                <numerusform>%Ln agreement</numerusform>
                <numerusform>%Ln agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln agreements</source>
            <translation>
                <numerusform>{shown} of %Ln agreement</numerusform>
                <numerusform>{shown} of %Ln agreements</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete agreement {name}</source>
            <translation>Delete agreement {name}</translation>
        </message>
        <message>
            <source>Deleted agreement {name}</source>
            <translation>Deleted agreement {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln agreements</source>
            <translation>
                <numerusform>Delete %Ln agreement</numerusform>
                <numerusform>Delete %Ln agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln agreements</source>
            <translation>
                <numerusform>Deleted %Ln agreement</numerusform>
                <numerusform>Deleted %Ln agreements</numerusform>
            </translation>
        </message>
        <message>
            <source>The consortium partner the agreements count for</source>
            <translation>The consortium partner the agreements count for</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Agreements with a party from this country</source>
            <translation>Agreements with a party from this country</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>The pipeline: a column per stage</source>
            <translation>The pipeline: a column per stage</translation>
        </message>
        <message>
            <source>Show as board</source>
            <translation>Show as board</translation>
        </message>
        <message>
            <source>A sortable list</source>
            <translation>A sortable list</translation>
        </message>
        <message>
            <source>Show as list</source>
            <translation>Show as list</translation>
        </message>
        <message>
            <source>Letters of intent…</source>
            <translation>Letters of intent…</translation>
        </message>
        <message>
            <source>One signed letter of intent per SME, for many SMEs at once</source>
            <translation>One signed letter of intent per SME, for many SMEs at once</translation>
        </message>
        <message>
            <source>Expiring agreements</source>
            <translation>Expiring agreements</translation>
        </message>
        <message numerus="yes">
            <source>and %Ln more</source>
            <translation>
                <numerusform>and %Ln more</numerusform>
                <numerusform>and %Ln more</numerusform>
            </translation>
        </message>
        <message>
            <source>1 active agreement expires within 60 days:</source>
            <translation>1 active agreement expires within 60 days:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln active agreements expire within 60 days:</source>
            <translation>
                <numerusform>%Ln active agreement expires within 60 days:</numerusform>
                <numerusform>%Ln active agreements expire within 60 days:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days past its date</source>
            <translation>
                <numerusform>%Ln day past its date</numerusform>
                <numerusform>%Ln days past its date</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>in %Ln day</numerusform>
                <numerusform>in %Ln days</numerusform>
            </translation>
        </message>
        <message>
            <source>The agreement</source>
            <translation>The agreement</translation>
        </message>
        <message>
            <source>On which day was “{title}” signed?</source>
            <translation>On which day was “{title}” signed?</translation>
        </message>
        <message>
            <source>Moving {title} to {stage}</source>
            <translation>Moving {title} to {stage}</translation>
        </message>
        <message>
            <source>{title} is now {stage}: correct the date in its stage history if needed</source>
            <translation>{title} is now {stage}: correct the date in its stage history if needed</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>The store {path} cannot be read or created: {reason}.</source>
            <translation>The store {path} cannot be read or created: {reason}.</translation>
        </message>
        <message>
            <source>{app} cannot open the store</source>
            <translation>{app} cannot open the store</translation>
        </message>
        <message>
            <source>{problem}

Nothing was changed. To use another store, start MAGIA Desk with --db PATH.</source>
            <translation>{problem}

Nothing was changed. To use another store, start MAGIA Desk with --db PATH.</translation>
        </message>
        <message>
            <source>The latest good backup is {backup}. Restore it with:
  magia-desk --db {path} restore {backup}</source>
            <translation>The latest good backup is {backup}. Restore it with:
  magia-desk --db {path} restore {backup}</translation>
        </message>
        <message>
            <source>No good backup was found.</source>
            <translation>No good backup was found.</translation>
        </message>
        <message>
            <source>{app}: the store is damaged</source>
            <translation>{app}: the store is damaged</translation>
        </message>
        <message>
            <source>{path} is damaged ({problem}). MAGIA Desk closes it without writing to it.

{advice}</source>
            <translation>{path} is damaged ({problem}). MAGIA Desk closes it without writing to it.

{advice}</translation>
        </message>
        <message>
            <source>Checking the store</source>
            <translation>Checking the store</translation>
        </message>
        <message>
            <source>Filling the new store with demo data…</source>
            <translation>Filling the new store with demo data…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>Demo data ready: {count} organizations</source>
            <translation>Demo data ready: {count} organizations</translation>
        </message>
        <message>
            <source>Demo data ready</source>
            <translation>Demo data ready</translation>
        </message>
        <message>
            <source>Making the demo data</source>
            <translation>Making the demo data</translation>
        </message>
        <message>
            <source>Making demo data</source>
            <translation>Making demo data</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>create</source>
            <translation>create</translation>
        </message>
        <message>
            <source>update</source>
            <translation>update</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>delete</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>restore</translation>
        </message>
        <message>
            <source>merge</source>
            <translation>merge</translation>
        </message>
        <message>
            <source>erase</source>
            <translation>erase</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>Holding</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Membership</translation>
        </message>
        <message>
            <source>Market interest</source>
            <translation>Market interest</translation>
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
            <translation>Itinerary item</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Meeting attendee</source>
            <translation>Meeting attendee</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Agreement party</source>
            <translation>Agreement party</translation>
        </message>
        <message>
            <source>Agreement stage change</source>
            <translation>Agreement stage change</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
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
            <translation>Reporting period</translation>
        </message>
        <message>
            <source>KPI target</source>
            <translation>KPI target</translation>
        </message>
        <message>
            <source>External reference</source>
            <translation>External reference</translation>
        </message>
        <message>
            <source>new record</source>
            <translation>new record</translation>
        </message>
        <message>
            <source>Before: {old}
After: {new}</source>
            <translation>Before: {old}
After: {new}</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>Search values, fields and record names…</source>
            <translation>Search values, fields and record names…</translation>
        </message>
        <message>
            <source>Search the changes</source>
            <translation>Search the changes</translation>
        </message>
        <message>
            <source>Any operation</source>
            <translation>Any operation</translation>
        </message>
        <message>
            <source>Only the changes made by this officer</source>
            <translation>Only the changes made by this officer</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Only the changes to this kind of record</source>
            <translation>Only the changes to this kind of record</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Kind of record</translation>
        </message>
        <message>
            <source>Only the changes of this kind</source>
            <translation>Only the changes of this kind</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operation</translation>
        </message>
        <message>
            <source>Number of changes shown</source>
            <translation>Number of changes shown</translation>
        </message>
        <message>
            <source>Newer</source>
            <translation>Newer</translation>
        </message>
        <message>
            <source>The previous page: newer changes</source>
            <translation>The previous page: newer changes</translation>
        </message>
        <message>
            <source>Older</source>
            <translation>Older</translation>
        </message>
        <message>
            <source>The next page: older changes</source>
            <translation>The next page: older changes</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Any officer</source>
            <translation>Any officer</translation>
        </message>
        <message>
            <source>Any record</source>
            <translation>Any record</translation>
        </message>
        <message>
            <source>No changes match.</source>
            <translation>No changes match.</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>No changes recorded yet.</translation>
        </message>
        <message numerus="yes">
            <source>{first}–{last} of %Ln changes</source>
            <translation>
                <numerusform>{first}–{last} of %Ln change</numerusform>
                <numerusform>{first}–{last} of %Ln changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Before an upgrade</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>Before encryption change</source>
            <translation>Before encryption change</translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} bytes</translation>
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
            <translation>Backups</translation>
        </message>
        <message>
            <source>MAGIA Desk backs up the store when it opens and once a day while in use (the last 7 days and 4 weeks are kept). Each backup holds the store and its attachments.</source>
            <translation>MAGIA Desk backs up the store when it opens and once a day while in use (the last 7 days and 4 weeks are kept). Each backup holds the store and its attachments.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>No backups yet. “Back up now” makes one.</source>
            <translation>No backups yet. “Back up now” makes one.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Replace the store with the selected backup (MAGIA Desk then restarts)</source>
            <translation>Replace the store with the selected backup (MAGIA Desk then restarts)</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>Show in &amp;folder</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Backing up the store</translation>
        </message>
        <message>
            <source>Backed up to {file}.</source>
            <translation>Backed up to {file}.</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Backing up</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restore this backup?</translation>
        </message>
        <message>
            <source>Replace the store with the backup of {date}?

The store as it is now is kept as a backup first. MAGIA Desk then closes: start it again to work on the restored data.</source>
            <translation>Replace the store with the backup of {date}?

The store as it is now is kept as a backup first. MAGIA Desk then closes: start it again to work on the restored data.</translation>
        </message>
        <message>
            <source>Restoring the backup</source>
            <translation>Restoring the backup</translation>
        </message>
        <message>
            <source>MAGIA Desk will close</source>
            <translation>MAGIA Desk will close</translation>
        </message>
        <message>
            <source>Start MAGIA Desk again to reopen the store.</source>
            <translation>Start MAGIA Desk again to reopen the store.</translation>
        </message>
        <message>
            <source>The store was restored from {file}.</source>
            <translation>The store was restored from {file}.</translation>
        </message>
        <message>
            <source>The store it replaced is kept in {path}.</source>
            <translation>The store it replaced is kept in {path}.</translation>
        </message>
        <message>
            <source>MAGIA Desk will now close: start it again to work on the restored data.</source>
            <translation>MAGIA Desk will now close: start it again to work on the restored data.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
    </context>
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>Exhibitor</source>
            <translation>Exhibitor</translation>
        </message>
        <message>
            <source>Capture leads — {title}</source>
            <translation>Capture leads — {title}</translation>
        </message>
        <message>
            <source>Capture leads</source>
            <translation>Capture leads</translation>
        </message>
        <message>
            <source>Trade show</source>
            <translation>Trade show</translation>
        </message>
        <message>
            <source>Leads captured</source>
            <translation>Leads captured</translation>
        </message>
        <message>
            <source>Type a company: known ones are suggested</source>
            <translation>Type a company: known ones are suggested</translation>
        </message>
        <message>
            <source>Target countries: IT, DE…</source>
            <translation>Target countries: IT, DE…</translation>
        </message>
        <message>
            <source>Interests: medical devices, diagnostics…</source>
            <translation>Interests: medical devices, diagnostics…</translation>
        </message>
        <message>
            <source>What you talked about</source>
            <translation>What you talked about</translation>
        </message>
        <message>
            <source>Follow-up task, e.g. Send the brochure</source>
            <translation>Follow-up task, e.g. Send the brochure</translation>
        </message>
        <message>
            <source>Follow-up due date</source>
            <translation>Follow-up due date</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Company</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Job title</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>P&amp;hone</translation>
        </message>
        <message>
            <source>&amp;Markets</source>
            <translation>&amp;Markets</translation>
        </message>
        <message>
            <source>&amp;Interests</source>
            <translation>&amp;Interests</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>&amp;Follow-up</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Last lead</source>
            <translation>Last lead</translation>
        </message>
        <message>
            <source>Save lead</source>
            <translation>Save lead</translation>
        </message>
        <message>
            <source>Save and clear for the next lead (Enter)</source>
            <translation>Save and clear for the next lead (Enter)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Start again without saving (Ctrl+Backspace)</source>
            <translation>Start again without saving (Ctrl+Backspace)</translation>
        </message>
        <message>
            <source>Import vCards…</source>
            <translation>Import vCards…</translation>
        </message>
        <message>
            <source>Import one or many .vcf files; known people and companies are matched</source>
            <translation>Import one or many .vcf files; known people and companies are matched</translation>
        </message>
        <message>
            <source>Saving the lead</source>
            <translation>Saving the lead</translation>
        </message>
        <message>
            <source>new company</source>
            <translation>new company</translation>
        </message>
        <message>
            <source>new contact</source>
            <translation>new contact</translation>
        </message>
        <message>
            <source>✓ Saved {names} — {created}</source>
            <translation>✓ Saved {names} — {created}</translation>
        </message>
        <message>
            <source>✓ Saved {names} (already known)</source>
            <translation>✓ Saved {names} (already known)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln leads captured</source>
            <translation>
                <numerusform>%Ln lead captured</numerusform>
                <numerusform>%Ln leads captured</numerusform>
            </translation>
        </message>
        <message>
            <source>Import vCards</source>
            <translation>Import vCards</translation>
        </message>
        <message>
            <source>vCards (*.vcf *.vcard);;All files (*)</source>
            <translation>vCards (*.vcf *.vcard);;All files (*)</translation>
        </message>
        <message numerus="yes">
            <source>Importing %Ln files…</source>
            <translation>
                <numerusform>Importing %Ln file…</numerusform>
                <numerusform>Importing %Ln files…</numerusform>
            </translation>
        </message>
        <message>
            <source>Importing vCards</source>
            <translation>Importing vCards</translation>
        </message>
        <message numerus="yes">
            <source>✓ %Ln cards: {new_contacts} new contacts, {known} known; {new_companies} new companies</source>
            <translation>
                <numerusform>✓ %Ln card: {new_contacts} new contacts, {known} known; {new_companies} new companies</numerusform>
                <numerusform>✓ %Ln cards: {new_contacts} new contacts, {known} known; {new_companies} new companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped (no name, email or company)</source>
            <translation>
                <numerusform>%Ln skipped (no name, email or company)</numerusform>
                <numerusform>%Ln skipped (no name, email or company)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln values left out</source>
            <translation>
                <numerusform>%Ln value left out</numerusform>
                <numerusform>%Ln values left out</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message numerus="yes">
            <source>{name} + %Ln more</source>
            <translation>
                <numerusform>{name} + %Ln more</numerusform>
                <numerusform>{name} + %Ln more</numerusform>
            </translation>
        </message>
        <message>
            <source>No parties yet</source>
            <translation>No parties yet</translation>
        </message>
        <message>
            <source>expires {date}</source>
            <translation>expires {date}</translation>
        </message>
        <message>
            <source>Active and expiring within 60 days: renew it or move it to expired</source>
            <translation>Active and expiring within 60 days: renew it or move it to expired</translation>
        </message>
        <message>
            <source>signed {date}</source>
            <translation>signed {date}</translation>
        </message>
        <message>
            <source>Drag to another column to change the stage; click to see it</source>
            <translation>Drag to another column to change the stage; click to see it</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Nothing to show for this period</source>
            <translation>Nothing to show for this period</translation>
        </message>
        <message>
            <source>No months to show</source>
            <translation>No months to show</translation>
        </message>
        <message>
            <source>Month (end of)</source>
            <translation>Month (end of)</translation>
        </message>
        <message>
            <source>Project target ({target})</source>
            <translation>Project target ({target})</translation>
        </message>
    </context>
    <context>
        <name>ChoicePopup</name>
        <message>
            <source>Type to search</source>
            <translation>Type to search</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Choices</translation>
        </message>
        <message>
            <source>Use “{text}”</source>
            <translation>Use “{text}”</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <source>Go to</source>
            <translation>Go to</translation>
        </message>
        <message>
            <source>Find a company, a contact or a command…</source>
            <translation>Find a company, a contact or a command…</translation>
        </message>
        <message>
            <source>Find a record or a command</source>
            <translation>Find a record or a command</translation>
        </message>
        <message>
            <source>Matching records and commands</source>
            <translation>Matching records and commands</translation>
        </message>
        <message>
            <source>↑↓ to move   Enter to open   Esc to close</source>
            <translation>↑↓ to move   Enter to open   Esc to close</translation>
        </message>
        <message>
            <source>Open this {kind_lower}</source>
            <translation>Open this {kind_lower}</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Command</translation>
        </message>
    </context>
    <context>
        <name>CompaniesScreen</name>
        <message>
            <source>provisional</source>
            <translation>provisional</translation>
        </message>
        <message>
            <source>Size class unknown: give the staff headcount</source>
            <translation>Size class unknown: give the staff headcount</translation>
        </message>
        <message>
            <source>Provisional: classified by staff alone</source>
            <translation>Provisional: classified by staff alone</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>EU SME size class.</source>
            <translation>EU SME size class.</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Contacts working there.</source>
            <translation>Contacts working there.</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>New company</source>
            <translation>New company</translation>
        </message>
        <message>
            <source>Create a company (Ctrl+N)</source>
            <translation>Create a company (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search companies by name, city, email, sector or notes</source>
            <translation>Search companies by name, city, email, sector or notes</translation>
        </message>
        <message>
            <source>Search companies</source>
            <translation>Search companies</translation>
        </message>
        <message>
            <source>Number of companies shown</source>
            <translation>Number of companies shown</translation>
        </message>
        <message>
            <source>Companies list</source>
            <translation>Companies list</translation>
        </message>
        <message>
            <source>No companies yet</source>
            <translation>No companies yet</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Create one (Ctrl+N), or import a workbook.</translation>
        </message>
        <message>
            <source>No companies match</source>
            <translation>No companies match</translation>
        </message>
        <message>
            <source>1 company</source>
            <translation>1 company</translation>
        </message>
        <message>
            <source>0 of 1 company</source>
            <translation>0 of 1 company</translation>
        </message>
        <message numerus="yes">
            <source>%Ln companies</source>
            <translation>
                <numerusform>%Ln company</numerusform>
                <numerusform>%Ln companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln companies</source>
            <translation>
                <numerusform>{shown} of %Ln company</numerusform>
                <numerusform>{shown} of %Ln companies</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete company {name}</source>
            <translation>Delete company {name}</translation>
        </message>
        <message>
            <source>Deleted company {name}</source>
            <translation>Deleted company {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln companies</source>
            <translation>
                <numerusform>Delete %Ln company</numerusform>
                <numerusform>Delete %Ln companies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln companies</source>
            <translation>
                <numerusform>Deleted %Ln company</numerusform>
                <numerusform>Deleted %Ln companies</numerusform>
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
            <translation>Show only the members of one cluster</translation>
        </message>
        <message>
            <source>Show only one EU size class</source>
            <translation>Show only one EU size class</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Type a sector: the whole tag must match</source>
            <translation>Type a sector: the whole tag must match</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Consortium partners</source>
            <translation>Consortium partners</translation>
        </message>
        <message>
            <source>Not partners</source>
            <translation>Not partners</translation>
        </message>
        <message>
            <source>The partnership's own clusters, or everybody else</source>
            <translation>The partnership's own clusters, or everybody else</translation>
        </message>
    </context>
    <context>
        <name>CompanyEditor</name>
        <message>
            <source>New company</source>
            <translation>New company</translation>
        </message>
        <message>
            <source>Select a company to see it here, or press Ctrl+N to create one.</source>
            <translation>Select a company to see it here, or press Ctrl+N to create one.</translation>
        </message>
        <message>
            <source>Save company</source>
            <translation>Save company</translation>
        </message>
        <message>
            <source>Revert company</source>
            <translation>Revert company</translation>
        </message>
        <message>
            <source>Delete company</source>
            <translation>Delete company</translation>
        </message>
        <message>
            <source>Delete this company (Delete; undo with Ctrl+Z)</source>
            <translation>Delete this company (Delete; undo with Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the company</source>
            <translation>Saving the company</translation>
        </message>
        <message>
            <source>The company was not saved: {reason}</source>
            <translation>The company was not saved: {reason}</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>The name people use for it</source>
            <translation>The name people use for it</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>What sort of organization this is</source>
            <translation>What sort of organization this is</translation>
        </message>
        <message>
            <source>Consortium partner</source>
            <translation>Consortium partner</translation>
        </message>
        <message>
            <source>Tick for the consortium partners only (the clusters that run this partnership)</source>
            <translation>Tick for the consortium partners only (the clusters that run this partnership)</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Country</translation>
        </message>
        <message>
            <source>Type a few letters of the country name</source>
            <translation>Type a few letters of the country name</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>Cit&amp;y</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Reach</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>&amp;Website</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>Any format; stored in international form. Without +, read as a number of the country</source>
            <translation>Any format; stored in international form. Without +, read as a number of the country</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>VAT no.</source>
            <translation>VAT no.</translation>
        </message>
        <message>
            <source>VAT or company registration number</source>
            <translation>VAT or company registration number</translation>
        </message>
        <message>
            <source>E&amp;mployees</source>
            <translation>E&amp;mployees</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>Staff headcount</source>
            <translation>Staff headcount</translation>
        </message>
        <message>
            <source>Turnover</source>
            <translation>Turnover</translation>
        </message>
        <message>
            <source>EUR m</source>
            <translation>EUR m</translation>
        </message>
        <message>
            <source>Annual turnover in millions of euros</source>
            <translation>Annual turnover in millions of euros</translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>Balance sheet</translation>
        </message>
        <message>
            <source>Balance sheet total in millions of euros</source>
            <translation>Balance sheet total in millions of euros</translation>
        </message>
        <message>
            <source>Size class</source>
            <translation>Size class</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>&amp;Sectors</source>
            <translation>&amp;Sectors</translation>
        </message>
        <message>
            <source>Sector, then Enter</source>
            <translation>Sector, then Enter</translation>
        </message>
        <message>
            <source>Fields of activity, as tags (medical devices, diagnostics...)</source>
            <translation>Fields of activity, as tags (medical devices, diagnostics...)</translation>
        </message>
        <message>
            <source>Certifications</source>
            <translation>Certifications</translation>
        </message>
        <message>
            <source>Certifications and approvals held</source>
            <translation>Certifications and approvals held</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Clusters</translation>
        </message>
        <message>
            <source>Member of</source>
            <translation>Member of</translation>
        </message>
        <message>
            <source>Cluster name, then Enter</source>
            <translation>Cluster name, then Enter</translation>
        </message>
        <message>
            <source>The clusters this organization is a member of</source>
            <translation>The clusters this organization is a member of</translation>
        </message>
        <message>
            <source>Target markets</source>
            <translation>Target markets</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Contacts of this company</source>
            <translation>Contacts of this company</translation>
        </message>
        <message>
            <source>Double-click (or Enter) to open the contact</source>
            <translation>Double-click (or Enter) to open the contact</translation>
        </message>
        <message>
            <source>New contact at this company</source>
            <translation>New contact at this company</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Anything worth remembering about this company</source>
            <translation>Anything worth remembering about this company</translation>
        </message>
        <message>
            <source>member of {clusters}</source>
            <translation>member of {clusters}</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>No contacts yet</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member organizations</source>
            <translation>
                <numerusform>%Ln member organization</numerusform>
                <numerusform>%Ln member organizations</numerusform>
            </translation>
        </message>
        <message>
            <source>Create company {name}</source>
            <translation>Create company {name}</translation>
        </message>
        <message>
            <source>Company {name} created</source>
            <translation>Company {name} created</translation>
        </message>
        <message>
            <source>Edit company {name}</source>
            <translation>Edit company {name}</translation>
        </message>
        <message>
            <source>Company {name} saved</source>
            <translation>Company {name} saved</translation>
        </message>
        <message>
            <source>country</source>
            <translation>country</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>needs</source>
            <translation>needs</translation>
        </message>
        <message>
            <source>line {line}: {part} {message}</source>
            <translation>line {line}: {part} {message}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Mine (this laptop)</source>
            <translation>Mine (this laptop)</translation>
        </message>
        <message>
            <source>Changed here by</source>
            <translation>Changed here by</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <source>Changed there by</source>
            <translation>Changed there by</translation>
        </message>
        <message>
            <source>Now holds</source>
            <translation>Now holds</translation>
        </message>
        <message>
            <source>company</source>
            <translation>company</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>membership</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>agreement</translation>
        </message>
        <message>
            <source>task</source>
            <translation>task</translation>
        </message>
        <message>
            <source>officer</source>
            <translation>officer</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>kept (edited)</source>
            <translation>kept (edited)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>this laptop</translation>
        </message>
        <message>
            <source>site {site}</source>
            <translation>site {site}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Show &amp;resolved</source>
            <translation>Show &amp;resolved</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Keep mine</translation>
        </message>
        <message>
            <source>This laptop's value stays (or comes back, as a new change every replica takes)</source>
            <translation>This laptop's value stays (or comes back, as a new change every replica takes)</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Take theirs</translation>
        </message>
        <message>
            <source>The other side's value stays (or comes back, as a new change)</source>
            <translation>The other side's value stays (or comes back, as a new change)</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Open record</translation>
        </message>
        <message>
            <source>No conflicts: every edit made on both sides has been settled. Conflicts appear here when the same field was changed on two laptops before they met.</source>
            <translation>No conflicts: every edit made on both sides has been settled. Conflicts appear here when the same field was changed on two laptops before they met.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open. The later edit won everywhere; the other value is kept here. Pick the one that is right — your choice travels to every replica.</source>
            <translation>
                <numerusform>%Ln open. The later edit won everywhere; the other value is kept here. Pick the one that is right — your choice travels to every replica.</numerusform>
                <numerusform>%Ln open. The later edit won everywhere; the other value is kept here. Pick the one that is right — your choice travels to every replica.</numerusform>
            </translation>
        </message>
        <message>
            <source>resolved: mine</source>
            <translation>resolved: mine</translation>
        </message>
        <message>
            <source>resolved: theirs</source>
            <translation>resolved: theirs</translation>
        </message>
        <message>
            <source>superseded by a later edit</source>
            <translation>superseded by a later edit</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>mine</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>theirs</translation>
        </message>
        <message>
            <source>record deleted / edited</source>
            <translation>record deleted / edited</translation>
        </message>
        <message>
            <source>{record}: your value kept.</source>
            <translation>{record}: your value kept.</translation>
        </message>
        <message>
            <source>{record}: their value kept.</source>
            <translation>{record}: their value kept.</translation>
        </message>
        <message>
            <source>The conflict was not resolved.</source>
            <translation>The conflict was not resolved.</translation>
        </message>
        <message>
            <source>Resolving a conflict</source>
            <translation>Resolving a conflict</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Select a contact to see it here, or press Ctrl+N to create one.</source>
            <translation>Select a contact to see it here, or press Ctrl+N to create one.</translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation>Save contact</translation>
        </message>
        <message>
            <source>Revert contact</source>
            <translation>Revert contact</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Delete contact</translation>
        </message>
        <message>
            <source>Delete this contact (Delete; undo with Ctrl+Z)</source>
            <translation>Delete this contact (Delete; undo with Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the contact</source>
            <translation>Saving the contact</translation>
        </message>
        <message>
            <source>The contact was not saved: {reason}</source>
            <translation>The contact was not saved: {reason}</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;First name</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Last name</translation>
        </message>
        <message>
            <source>Type to find a company</source>
            <translation>Type to find a company</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Show this contact's organization</source>
            <translation>Show this contact's organization</translation>
        </message>
        <message>
            <source>Open the organization</source>
            <translation>Open the organization</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Organization</translation>
        </message>
        <message>
            <source>The company or body this person works for; type part of its name</source>
            <translation>The company or body this person works for; type part of its name</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Job title</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Reach</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>Any format; stored in international form. Without +, read as a number of the country</source>
            <translation>Any format; stored in international form. Without +, read as a number of the country</translation>
        </message>
        <message>
            <source>Lan&amp;guages</source>
            <translation>Lan&amp;guages</translation>
        </message>
        <message>
            <source>Languages this person speaks (ISO codes such as en, fr, de)</source>
            <translation>Languages this person speaks (ISO codes such as en, fr, de)</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Country</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>Cit&amp;y</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>GDPR consent</translation>
        </message>
        <message>
            <source>Con&amp;sent</source>
            <translation>Con&amp;sent</translation>
        </message>
        <message>
            <source>Whether this person agreed to be contacted and kept on file</source>
            <translation>Whether this person agreed to be contacted and kept on file</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Given on</translation>
        </message>
        <message>
            <source>The day consent was given (required when it is given)</source>
            <translation>The day consent was given (required when it is given)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Web form, business card, event sign-up…</source>
            <translation>Web form, business card, event sign-up…</translation>
        </message>
        <message>
            <source>Where the consent comes from, for the GDPR register</source>
            <translation>Where the consent comes from, for the GDPR register</translation>
        </message>
        <message>
            <source>Privacy…</source>
            <translation>Privacy…</translation>
        </message>
        <message>
            <source>Subject access export or erasure of this person (GDPR)</source>
            <translation>Subject access export or erasure of this person (GDPR)</translation>
        </message>
        <message>
            <source>For EU statistics</source>
            <translation>For EU statistics</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Optional; only used for the EU gender statistics</source>
            <translation>Optional; only used for the EU gender statistics</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Anything worth remembering about this person</source>
            <translation>Anything worth remembering about this person</translation>
        </message>
        <message>
            <source>{job_title} at {organization}</source>
            <translation>{job_title} at {organization}</translation>
        </message>
        <message>
            <source>consent: {status}</source>
            <translation>consent: {status}</translation>
        </message>
        <message>
            <source>Create contact {name}</source>
            <translation>Create contact {name}</translation>
        </message>
        <message>
            <source>Contact {name} created</source>
            <translation>Contact {name} created</translation>
        </message>
        <message>
            <source>Edit contact {name}</source>
            <translation>Edit contact {name}</translation>
        </message>
        <message>
            <source>Contact {name} saved</source>
            <translation>Contact {name} saved</translation>
        </message>
    </context>
    <context>
        <name>ContactsScreen</name>
        <message>
            <source>Consent given on {date}</source>
            <translation>Consent given on {date}</translation>
        </message>
        <message>
            <source>Consent: {status}</source>
            <translation>Consent: {status}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Sorted by last name.</source>
            <translation>Sorted by last name.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>GDPR consent.</source>
            <translation>GDPR consent.</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Create a contact (Ctrl+N)</source>
            <translation>Create a contact (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search contacts by name, email, job title or notes</source>
            <translation>Search contacts by name, email, job title or notes</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Search contacts</translation>
        </message>
        <message>
            <source>Number of contacts shown</source>
            <translation>Number of contacts shown</translation>
        </message>
        <message>
            <source>Contacts list</source>
            <translation>Contacts list</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>No contacts yet</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N), or import a workbook.</source>
            <translation>Create one (Ctrl+N), or import a workbook.</translation>
        </message>
        <message>
            <source>No contacts match</source>
            <translation>No contacts match</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 contact</translation>
        </message>
        <message>
            <source>0 of 1 contact</source>
            <translation>0 of 1 contact</translation>
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
                <numerusform>{shown} of %Ln contact</numerusform>
                <numerusform>{shown} of %Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete contact {name}</source>
            <translation>Delete contact {name}</translation>
        </message>
        <message>
            <source>Deleted contact {name}</source>
            <translation>Deleted contact {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln contacts</source>
            <translation>
                <numerusform>Delete %Ln contact</numerusform>
                <numerusform>Delete %Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln contacts</source>
            <translation>
                <numerusform>Deleted %Ln contact</numerusform>
                <numerusform>Deleted %Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Show only the people of one organization</source>
            <translation>Show only the people of one organization</translation>
        </message>
        <message>
            <source>Show only one GDPR consent status</source>
            <translation>Show only one GDPR consent status</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>People who speak this language</source>
            <translation>People who speak this language</translation>
        </message>
    </context>
    <context>
        <name>CountryCombo</name>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>No type</source>
            <translation>No type</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>A reporting period, a calendar year, the whole project or a range of dates</source>
            <translation>A reporting period, a calendar year, the whole project or a range of dates</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Partner cluster</translation>
        </message>
        <message>
            <source>The whole partnership, or the records of one consortium partner</source>
            <translation>The whole partnership, or the records of one consortium partner</translation>
        </message>
        <message>
            <source>Reporting periods and targets…</source>
            <translation>Reporting periods and targets…</translation>
        </message>
        <message>
            <source>Define the reporting periods and what was promised for each indicator</source>
            <translation>Define the reporting periods and what was promised for each indicator</translation>
        </message>
        <message>
            <source>Whole project</source>
            <translation>Whole project</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Custom range…</translation>
        </message>
        <message>
            <source>All partners</source>
            <translation>All partners</translation>
        </message>
        <message>
            <source>The end is before the start</source>
            <translation>The end is before the start</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <source>The indicators could not be computed.</source>
            <translation>The indicators could not be computed.</translation>
        </message>
        <message>
            <source>Computing the indicators</source>
            <translation>Computing the indicators</translation>
        </message>
        <message>
            <source>{partner} only</source>
            <translation>{partner} only</translation>
        </message>
        <message>
            <source>cumulative from {date}</source>
            <translation>cumulative from {date}</translation>
        </message>
        <message>
            <source>No reporting periods yet: define them with “Reporting periods and targets…”</source>
            <translation>No reporting periods yet: define them with “Reporting periods and targets…”</translation>
        </message>
        <message>
            <source>Custom range</source>
            <translation>Custom range</translation>
        </message>
        <message>
            <source>{period}: {start} – {end}</source>
            <translation>{period}: {start} – {end}</translation>
        </message>
        <message>
            <source>Achieved against target</source>
            <translation>Achieved against target</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% of target</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Target (100 %)</source>
            <translation>Target (100 %)</translation>
        </message>
        <message>
            <source>No indicator has a target for this period</source>
            <translation>No indicator has a target for this period</translation>
        </message>
        <message>
            <source>In the period</source>
            <translation>In the period</translation>
        </message>
        <message>
            <source>Project to date</source>
            <translation>Project to date</translation>
        </message>
        <message>
            <source>SMEs reached per partner cluster</source>
            <translation>SMEs reached per partner cluster</translation>
        </message>
        <message>
            <source>SMEs reached</source>
            <translation>SMEs reached</translation>
        </message>
        <message>
            <source>No SMEs reached in this period</source>
            <translation>No SMEs reached in this period</translation>
        </message>
        <message>
            <source>No partner cluster</source>
            <translation>No partner cluster</translation>
        </message>
        <message>
            <source>Actions by type</source>
            <translation>Actions by type</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>No actions in this period</source>
            <translation>No actions in this period</translation>
        </message>
        <message>
            <source>SMEs reached since the project start, month by month</source>
            <translation>SMEs reached since the project start, month by month</translation>
        </message>
        <message>
            <source>SMEs reached (cumulative)</source>
            <translation>SMEs reached (cumulative)</translation>
        </message>
        <message>
            <source>Countries of organizations reached (top {count})</source>
            <translation>Countries of organizations reached (top {count})</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>SMEs reached + clusters engaged</source>
            <translation>SMEs reached + clusters engaged</translation>
        </message>
        <message>
            <source>No organizations reached in this period</source>
            <translation>No organizations reached in this period</translation>
        </message>
        <message>
            <source>project to date</source>
            <translation>project to date</translation>
        </message>
        <message>
            <source>no country</source>
            <translation>no country</translation>
        </message>
        <message>
            <source>Organizations reached in {country}</source>
            <translation>Organizations reached in {country}</translation>
        </message>
    </context>
    <context>
        <name>DecisionsPage</name>
        <message>
            <source>Records that may already be in the store</source>
            <translation>Records that may already be in the store</translation>
        </message>
        <message>
            <source>For each match, update the stored record, create a new one, or skip the row.</source>
            <translation>For each match, update the stored record, create a new one, or skip the row.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>In the file</translation>
        </message>
        <message>
            <source>In the store</source>
            <translation>In the store</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>&amp;Update all</source>
            <translation>&amp;Update all</translation>
        </message>
        <message>
            <source>Create all as &amp;new</source>
            <translation>Create all as &amp;new</translation>
        </message>
        <message>
            <source>&amp;Skip all</source>
            <translation>&amp;Skip all</translation>
        </message>
        <message>
            <source>Su&amp;ggested choices</source>
            <translation>Su&amp;ggested choices</translation>
        </message>
        <message>
            <source>Update the best stored match (the selected rows, or all)</source>
            <translation>Update the best stored match (the selected rows, or all)</translation>
        </message>
        <message>
            <source>Create a new record (the selected rows, or all)</source>
            <translation>Create a new record (the selected rows, or all)</translation>
        </message>
        <message>
            <source>Leave out of the import (the selected rows, or all)</source>
            <translation>Leave out of the import (the selected rows, or all)</translation>
        </message>
        <message>
            <source>Back to the choices proposed for each row</source>
            <translation>Back to the choices proposed for each row</translation>
        </message>
        <message>
            <source>Selected rows, or all:</source>
            <translation>Selected rows, or all:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) of the file look like records already in the store. The choices proposed follow the evidence: an identical key or a nearly identical name means the same record.</source>
            <translation>
                <numerusform>%Ln row of the file looks like a record already in the store. The choices proposed follow the evidence: an identical key or a nearly identical name means the same record.</numerusform>
                <numerusform>%Ln rows of the file look like records already in the store. The choices proposed follow the evidence: an identical key or a nearly identical name means the same record.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No row of the file matches a record in the store: all %Ln row(s) will be created.</source>
            <translation>
                <numerusform>No row of the file matches a record in the store: the %Ln row will be created.</numerusform>
                <numerusform>No row of the file matches a record in the store: all %Ln rows will be created.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln pair(s) of rows inside the file look alike; both rows are imported (see the warnings of the previous step).</source>
            <translation>
                <numerusform>%Ln pair of rows inside the file looks alike; both rows are imported (see the warnings of the previous step).</numerusform>
                <numerusform>%Ln pairs of rows inside the file look alike; both rows are imported (see the warnings of the previous step).</numerusform>
            </translation>
        </message>
        <message>
            <source>Update existing</source>
            <translation>Update existing</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>Create new</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Rows {row} and {other} of {sheet} would both update {record}: create one as new or skip it.</source>
            <translation>Rows {row} and {other} of {sheet} would both update {record}: create one as new or skip it.</translation>
        </message>
        <message>
            <source>Of the matched rows: {update} update, {new} new, {skip} skipped.</source>
            <translation>Of the matched rows: {update} update, {new} new, {skip} skipped.</translation>
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
            <translation>Kind</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Counts for</source>
            <translation>Counts for</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
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
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Loading the records…</source>
            <translation>Loading the records…</translation>
        </message>
        <message>
            <source>Records behind the number</source>
            <translation>Records behind the number</translation>
        </message>
        <message>
            <source>Export to xlsx…</source>
            <translation>Export to xlsx…</translation>
        </message>
        <message>
            <source>Save this list as an Excel workbook</source>
            <translation>Save this list as an Excel workbook</translation>
        </message>
        <message>
            <source>The records could not be listed.</source>
            <translation>The records could not be listed.</translation>
        </message>
        <message>
            <source>Listing the records behind the number</source>
            <translation>Listing the records behind the number</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records, counting {total}</source>
            <translation>
                <numerusform>%Ln record, counting {total}</numerusform>
                <numerusform>%Ln records, counting {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln record</numerusform>
                <numerusform>%Ln records</numerusform>
            </translation>
        </message>
        <message>
            <source>No records behind this number.</source>
            <translation>No records behind this number.</translation>
        </message>
        <message>
            <source>Export to xlsx</source>
            <translation>Export to xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Saving {file}</source>
            <translation>Saving {file}</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln records to {path}</source>
            <translation>
                <numerusform>Saved %Ln record to {path}</numerusform>
                <numerusform>Saved %Ln records to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>same VAT number</source>
            <translation>same VAT number</translation>
        </message>
        <message>
            <source>same web domain</source>
            <translation>same web domain</translation>
        </message>
        <message>
            <source>same email</source>
            <translation>same email</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>same phone</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>similar name</translation>
        </message>
        <message>
            <source>Find duplicates</source>
            <translation>Find duplicates</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizations</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>&amp;Search again</source>
            <translation>&amp;Search again</translation>
        </message>
        <message>
            <source>Look among:</source>
            <translation>Look among:</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Probably the same as</source>
            <translation>Probably the same as</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Merge…</translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation>&amp;Open record</translation>
        </message>
        <message>
            <source>Open &amp;other</source>
            <translation>Open &amp;other</translation>
        </message>
        <message>
            <source>The older record of each pair comes first: it is usually the one to keep. A merge moves every link to the kept record and can be undone.</source>
            <translation>The older record of each pair comes first: it is usually the one to keep. A merge moves every link to the kept record and can be undone.</translation>
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation>Looking for duplicates…</translation>
        </message>
        <message>
            <source>Looking for duplicates</source>
            <translation>Looking for duplicates</translation>
        </message>
        <message>
            <source>The search for duplicates did not work: {reason}</source>
            <translation>The search for duplicates did not work: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln likely pair(s)</source>
            <translation>
                <numerusform>%Ln likely pair</numerusform>
                <numerusform>%Ln likely pairs</numerusform>
            </translation>
        </message>
        <message>
            <source>No likely duplicates.</source>
            <translation>No likely duplicates.</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message>
            <source>Encryption</source>
            <translation>Encryption</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is encrypted.&lt;/b&gt; A stolen laptop yields no readable data.</source>
            <translation>&lt;b&gt;This store is encrypted.&lt;/b&gt; A stolen laptop yields no readable data.</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is not encrypted.&lt;/b&gt; Anyone who gets the file (a lost or stolen laptop) can read every name and email in it.</source>
            <translation>&lt;b&gt;This store is not encrypted.&lt;/b&gt; Anyone who gets the file (a lost or stolen laptop) can read every name and email in it.</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Change the passphrase</translation>
        </message>
        <message>
            <source>Decrypt: keep the store as a plain file</source>
            <translation>Decrypt: keep the store as a plain file</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>New passphrase again</translation>
        </message>
        <message>
            <source>&amp;Show passphrases</source>
            <translation>&amp;Show passphrases</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repeat it:</translation>
        </message>
        <message>
            <source>&amp;Encrypt</source>
            <translation>&amp;Encrypt</translation>
        </message>
        <message>
            <source>&amp;Decrypt</source>
            <translation>&amp;Decrypt</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase</source>
            <translation>C&amp;hange passphrase</translation>
        </message>
        <message>
            <source>If the passphrase is lost, the data cannot be recovered: nobody can open the store without it, not even with its backups. Keep it in a password manager or another safe place.</source>
            <translation>If the passphrase is lost, the data cannot be recovered: nobody can open the store without it, not even with its backups. Keep it in a password manager or another safe place.</translation>
        </message>
        <message>
            <source>The store will be a plain file again: anyone who gets it can read it. Its encrypted backups stay encrypted and still need this passphrase.</source>
            <translation>The store will be a plain file again: anyone who gets it can read it. Its encrypted backups stay encrypted and still need this passphrase.</translation>
        </message>
        <message>
            <source>MAGIA Desk restarts when it is done. The store as it was is kept among the backups.</source>
            <translation>MAGIA Desk restarts when it is done. The store as it was is kept among the backups.</translation>
        </message>
        <message>
            <source>Use several words or a long mix of letters, digits and signs.</source>
            <translation>Use several words or a long mix of letters, digits and signs.</translation>
        </message>
        <message>
            <source>weak</source>
            <translation>weak</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>fair</translation>
        </message>
        <message>
            <source>good</source>
            <translation>good</translation>
        </message>
        <message>
            <source>strong</source>
            <translation>strong</translation>
        </message>
        <message>
            <source>Strength: {level}</source>
            <translation>Strength: {level}</translation>
        </message>
        <message>
            <source>Enter the current passphrase.</source>
            <translation>Enter the current passphrase.</translation>
        </message>
        <message>
            <source>The new passphrase needs at least {count} characters.</source>
            <translation>The new passphrase needs at least {count} characters.</translation>
        </message>
        <message>
            <source>The two new passphrases differ.</source>
            <translation>The two new passphrases differ.</translation>
        </message>
        <message>
            <source>The new passphrase is the current one.</source>
            <translation>The new passphrase is the current one.</translation>
        </message>
        <message>
            <source>This is not the current passphrase. Check Caps Lock and the keyboard layout.</source>
            <translation>This is not the current passphrase. Check Caps Lock and the keyboard layout.</translation>
        </message>
        <message>
            <source>Backing up the store…</source>
            <translation>Backing up the store…</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Backing up the store</translation>
        </message>
        <message>
            <source>Encrypting the store… Do not turn the computer off.</source>
            <translation>Encrypting the store… Do not turn the computer off.</translation>
        </message>
        <message>
            <source>Decrypting the store…</source>
            <translation>Decrypting the store…</translation>
        </message>
        <message>
            <source>Changing the passphrase… Do not turn the computer off.</source>
            <translation>Changing the passphrase… Do not turn the computer off.</translation>
        </message>
        <message>
            <source>Converting the store</source>
            <translation>Converting the store</translation>
        </message>
        <message>
            <source>The store is now encrypted.</source>
            <translation>The store is now encrypted.</translation>
        </message>
        <message>
            <source>The store is now a plain file.</source>
            <translation>The store is now a plain file.</translation>
        </message>
        <message>
            <source>The store has a new passphrase.</source>
            <translation>The store has a new passphrase.</translation>
        </message>
        <message>
            <source>The store as it was is kept in {path}.</source>
            <translation>The store as it was is kept in {path}.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) now use the new passphrase.</source>
            <translation>
                <numerusform>%Ln backup now uses the new passphrase.</numerusform>
                <numerusform>%Ln backups now use the new passphrase.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln backup(s) stay encrypted: restoring one needs this passphrase.</source>
            <translation>
                <numerusform>%Ln backup stays encrypted: restoring it needs this passphrase.</numerusform>
                <numerusform>%Ln backups stay encrypted: restoring one needs this passphrase.</numerusform>
            </translation>
        </message>
        <message>
            <source>MAGIA Desk restarts now.</source>
            <translation>MAGIA Desk restarts now.</translation>
        </message>
        <message>
            <source>Enter the new passphrase to open the store.</source>
            <translation>Enter the new passphrase to open the store.</translation>
        </message>
        <message>
            <source>The store was left as it was. MAGIA Desk restarts now.</source>
            <translation>The store was left as it was. MAGIA Desk restarts now.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>{doing} did not work.

{reason}</source>
            <translation>{doing} did not work.

{reason}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>{doing} failed unexpectedly.</source>
            <translation>{doing} failed unexpectedly.</translation>
        </message>
        <message>
            <source>Your data is safe: the change that failed was not saved. Try again; if it happens again, send the details below to whoever supports MAGIA Desk.</source>
            <translation>Your data is safe: the change that failed was not saved. Try again; if it happens again, send the details below to whoever supports MAGIA Desk.</translation>
        </message>
        <message>
            <source>They are also in the log file {path}.</source>
            <translation>They are also in the log file {path}.</translation>
        </message>
        <message>
            <source>The last action</source>
            <translation>The last action</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file to import</source>
            <translation>Choose the file to import</translation>
        </message>
        <message>
            <source>Nothing is written until the last step.</source>
            <translation>Nothing is written until the last step.</translation>
        </message>
        <message>
            <source>Import an &lt;b&gt;exchange workbook&lt;/b&gt; (what &lt;i&gt;Export&lt;/i&gt; writes, or the template filled in), or &lt;b&gt;one sheet of organizations or contacts&lt;/b&gt; from any spreadsheet, as .xlsx or .csv. The next steps match its columns, check every row and let you decide about records that may already be in the store.</source>
            <translation>Import an &lt;b&gt;exchange workbook&lt;/b&gt; (what &lt;i&gt;Export&lt;/i&gt; writes, or the template filled in), or &lt;b&gt;one sheet of organizations or contacts&lt;/b&gt; from any spreadsheet, as .xlsx or .csv. The next steps match its columns, check every row and let you decide about records that may already be in the store.</translation>
        </message>
        <message>
            <source>A workbook (.xlsx, .ods) or a .csv file</source>
            <translation>A workbook (.xlsx, .ods) or a .csv file</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Save an empty &amp;template…</source>
            <translation>Save an empty &amp;template…</translation>
        </message>
        <message>
            <source>The exchange workbook with its headers, explanations and example rows, to fill in</source>
            <translation>The exchange workbook with its headers, explanations and example rows, to fill in</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Import a workbook</translation>
        </message>
        <message>
            <source>Spreadsheets</source>
            <translation>Spreadsheets</translation>
        </message>
        <message>
            <source>Save an empty template</source>
            <translation>Save an empty template</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>Saving the template</source>
            <translation>Saving the template</translation>
        </message>
        <message>
            <source>Template saved as {name}: fill it in, then choose it here.</source>
            <translation>Template saved as {name}: fill it in, then choose it here.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>There is no file at this path.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>This file cannot be imported: {problem}</source>
            <translation>This file cannot be imported: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message>
            <source>read as {sheet}</source>
            <translation>read as {sheet}</translation>
        </message>
        <message>
            <source>columns to match by hand</source>
            <translation>columns to match by hand</translation>
        </message>
        <message>
            <source>An exchange workbook:</source>
            <translation>An exchange workbook:</translation>
        </message>
        <message numerus="yes">
            <source>A spreadsheet with %Ln sheet(s):</source>
            <translation>
                <numerusform>A spreadsheet with %Ln sheet:</numerusform>
                <numerusform>A spreadsheet with %Ln sheets:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <source>Show every row again</source>
            <translation>Show every row again</translation>
        </message>
    </context>
    <context>
        <name>FilterChip</name>
        <message>
            <source>Show only the rows with this {name_lower}</source>
            <translation>Show only the rows with this {name_lower}</translation>
        </message>
        <message>
            <source>Filter by {name_lower}</source>
            <translation>Filter by {name_lower}</translation>
        </message>
        <message>
            <source>Any {name_lower}</source>
            <translation>Any {name_lower}</translation>
        </message>
        <message>
            <source>Find a {name_lower}</source>
            <translation>Find a {name_lower}</translation>
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
            <translation>Welcome to MAGIA Desk</translation>
        </message>
        <message>
            <source>Three questions before you start. You can change the answers later in Edit ▸ Settings.</source>
            <translation>Three questions before you start. You can change the answers later in Edit ▸ Settings.</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <translation>System language ({language})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>Your &amp;partner cluster:</source>
            <translation>Your &amp;partner cluster:</translation>
        </message>
        <message>
            <source>First and last name, as colleagues know you</source>
            <translation>First and last name, as colleagues know you</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>The cluster you work for</source>
            <translation>The cluster you work for</translation>
        </message>
        <message>
            <source>Your partner cluster</source>
            <translation>Your partner cluster</translation>
        </message>
        <message>
            <source>How do you want to start?</source>
            <translation>How do you want to start?</translation>
        </message>
        <message>
            <source>Start with an &amp;empty store</source>
            <translation>Start with an &amp;empty store</translation>
        </message>
        <message>
            <source>Create your companies and contacts yourself, or import them later.</source>
            <translation>Create your companies and contacts yourself, or import them later.</translation>
        </message>
        <message>
            <source>Explore with &amp;demo data</source>
            <translation>Explore with &amp;demo data</translation>
        </message>
        <message>
            <source>A realistic partnership of four clusters, to try everything safely.</source>
            <translation>A realistic partnership of four clusters, to try everything safely.</translation>
        </message>
        <message>
            <source>&amp;Import a workbook</source>
            <translation>&amp;Import a workbook</translation>
        </message>
        <message>
            <source>Read the exchange workbook (.xlsx) your partnership already keeps.</source>
            <translation>Read the exchange workbook (.xlsx) your partnership already keeps.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
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
            <translation>The whole file is written at once: if anything stops it, nothing is written.</translation>
        </message>
        <message>
            <source>&amp;Cancel the import</source>
            <translation>&amp;Cancel the import</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Try again</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>Importing {name}…</translation>
        </message>
        <message>
            <source>Importing {name}</source>
            <translation>Importing {name}</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelled: nothing was written.</translation>
        </message>
        <message>
            <source>The import was refused and nothing was written: go Back to change the decisions, or correct the file.</source>
            <translation>The import was refused and nothing was written: go Back to change the decisions, or correct the file.</translation>
        </message>
        <message>
            <source>The import failed and nothing was written.</source>
            <translation>The import failed and nothing was written.</translation>
        </message>
        <message>
            <source>Importing the file</source>
            <translation>Importing the file</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Imported: {created} created, {updated} updated.</source>
            <translation>Imported: {created} created, {updated} updated.</translation>
        </message>
        <message>
            <source>Nothing to change: the store already holds everything in this file.</source>
            <translation>Nothing to change: the store already holds everything in this file.</translation>
        </message>
        <message>
            <source>New officers: {names}.</source>
            <translation>New officers: {names}.</translation>
        </message>
        <message>
            <source>Skipped rows: {rows}.</source>
            <translation>Skipped rows: {rows}.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Organizations</source>
            <translation>Organizations</translation>
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
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Reporting periods</source>
            <translation>Reporting periods</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>KPI targets</translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, row {row}</translation>
        </message>
        <message>
            <source>Import a workbook</source>
            <translation>Import a workbook</translation>
        </message>
    </context>
    <context>
        <name>ItineraryDialog</name>
        <message>
            <source>Edit itinerary item</source>
            <translation>Edit itinerary item</translation>
        </message>
        <message>
            <source>New itinerary item</source>
            <translation>New itinerary item</translation>
        </message>
        <message>
            <source>local time, {zone}</source>
            <translation>local time, {zone}</translation>
        </message>
        <message>
            <source>local time</source>
            <translation>local time</translation>
        </message>
        <message>
            <source>Itinerary item</source>
            <translation>Itinerary item</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>e.g. LYS-PVG, Hotel Okura</source>
            <translation>e.g. LYS-PVG, Hotel Okura</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Starts</translation>
        </message>
        <message>
            <source>2019-05-14 10:00 ({where})</source>
            <translation>2019-05-14 10:00 ({where})</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Ends</translation>
        </message>
        <message>
            <source>11:30, or a date and time</source>
            <translation>11:30, or a date and time</translation>
        </message>
        <message>
            <source>A time alone is taken on the start's day</source>
            <translation>A time alone is taken on the start's day</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>New itinerary item {title}</source>
            <translation>New itinerary item {title}</translation>
        </message>
        <message>
            <source>Saving the itinerary item</source>
            <translation>Saving the itinerary item</translation>
        </message>
    </context>
    <context>
        <name>KpiTile</name>
        <message>
            <source>No target</source>
            <translation>No target</translation>
        </message>
        <message>
            <source>of {target} target · {percent}</source>
            <translation>of {target} target · {percent}</translation>
        </message>
        <message>
            <source>Cumulative {count} of {target} ({percent} %)</source>
            <translation>Cumulative {count} of {target} ({percent} %)</translation>
        </message>
        <message>
            <source>Cumulative {count}</source>
            <translation>Cumulative {count}</translation>
        </message>
        <message>
            <source>{indicator}: {value}</source>
            <translation>{indicator}: {value}</translation>
        </message>
        <message>
            <source>{indicator}: {value} against a target of {target}</source>
            <translation>{indicator}: {value} against a target of {target}</translation>
        </message>
        <message>
            <source>Click to see the records behind the number</source>
            <translation>Click to see the records behind the number</translation>
        </message>
    </context>
    <context>
        <name>LettersOfIntentDialog</name>
        <message>
            <source>Letter of intent — {organization}</source>
            <translation>Letter of intent — {organization}</translation>
        </message>
        <message>
            <source>Letters of intent</source>
            <translation>Letters of intent</translation>
        </message>
        <message>
            <source>Find SMEs by name, city or sector</source>
            <translation>Find SMEs by name, city or sector</translation>
        </message>
        <message>
            <source>Search SMEs</source>
            <translation>Search SMEs</translation>
        </message>
        <message>
            <source>Members of any cluster</source>
            <translation>Members of any cluster</translation>
        </message>
        <message>
            <source>Members of cluster</source>
            <translation>Members of cluster</translation>
        </message>
        <message>
            <source>Show only the SMEs that are members of this cluster</source>
            <translation>Show only the SMEs that are members of this cluster</translation>
        </message>
        <message>
            <source>SMEs</source>
            <translation>SMEs</translation>
        </message>
        <message>
            <source>Tick all shown</source>
            <translation>Tick all shown</translation>
        </message>
        <message>
            <source>Untick all</source>
            <translation>Untick all</translation>
        </message>
        <message>
            <source>Title template</source>
            <translation>Title template</translation>
        </message>
        <message>
            <source>{organization} and {country} are replaced for each SME</source>
            <translation>{organization} and {country} are replaced for each SME</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Partner cluster</translation>
        </message>
        <message>
            <source>Optional: the event where they were signed</source>
            <translation>Optional: the event where they were signed</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Signed on</source>
            <translation>&amp;Signed on</translation>
        </message>
        <message>
            <source>&amp;Partner cluster</source>
            <translation>&amp;Partner cluster</translation>
        </message>
        <message>
            <source>&amp;At</source>
            <translation>&amp;At</translation>
        </message>
        <message>
            <source>Tick the SMEs that signed: one signed letter of intent is created for each.</source>
            <translation>Tick the SMEs that signed: one signed letter of intent is created for each.</translation>
        </message>
        <message>
            <source>No SMEs match: try fewer words or another cluster</source>
            <translation>No SMEs match: try fewer words or another cluster</translation>
        </message>
        <message numerus="yes">
            <source>%Ln SMEs ticked</source>
            <translation>
                <numerusform>%Ln SME ticked</numerusform>
                <numerusform>%Ln SMEs ticked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln letters</source>
            <translation>
                <numerusform>Create %Ln letter</numerusform>
                <numerusform>Create %Ln letters</numerusform>
            </translation>
        </message>
        <message>
            <source>Give the day the letters were signed</source>
            <translation>Give the day the letters were signed</translation>
        </message>
        <message>
            <source>Choose the partner cluster the letters count for</source>
            <translation>Choose the partner cluster the letters count for</translation>
        </message>
        <message numerus="yes">
            <source>Create %Ln letters of intent</source>
            <translation>
                <numerusform>Create %Ln letter of intent</numerusform>
                <numerusform>Create %Ln letters of intent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Created %Ln letters of intent</source>
            <translation>
                <numerusform>Created %Ln letter of intent</numerusform>
                <numerusform>Created %Ln letters of intent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListScreen</name>
        <message>
            <source>New record</source>
            <translation>New record</translation>
        </message>
        <message>
            <source>Create a record (Ctrl+N)</source>
            <translation>Create a record (Ctrl+N)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Search records</source>
            <translation>Search records</translation>
        </message>
        <message>
            <source>Number of records shown</source>
            <translation>Number of records shown</translation>
        </message>
        <message>
            <source>Records list</source>
            <translation>Records list</translation>
        </message>
        <message>
            <source>No records yet</source>
            <translation>No records yet</translation>
        </message>
        <message>
            <source>Create one (Ctrl+N).</source>
            <translation>Create one (Ctrl+N).</translation>
        </message>
        <message>
            <source>No records match</source>
            <translation>No records match</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 record</translation>
        </message>
        <message>
            <source>0 of 1 record</source>
            <translation>0 of 1 record</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records</source>
            <translation>
                <numerusform>%Ln record</numerusform>
                <numerusform>%Ln records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln records</source>
            <translation>
                <numerusform>{shown} of %Ln record</numerusform>
                <numerusform>{shown} of %Ln records</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>Delete {name}</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>Deleted {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln records</source>
            <translation>
                <numerusform>Delete %Ln record</numerusform>
                <numerusform>Delete %Ln records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln records</source>
            <translation>
                <numerusform>Deleted %Ln record</numerusform>
                <numerusform>Deleted %Ln records</numerusform>
            </translation>
        </message>
        <message>
            <source>Every word you type narrows the list; the search runs as you type.</source>
            <translation>Every word you type narrows the list; the search runs as you type.</translation>
        </message>
        <message>
            <source>Deleting {name}</source>
            <translation>Deleting {name}</translation>
        </message>
        <message>
            <source>The list cannot be sorted by “{column}”</source>
            <translation>The list cannot be sorted by “{column}”</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Nothing matches “{text}” with these filters. Try fewer words or filters.</source>
            <translation>Nothing matches “{text}” with these filters. Try fewer words or filters.</translation>
        </message>
        <message>
            <source>Nothing matches these filters. Try fewer filters.</source>
            <translation>Nothing matches these filters. Try fewer filters.</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Clear search and filters</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Background work</source>
            <translation>Background work</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Screens</translation>
        </message>
        <message>
            <source>Switch screens with Ctrl+1 to Ctrl+8</source>
            <translation>Switch screens with Ctrl+1 to Ctrl+8</translation>
        </message>
        <message>
            <source>Current screen</source>
            <translation>Current screen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>&amp;Import workbook…</translation>
        </message>
        <message>
            <source>Read companies, contacts and actions from an exchange workbook</source>
            <translation>Read companies, contacts and actions from an exchange workbook</translation>
        </message>
        <message>
            <source>&amp;Export workbook…</source>
            <translation>&amp;Export workbook…</translation>
        </message>
        <message>
            <source>Write every record to an exchange workbook (.xlsx)</source>
            <translation>Write every record to an exchange workbook (.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>Keep a copy of the store and its attachments beside it</source>
            <translation>Keep a copy of the store and its attachments beside it</translation>
        </message>
        <message>
            <source>Bac&amp;kups…</source>
            <translation>Bac&amp;kups…</translation>
        </message>
        <message>
            <source>The store's backups: back up now, restore, show the folder</source>
            <translation>The store's backups: back up now, restore, show the folder</translation>
        </message>
        <message>
            <source>&amp;Retention review…</source>
            <translation>&amp;Retention review…</translation>
        </message>
        <message>
            <source>Contacts with no activity for years, to review (GDPR)</source>
            <translation>Contacts with no activity for years, to review (GDPR)</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>Find &amp;duplicates…</translation>
        </message>
        <message>
            <source>Companies and contacts entered twice, to merge</source>
            <translation>Companies and contacts entered twice, to merge</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <source>Language, officer, data folder, backups, encryption</source>
            <translation>Language, officer, data folder, backups, encryption</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>Create a record on this screen</source>
            <translation>Create a record on this screen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the record being edited</source>
            <translation>Save the record being edited</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Delete the selected records (undo with Ctrl+Z)</source>
            <translation>Delete the selected records (undo with Ctrl+Z)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>Search the list of this screen</source>
            <translation>Search the list of this screen</translation>
        </message>
        <message>
            <source>&amp;Go to anything…</source>
            <translation>&amp;Go to anything…</translation>
        </message>
        <message>
            <source>Find any record or command by name</source>
            <translation>Find any record or command by name</translation>
        </message>
        <message>
            <source>Show the screen {screen}</source>
            <translation>Show the screen {screen}</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Every shortcut of the window</source>
            <translation>Every shortcut of the window</translation>
        </message>
        <message>
            <source>&amp;About MAGIA Desk</source>
            <translation>&amp;About MAGIA Desk</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Menu bar</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Export workbook</source>
            <translation>Export workbook</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exported to {path}</translation>
        </message>
        <message>
            <source>Exporting the workbook</source>
            <translation>Exporting the workbook</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Backed up to {path}</translation>
        </message>
        <message>
            <source>Backing up the store</source>
            <translation>Backing up the store</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The record you are editing could not be saved (its fields say why). Close and lose the changes?</source>
            <translation>The record you are editing could not be saved (its fields say why). Close and lose the changes?</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Match the columns</translation>
        </message>
        <message>
            <source>Say which field each column of the file fills. Fields marked * are required.</source>
            <translation>Say which field each column of the file fills. Fields marked * are required.</translation>
        </message>
        <message>
            <source>Choose at least one sheet to import.</source>
            <translation>Choose at least one sheet to import.</translation>
        </message>
        <message>
            <source>Several sheets are imported as {sheet}; keep one.</source>
            <translation>Several sheets are imported as {sheet}; keep one.</translation>
        </message>
        <message>
            <source>Before going on:</source>
            <translation>Before going on:</translation>
        </message>
    </context>
    <context>
        <name>MarketInterestsEditor</name>
        <message>
            <source>Add a target market</source>
            <translation>Add a target market</translation>
        </message>
        <message>
            <source>Record a country this organization is interested in</source>
            <translation>Record a country this organization is interested in</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Edit meeting</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Type to find the organization met</source>
            <translation>Type to find the organization met</translation>
        </message>
        <message>
            <source>2019-05-14 10:00 (local time)</source>
            <translation>2019-05-14 10:00 (local time)</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Contacts met</translation>
        </message>
        <message>
            <source>Delegation members present</source>
            <translation>Delegation members present</translation>
        </message>
        <message>
            <source>A follow-up task, e.g. Send samples</source>
            <translation>A follow-up task, e.g. Send samples</translation>
        </message>
        <message>
            <source>New follow-up task</source>
            <translation>New follow-up task</translation>
        </message>
        <message>
            <source>Follow-up due date</source>
            <translation>Follow-up due date</translation>
        </message>
        <message>
            <source>{name} (officer)</source>
            <translation>{name} (officer)</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Organization</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Starts</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Ends</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>&amp;Topic</translation>
        </message>
        <message>
            <source>O&amp;utcome</source>
            <translation>O&amp;utcome</translation>
        </message>
        <message>
            <source>Contacts &amp;met</source>
            <translation>Contacts &amp;met</translation>
        </message>
        <message>
            <source>&amp;Delegation present</source>
            <translation>&amp;Delegation present</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>&amp;New follow-up</source>
            <translation>&amp;New follow-up</translation>
        </message>
        <message>
            <source>Saving the meeting</source>
            <translation>Saving the meeting</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPlanner</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Contacts met</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Not scheduled ({count})</source>
            <translation>Not scheduled ({count})</translation>
        </message>
        <message>
            <source>Days of the mission</source>
            <translation>Days of the mission</translation>
        </message>
        <message>
            <source>Clashes</source>
            <translation>Clashes</translation>
        </message>
        <message>
            <source>Meetings of the day</source>
            <translation>Meetings of the day</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>Plan a meeting on the day shown</source>
            <translation>Plan a meeting on the day shown</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Edit the selected meeting (or double-click it)</source>
            <translation>Edit the selected meeting (or double-click it)</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected meeting (undo with Ctrl+Z)</source>
            <translation>Delete the selected meeting (undo with Ctrl+Z)</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <source>No meetings planned for this mission yet: press New meeting.</source>
            <translation>No meetings planned for this mission yet: press New meeting.</translation>
        </message>
        <message>
            <source>Clashes on this day</source>
            <translation>Clashes on this day</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>due {date}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two organizations</source>
            <translation>Merge two organizations</translation>
        </message>
        <message>
            <source>Merge two contacts</source>
            <translation>Merge two contacts</translation>
        </message>
        <message>
            <source>Show the fields that are the same</source>
            <translation>Show the fields that are the same</translation>
        </message>
        <message>
            <source>&amp;Keep the other one</source>
            <translation>&amp;Keep the other one</translation>
        </message>
        <message>
            <source>Keep the record on the right and merge the left one into it</source>
            <translation>Keep the record on the right and merge the left one into it</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Kept: {name}</source>
            <translation>Kept: {name}</translation>
        </message>
        <message>
            <source>Merged into it: {name}</source>
            <translation>Merged into it: {name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{other}&lt;/b&gt; will be merged into &lt;b&gt;{keep}&lt;/b&gt;: choose the value to keep for each field that differs ({count}).</source>
            <translation>&lt;b&gt;{other}&lt;/b&gt; will be merged into &lt;b&gt;{keep}&lt;/b&gt;: choose the value to keep for each field that differs ({count}).</translation>
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
                <numerusform>%Ln membership</numerusform>
                <numerusform>%Ln memberships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s)</source>
            <translation>
                <numerusform>%Ln agreement</numerusform>
                <numerusform>%Ln agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agreement(s) as partner cluster</source>
            <translation>
                <numerusform>%Ln agreement as partner cluster</numerusform>
                <numerusform>%Ln agreements as partner cluster</numerusform>
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
                <numerusform>%Ln task</numerusform>
                <numerusform>%Ln tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>%Ln meeting</numerusform>
                <numerusform>%Ln meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting attendance(s)</source>
            <translation>
                <numerusform>%Ln meeting attendance</numerusform>
                <numerusform>%Ln meeting attendances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s) organised</source>
            <translation>
                <numerusform>%Ln action organised</numerusform>
                <numerusform>%Ln actions organised</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln market interest(s)</source>
            <translation>
                <numerusform>%Ln market interest</numerusform>
                <numerusform>%Ln market interests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln shareholding(s)</source>
            <translation>
                <numerusform>%Ln shareholding</numerusform>
                <numerusform>%Ln shareholdings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln officer(s)</source>
            <translation>
                <numerusform>%Ln officer</numerusform>
                <numerusform>%Ln officers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln KPI target(s)</source>
            <translation>
                <numerusform>%Ln KPI target</numerusform>
                <numerusform>%Ln KPI targets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln remembered import ref(s)</source>
            <translation>
                <numerusform>%Ln remembered import ref</numerusform>
                <numerusform>%Ln remembered import refs</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing is linked to it</source>
            <translation>nothing is linked to it</translation>
        </message>
        <message>
            <source>&lt;b&gt;Moves to the kept record:&lt;/b&gt; {moving}.&lt;br&gt;The other record is kept as a trace pointing to it; Undo in the status bar puts everything back.</source>
            <translation>&lt;b&gt;Moves to the kept record:&lt;/b&gt; {moving}.&lt;br&gt;The other record is kept as a trace pointing to it; Undo in the status bar puts everything back.</translation>
        </message>
        <message>
            <source>Merged {other} into {keep}</source>
            <translation>Merged {other} into {keep}</translation>
        </message>
        <message>
            <source>Merging the records</source>
            <translation>Merging the records</translation>
        </message>
        <message>
            <source>Merging {name}</source>
            <translation>Merging {name}</translation>
        </message>
        <message>
            <source>Merge undone; %Ln value(s) changed since were left as they are</source>
            <translation>Merge undone; %Ln value(s) changed since were left as they are</translation>
        </message>
        <message>
            <source>Merge into {name} undone</source>
            <translation>Merge into {name} undone</translation>
        </message>
        <message>
            <source>Undoing the merge</source>
            <translation>Undoing the merge</translation>
        </message>
    </context>
    <context>
        <name>MessageArea</name>
        <message>
            <source>Last message</source>
            <translation>Last message</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Undo the last change</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
    </context>
    <context>
        <name>MissionDialog</name>
        <message>
            <source>Edit mission – {title}</source>
            <translation>Edit mission – {title}</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Country</translation>
        </message>
        <message>
            <source>The country the delegation travels to</source>
            <translation>The country the delegation travels to</translation>
        </message>
        <message>
            <source>C&amp;ities</source>
            <translation>C&amp;ities</translation>
        </message>
        <message>
            <source>Type a city and press Enter</source>
            <translation>Type a city and press Enter</translation>
        </message>
        <message>
            <source>The cities visited, in the order of the trip</source>
            <translation>The cities visited, in the order of the trip</translation>
        </message>
        <message>
            <source>e.g. Asia/Shanghai</source>
            <translation>e.g. Asia/Shanghai</translation>
        </message>
        <message>
            <source>&amp;Time zone</source>
            <translation>&amp;Time zone</translation>
        </message>
        <message>
            <source>IANA time zone: meeting and itinerary times are local times of this zone</source>
            <translation>IANA time zone: meeting and itinerary times are local times of this zone</translation>
        </message>
        <message>
            <source>Saving the mission</source>
            <translation>Saving the mission</translation>
        </message>
        <message>
            <source>Edit destination of {title}</source>
            <translation>Edit destination of {title}</translation>
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
            <translation>Search missions by title or destination</translation>
        </message>
        <message>
            <source>Search missions</source>
            <translation>Search missions</translation>
        </message>
        <message>
            <source>Number of missions shown</source>
            <translation>Number of missions shown</translation>
        </message>
        <message>
            <source>Missions list</source>
            <translation>Missions list</translation>
        </message>
        <message>
            <source>No missions yet: create an action of type fact-finding mission or trade show on the Actions screen.</source>
            <translation>No missions yet: create an action of type fact-finding mission or trade show on the Actions screen.</translation>
        </message>
        <message>
            <source>Destination, cities and time zone</source>
            <translation>Destination, cities and time zone</translation>
        </message>
        <message>
            <source>Capture leads…</source>
            <translation>Capture leads…</translation>
        </message>
        <message>
            <source>Trade-show capture mode (Ctrl+Shift+L)</source>
            <translation>Trade-show capture mode (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Export .ics…</source>
            <translation>Export .ics…</translation>
        </message>
        <message>
            <source>The itinerary and meetings as a calendar file for phones and Outlook</source>
            <translation>The itinerary and meetings as a calendar file for phones and Outlook</translation>
        </message>
        <message>
            <source>Print briefing…</source>
            <translation>Print briefing…</translation>
        </message>
        <message>
            <source>The mission briefing PDF: agenda per day, profile of every organization met</source>
            <translation>The mission briefing PDF: agenda per day, profile of every organization met</translation>
        </message>
        <message>
            <source>Edit mission…</source>
            <translation>Edit mission…</translation>
        </message>
        <message>
            <source>Destination country, cities and time zone</source>
            <translation>Destination country, cities and time zone</translation>
        </message>
        <message>
            <source>Open action</source>
            <translation>Open action</translation>
        </message>
        <message>
            <source>Edit the mission's fields and participants on the Actions screen</source>
            <translation>Edit the mission's fields and participants on the Actions screen</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Itinerary</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>A flight, hotel, visit... of the trip</source>
            <translation>A flight, hotel, visit... of the trip</translation>
        </message>
        <message>
            <source>Add itinerary item</source>
            <translation>Add itinerary item</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Edit the selected item (or double-click it)</source>
            <translation>Edit the selected item (or double-click it)</translation>
        </message>
        <message>
            <source>Edit itinerary item</source>
            <translation>Edit itinerary item</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected item (Ctrl+Z restores it)</source>
            <translation>Delete the selected item (Ctrl+Z restores it)</translation>
        </message>
        <message>
            <source>Delete itinerary item</source>
            <translation>Delete itinerary item</translation>
        </message>
        <message>
            <source>Meetings planner</source>
            <translation>Meetings planner</translation>
        </message>
        <message>
            <source>Select a mission to see its delegation, itinerary and meetings.</source>
            <translation>Select a mission to see its delegation, itinerary and meetings.</translation>
        </message>
        <message>
            <source>Reading the missions</source>
            <translation>Reading the missions</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} of {total}</translation>
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
            <translation>not set</translation>
        </message>
        <message>
            <source>Destination: &lt;b&gt;{country}&lt;/b&gt;</source>
            <translation>Destination: &lt;b&gt;{country}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Cities: &lt;b&gt;{cities}&lt;/b&gt;</source>
            <translation>Cities: &lt;b&gt;{cities}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Time zone: &lt;b&gt;{zone}&lt;/b&gt; (meeting times are local)</source>
            <translation>Time zone: &lt;b&gt;{zone}&lt;/b&gt; (meeting times are local)</translation>
        </message>
        <message>
            <source>Organiser: {name}</source>
            <translation>Organiser: {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delegation: %Ln members</source>
            <translation>
                <numerusform>Delegation: %Ln member</numerusform>
                <numerusform>Delegation: %Ln members</numerusform>
            </translation>
        </message>
        <message>
            <source>officers: {names}</source>
            <translation>officers: {names}</translation>
        </message>
        <message>
            <source>Meetings planner ({count})</source>
            <translation>Meetings planner ({count})</translation>
        </message>
        <message>
            <source>Delegation ({count})</source>
            <translation>Delegation ({count})</translation>
        </message>
        <message>
            <source>Itinerary ({count})</source>
            <translation>Itinerary ({count})</translation>
        </message>
        <message>
            <source>Select a trade show to capture its leads</source>
            <translation>Select a trade show to capture its leads</translation>
        </message>
        <message>
            <source>Deleting the meeting</source>
            <translation>Deleting the meeting</translation>
        </message>
        <message>
            <source>Delete meeting {name}</source>
            <translation>Delete meeting {name}</translation>
        </message>
        <message>
            <source>Deleted meeting {name}</source>
            <translation>Deleted meeting {name}</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <source>Deleted meeting</source>
            <translation>Deleted meeting</translation>
        </message>
        <message>
            <source>Deleting the itinerary item</source>
            <translation>Deleting the itinerary item</translation>
        </message>
        <message>
            <source>Delete {name}</source>
            <translation>Delete {name}</translation>
        </message>
        <message>
            <source>Deleted {name}</source>
            <translation>Deleted {name}</translation>
        </message>
        <message>
            <source>Export the itinerary as a calendar</source>
            <translation>Export the itinerary as a calendar</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Calendar (*.ics)</translation>
        </message>
        <message>
            <source>Exporting the calendar</source>
            <translation>Exporting the calendar</translation>
        </message>
        <message>
            <source>Print the mission briefing</source>
            <translation>Print the mission briefing</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the mission briefing</source>
            <translation>Writing the mission briefing</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>Saved {name}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPanel</name>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Participants and audience</source>
            <translation>Participants and audience</translation>
        </message>
        <message>
            <source>Add participants…</source>
            <translation>Add participants…</translation>
        </message>
        <message>
            <source>Pick many organizations and contacts, or paste a list of emails or names</source>
            <translation>Pick many organizations and contacts, or paste a list of emails or names</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected participants (undo with Ctrl+Z)</source>
            <translation>Remove the selected participants (undo with Ctrl+Z)</translation>
        </message>
        <message>
            <source>Capture leads…</source>
            <translation>Capture leads…</translation>
        </message>
        <message>
            <source>Trade-show capture mode: one lead after the other (Ctrl+Shift+L)</source>
            <translation>Trade-show capture mode: one lead after the other (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Nobody yet: add the organizations and people who took part.</source>
            <translation>Nobody yet: add the organizations and people who took part.</translation>
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
            <translation>declared audience {count}</translation>
        </message>
        <message>
            <source>audience reached &lt;b&gt;{count}&lt;/b&gt;</source>
            <translation>audience reached &lt;b&gt;{count}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Save the action first, then add who took part.</source>
            <translation>Save the action first, then add who took part.</translation>
        </message>
        <message>
            <source>Removing participants</source>
            <translation>Removing participants</translation>
        </message>
        <message numerus="yes">
            <source>Remove %Ln participants</source>
            <translation>
                <numerusform>Remove %Ln participant</numerusform>
                <numerusform>Remove %Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %Ln participants</source>
            <translation>
                <numerusform>Removed %Ln participant</numerusform>
                <numerusform>Removed %Ln participants</numerusform>
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
            <translation>Double-click to open the organization; Delete removes it from the parties</translation>
        </message>
        <message>
            <source>Type to add a party (any organization, any country)</source>
            <translation>Type to add a party (any organization, any country)</translation>
        </message>
        <message>
            <source>Add a party</source>
            <translation>Add a party</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove the selected party</source>
            <translation>Remove the selected party</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted store</source>
            <translation>Encrypted store</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Enter its passphrase to open it.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>This passphrase does not open the store. Check Caps Lock and the keyboard layout, then try again.</source>
            <translation>This passphrase does not open the store. Check Caps Lock and the keyboard layout, then try again.</translation>
        </message>
        <message>
            <source>The store cannot be opened: {reason}</source>
            <translation>The store cannot be opened: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PeriodsDialog</name>
        <message>
            <source>Reporting periods and targets</source>
            <translation>Reporting periods and targets</translation>
        </message>
        <message>
            <source>Reporting periods</source>
            <translation>Reporting periods</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>RP1</source>
            <translation>RP1</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <source>New period</source>
            <translation>New period</translation>
        </message>
        <message>
            <source>Save period</source>
            <translation>Save period</translation>
        </message>
        <message>
            <source>Delete period</source>
            <translation>Delete period</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>KPI targets</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Partner cluster</source>
            <translation>Partner cluster</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>e.g. 250</source>
            <translation>e.g. 250</translation>
        </message>
        <message>
            <source>&amp;Indicator</source>
            <translation>&amp;Indicator</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <source>Partner &amp;cluster</source>
            <translation>Partner &amp;cluster</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>&amp;Target</translation>
        </message>
        <message>
            <source>New target</source>
            <translation>New target</translation>
        </message>
        <message>
            <source>Save target</source>
            <translation>Save target</translation>
        </message>
        <message>
            <source>Delete target</source>
            <translation>Delete target</translation>
        </message>
        <message>
            <source>Whole project</source>
            <translation>Whole project</translation>
        </message>
        <message>
            <source>All partners</source>
            <translation>All partners</translation>
        </message>
        <message>
            <source>Reporting period {name} created</source>
            <translation>Reporting period {name} created</translation>
        </message>
        <message>
            <source>Reporting period {name} saved</source>
            <translation>Reporting period {name} saved</translation>
        </message>
        <message>
            <source>Saving the reporting period</source>
            <translation>Saving the reporting period</translation>
        </message>
        <message>
            <source>Restoring the reporting period</source>
            <translation>Restoring the reporting period</translation>
        </message>
        <message>
            <source>Reporting period {name} deleted (its targets apply again if you undo)</source>
            <translation>Reporting period {name} deleted (its targets apply again if you undo)</translation>
        </message>
        <message>
            <source>Saving the target</source>
            <translation>Saving the target</translation>
        </message>
        <message>
            <source>Target for {indicator} saved</source>
            <translation>Target for {indicator} saved</translation>
        </message>
        <message>
            <source>Target for {indicator} deleted</source>
            <translation>Target for {indicator} deleted</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Check the rows</translation>
        </message>
        <message>
            <source>Cells with a problem are highlighted: point at one to read what is wrong.</source>
            <translation>Cells with a problem are highlighted: point at one to read what is wrong.</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>Check &amp;again</translation>
        </message>
        <message>
            <source>Read the file again, after correcting it in the spreadsheet</source>
            <translation>Read the file again, after correcting it in the spreadsheet</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Reading and checking {name}…</source>
            <translation>Reading and checking {name}…</translation>
        </message>
        <message>
            <source>Checking the file to import</source>
            <translation>Checking the file to import</translation>
        </message>
        <message>
            <source>The file could not be checked: {error}</source>
            <translation>The file could not be checked: {error}</translation>
        </message>
        <message numerus="yes">
            <source>Problems (%Ln)</source>
            <translation>
                <numerusform>Problems (%Ln)</numerusform>
                <numerusform>Problems (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warnings (%Ln)</source>
            <translation>
                <numerusform>Warnings (%Ln)</numerusform>
                <numerusform>Warnings (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s) must be fixed before importing. Correct them in the file, save it and press Check again, or go Back to match the columns differently.</source>
            <translation>
                <numerusform>%Ln problem must be fixed before importing. Correct it in the file, save it and press Check again, or go Back to match the columns differently.</numerusform>
                <numerusform>%Ln problems must be fixed before importing. Correct them in the file, save it and press Check again, or go Back to match the columns differently.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No problems: %Ln row(s) are ready to import.</source>
            <translation>
                <numerusform>No problems: %Ln row is ready to import.</numerusform>
                <numerusform>No problems: %Ln rows are ready to import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them may already be in the store: decide about them next.</source>
            <translation>
                <numerusform>%Ln of them may already be in the store: decide about it next.</numerusform>
                <numerusform>%Ln of them may already be in the store: decide about them next.</numerusform>
            </translation>
        </message>
        <message>
            <source>{sheet} (first {shown} of {total} rows)</source>
            <translation>{sheet} (first {shown} of {total} rows)</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… and %Ln more</numerusform>
                <numerusform>… and %Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>this person</source>
            <translation>this person</translation>
        </message>
        <message>
            <source>Erase {name}?</source>
            <translation>Erase {name}?</translation>
        </message>
        <message>
            <source>Erase {name} from the store? This cannot be undone.</source>
            <translation>Erase {name} from the store? This cannot be undone.</translation>
        </message>
        <message>
            <source>Their name, email, phone, notes, documents and every past value in the history are removed for good.

What stays: their participations in actions and meetings, now anonymous (“Erased person”), so that the partnership's indicator counts do not change; and their organization link.

Backups made before today still hold their data until the rotation removes them.</source>
            <translation>Their name, email, phone, notes, documents and every past value in the history are removed for good.

What stays: their participations in actions and meetings, now anonymous (“Erased person”), so that the partnership's indicator counts do not change; and their organization link.

Backups made before today still hold their data until the rotation removes them.</translation>
        </message>
        <message>
            <source>Erase {name}</source>
            <translation>Erase {name}</translation>
        </message>
        <message>
            <source>Subject access - {name}.txt</source>
            <translation>Subject access - {name}.txt</translation>
        </message>
        <message>
            <source>Export everything held about {name}</source>
            <translation>Export everything held about {name}</translation>
        </message>
        <message>
            <source>Text and JSON (*.txt)</source>
            <translation>Text and JSON (*.txt)</translation>
        </message>
        <message>
            <source>Everything held about {name} is in:
{text_file}
{json_file}

Open the text file now?</source>
            <translation>Everything held about {name} is in:
{text_file}
{json_file}

Open the text file now?</translation>
        </message>
        <message>
            <source>Subject access export written</source>
            <translation>Subject access export written</translation>
        </message>
        <message>
            <source>Exporting the subject access data</source>
            <translation>Exporting the subject access data</translation>
        </message>
        <message>
            <source>Exporting the data held about {name}</source>
            <translation>Exporting the data held about {name}</translation>
        </message>
        <message>
            <source>{name} was erased (history entries rewritten: {count}).</source>
            <translation>{name} was erased (history entries rewritten: {count}).</translation>
        </message>
        <message>
            <source>Erasing {name}</source>
            <translation>Erasing {name}</translation>
        </message>
        <message>
            <source>Privacy — {name}</source>
            <translation>Privacy — {name}</translation>
        </message>
        <message>
            <source>Answer a data-subject request from &lt;b&gt;{name}&lt;/b&gt;: send them everything the store holds about them, or erase them.</source>
            <translation>Answer a data-subject request from &lt;b&gt;{name}&lt;/b&gt;: send them everything the store holds about them, or erase them.</translation>
        </message>
        <message>
            <source>Subject access &amp;export…</source>
            <translation>Subject access &amp;export…</translation>
        </message>
        <message>
            <source>Write the record, participations, notes, documents and history to a file</source>
            <translation>Write the record, participations, notes, documents and history to a file</translation>
        </message>
        <message>
            <source>&amp;Erase this person…</source>
            <translation>&amp;Erase this person…</translation>
        </message>
        <message>
            <source>Remove every personal data of this person; participations stay, anonymous</source>
            <translation>Remove every personal data of this person; participations stay, anonymous</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S or Enter)</source>
            <translation>Save the changes (Ctrl+S or Enter)</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <source>Forget the changes not saved yet</source>
            <translation>Forget the changes not saved yet</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>New record</source>
            <translation>New record</translation>
        </message>
        <message>
            <source>Select a record to see it here, or press Ctrl+N to create one.</source>
            <translation>Select a record to see it here, or press Ctrl+N to create one.</translation>
        </message>
        <message>
            <source>Save record</source>
            <translation>Save record</translation>
        </message>
        <message>
            <source>Revert record</source>
            <translation>Revert record</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Delete record</translation>
        </message>
        <message>
            <source>Delete this record (Delete; undo with Ctrl+Z)</source>
            <translation>Delete this record (Delete; undo with Ctrl+Z)</translation>
        </message>
        <message>
            <source>Saving the record</source>
            <translation>Saving the record</translation>
        </message>
        <message>
            <source>The record was not saved: {reason}</source>
            <translation>The record was not saved: {reason}</translation>
        </message>
        <message>
            <source>Fill in at least the name, then press Enter or Ctrl+S</source>
            <translation>Fill in at least the name, then press Enter or Ctrl+S</translation>
        </message>
        <message>
            <source>Saved: {change}</source>
            <translation>Saved: {change}</translation>
        </message>
        <message>
            <source>Unsaved changes: Enter or Ctrl+S saves, Revert forgets them</source>
            <translation>Unsaved changes: Enter or Ctrl+S saves, Revert forgets them</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Type and press Enter</source>
            <translation>Type and press Enter</translation>
        </message>
    </context>
    <context>
        <name>RecordLookup</name>
        <message>
            <source>Company</source>
            <translation>Company</translation>
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
            <translation>Agreement</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Loading the list</source>
            <translation>Loading the list</translation>
        </message>
        <message>
            <source>Click to sort.</source>
            <translation>Click to sort.</translation>
        </message>
        <message>
            <source>This column cannot be sorted.</source>
            <translation>This column cannot be sorted.</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>PDF document (.pdf)</translation>
        </message>
        <message>
            <source>The language the report is written in, whatever the language of the screens</source>
            <translation>The language the report is written in, whatever the language of the screens</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>P&amp;artner cluster</source>
            <translation>P&amp;artner cluster</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <source>Report &amp;language</source>
            <translation>Report &amp;language</translation>
        </message>
        <message>
            <source>Choose a period</source>
            <translation>Choose a period</translation>
        </message>
        <message>
            <source>Indicators in the report</source>
            <translation>Indicators in the report</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Achieved in period</source>
            <translation>Achieved in period</translation>
        </message>
        <message>
            <source>Cumulative</source>
            <translation>Cumulative</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% of target</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Progress of the export</source>
            <translation>Progress of the export</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>&amp;Open the file</translation>
        </message>
        <message>
            <source>Periodic report</source>
            <translation>Periodic report</translation>
        </message>
        <message>
            <source>What the report will include</source>
            <translation>What the report will include</translation>
        </message>
        <message>
            <source>{name} ({start} to {end})</source>
            <translation>{name} ({start} to {end})</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Year {year}</translation>
        </message>
        <message>
            <source>Custom range…</source>
            <translation>Custom range…</translation>
        </message>
        <message>
            <source>All partner clusters</source>
            <translation>All partner clusters</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Counting what the report will hold…</source>
            <translation>Counting what the report will hold…</translation>
        </message>
        <message>
            <source>all partner clusters</source>
            <translation>all partner clusters</translation>
        </message>
        <message>
            <source>{period}, {scope} — cover, KPI summary · {counts}</source>
            <translation>{period}, {scope} — cover, KPI summary · {counts}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>Exporting the report</source>
            <translation>Exporting the report</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Saved {file}</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written</source>
            <translation>Cancelled: nothing was written</translation>
        </message>
        <message>
            <source>The report was not written</source>
            <translation>The report was not written</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention review</source>
            <translation>Retention review</translation>
        </message>
        <message>
            <source>Contacts with no activity &amp;for</source>
            <translation>Contacts with no activity &amp;for</translation>
        </message>
        <message>
            <source>Years without activity</source>
            <translation>Years without activity</translation>
        </message>
        <message>
            <source>Contacts to review</source>
            <translation>Contacts to review</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Last activity</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Show the contact to refresh their consent or delete them</source>
            <translation>Show the contact to refresh their consent or delete them</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Erase…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln year</numerusform>
                <numerusform>%Ln years</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking…</source>
            <translation>Looking…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts to review</source>
            <translation>
                <numerusform>%Ln contact to review</numerusform>
                <numerusform>%Ln contacts to review</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody to review.</source>
            <translation>Nobody to review.</translation>
        </message>
    </context>
    <context>
        <name>ScreenSpec</name>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Companies, clusters and every other organization</source>
            <translation>Companies, clusters and every other organization</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>People, their company and their GDPR consent</source>
            <translation>People, their company and their GDPR consent</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Everything the partnership runs or attends, and who took part</source>
            <translation>Everything the partnership runs or attends, and who took part</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <source>Missions and trade shows: delegation, itinerary, meetings planner, lead capture</source>
            <translation>Missions and trade shows: delegation, itinerary, meetings planner, lead capture</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>The agreement pipeline as a board or a list; letters of intent in bulk</source>
            <translation>The agreement pipeline as a board or a list; letters of intent in bulk</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>My tasks: overdue, due this week, later</source>
            <translation>My tasks: overdue, due this week, later</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Every indicator against its target, with the records behind each number</source>
            <translation>Every indicator against its target, with the records behind each number</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>The periodic report for the EU as Excel or PDF</source>
            <translation>The periodic report for the EU as Excel or PDF</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <source>Every change: who, when, what</source>
            <translation>Every change: who, when, what</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Exchange changes with other laptops (bundle files) or the team hub; conflicts</source>
            <translation>Exchange changes with other laptops (bundle files) or the team hub; conflicts</translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>Redo {change}</source>
            <translation>Redo {change}</translation>
        </message>
        <message>
            <source>Undo {change}</source>
            <translation>Undo {change}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System language ({language})</source>
            <translation>System language ({language})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Applies the next time MAGIA Desk starts.</source>
            <translation>Applies the next time MAGIA Desk starts.</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Add officer…</source>
            <translation>Add officer…</translation>
        </message>
        <message>
            <source>&amp;Changes are made by:</source>
            <translation>&amp;Changes are made by:</translation>
        </message>
        <message>
            <source>Every change you make is signed with this name in the history.</source>
            <translation>Every change you make is signed with this name in the history.</translation>
        </message>
        <message>
            <source>Nobody yet: add an officer</source>
            <translation>Nobody yet: add an officer</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Use standard</source>
            <translation>Use standard</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>Where MAGIA Desk keeps its store (magia.sqlite) and the backups. Applies the next time MAGIA Desk starts; the store is not moved: copy it there yourself to take your data along.</source>
            <translation>Where MAGIA Desk keeps its store (magia.sqlite) and the backups. Applies the next time MAGIA Desk starts; the store is not moved: copy it there yourself to take your data along.</translation>
        </message>
        <message>
            <source>This window uses {path}</source>
            <translation>This window uses {path}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Back up the store &amp;automatically once a day</source>
            <translation>Back up the store &amp;automatically once a day</translation>
        </message>
        <message>
            <source>Daily backups kept</source>
            <translation>Daily backups kept</translation>
        </message>
        <message>
            <source>Weekly backups kept</source>
            <translation>Weekly backups kept</translation>
        </message>
        <message>
            <source>Backups…</source>
            <translation>Backups…</translation>
        </message>
        <message>
            <source>&amp;Daily backups kept:</source>
            <translation>&amp;Daily backups kept:</translation>
        </message>
        <message>
            <source>&amp;Weekly backups kept:</source>
            <translation>&amp;Weekly backups kept:</translation>
        </message>
        <message>
            <source>A backup is made only on days the store changed. Backups made by hand are kept until you delete them.</source>
            <translation>A backup is made only on days the store changed. Backups made by hand are kept until you delete them.</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Encryption</translation>
        </message>
        <message>
            <source>The store is encrypted with a passphrase.</source>
            <translation>The store is encrypted with a passphrase.</translation>
        </message>
        <message>
            <source>The store is not encrypted.</source>
            <translation>The store is not encrypted.</translation>
        </message>
        <message>
            <source>Encryption…</source>
            <translation>Encryption…</translation>
        </message>
        <message>
            <source>Encrypt the store, change its passphrase or decrypt it</source>
            <translation>Encrypt the store, change its passphrase or decrypt it</translation>
        </message>
        <message>
            <source>Switching the officer</source>
            <translation>Switching the officer</translation>
        </message>
    </context>
    <context>
        <name>SheetMappingEditor</name>
        <message>
            <source>Do not import this sheet</source>
            <translation>Do not import this sheet</translation>
        </message>
        <message>
            <source>Import as:</source>
            <translation>Import as:</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Column in the file</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>First values</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <source>This sheet is left out.</source>
            <translation>This sheet is left out.</translation>
        </message>
        <message>
            <source>Columns as you matched them last time for these headers.</source>
            <translation>Columns as you matched them last time for these headers.</translation>
        </message>
        <message>
            <source>The exchange workbook's own headers are matched automatically.</source>
            <translation>The exchange workbook's own headers are matched automatically.</translation>
        </message>
        <message>
            <source>Suggested from the headers: check each field.</source>
            <translation>Suggested from the headers: check each field.</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— not imported —</translation>
        </message>
        <message>
            <source>remembered</source>
            <translation>remembered</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>same name</translation>
        </message>
        <message>
            <source>usual header</source>
            <translation>usual header</translation>
        </message>
        <message>
            <source>{score}% similar</source>
            <translation>{score}% similar</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>your choice</translation>
        </message>
        <message>
            <source>{sheet}: no column is the required field {field}.</source>
            <translation>{sheet}: no column is the required field {field}.</translation>
        </message>
        <message>
            <source>{sheet}: several columns are the field {field}; keep one.</source>
            <translation>{sheet}: several columns are the field {field}; keep one.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <source>Save the field being edited</source>
            <translation>Save the field being edited</translation>
        </message>
        <message>
            <source>Close a dialog, a pop-up or this list</source>
            <translation>Close a dialog, a pop-up or this list</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Next / previous field</translation>
        </message>
        <message>
            <source>Next / previous record of a list</source>
            <translation>Next / previous record of a list</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>Everywhere</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Esc closes this list</source>
            <translation>Esc closes this list</translation>
        </message>
    </context>
    <context>
        <name>SizeBadge</name>
        <message>
            <source>SME size class</source>
            <translation>SME size class</translation>
        </message>
        <message>
            <source>Fix the figures to see the size class</source>
            <translation>Fix the figures to see the size class</translation>
        </message>
        <message>
            <source>Give the staff headcount to classify (EU SME definition)</source>
            <translation>Give the staff headcount to classify (EU SME definition)</translation>
        </message>
        <message>
            <source>provisional: staff only</source>
            <translation>provisional: staff only</translation>
        </message>
        <message>
            <source>EU SME definition</source>
            <translation>EU SME definition</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%Ln more: use the list to see them all</source>
            <translation>
                <numerusform>%Ln more: use the list to see them all</numerusform>
                <numerusform>%Ln more: use the list to see them all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{stage}: %Ln agreements</source>
            <translation>
                <numerusform>{stage}: %Ln agreement</numerusform>
                <numerusform>{stage}: %Ln agreements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoreStatus</name>
        <message>
            <source>Store file</source>
            <translation>Store file</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Last backup</translation>
        </message>
        <message>
            <source>The store: {path}</source>
            <translation>The store: {path}</translation>
        </message>
        <message>
            <source>Officer: {name}</source>
            <translation>Officer: {name}</translation>
        </message>
        <message>
            <source>No officer chosen</source>
            <translation>No officer chosen</translation>
        </message>
        <message>
            <source>Every change records who made it</source>
            <translation>Every change records who made it</translation>
        </message>
        <message>
            <source>Never backed up</source>
            <translation>Never backed up</translation>
        </message>
        <message>
            <source>File ▸ Back up now keeps a copy beside the store</source>
            <translation>File ▸ Back up now keeps a copy beside the store</translation>
        </message>
        <message>
            <source>Last backup: {when}</source>
            <translation>Last backup: {when}</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Backups are kept in {folder}</translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message>
            <source>MAGIA Desk sync bundle (*.magiasync)</source>
            <translation>MAGIA Desk sync bundle (*.magiasync)</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Met through</source>
            <translation>Met through</translation>
        </message>
        <message>
            <source>Last exchange</source>
            <translation>Last exchange</translation>
        </message>
        <message>
            <source>Changes they lack</source>
            <translation>Changes they lack</translation>
        </message>
        <message>
            <source>bundle files</source>
            <translation>bundle files</translation>
        </message>
        <message>
            <source>team hub</source>
            <translation>team hub</translation>
        </message>
        <message>
            <source>the team hub</source>
            <translation>the team hub</translation>
        </message>
        <message>
            <source>Laptops and hubs this store has met</source>
            <translation>Laptops and hubs this store has met</translation>
        </message>
        <message>
            <source>No other laptop met yet: import a bundle a colleague exported, or export all your changes for them and connect to the team hub below.</source>
            <translation>No other laptop met yet: import a bundle a colleague exported, or export all your changes for them and connect to the team hub below.</translation>
        </message>
        <message>
            <source>&amp;Export for this peer…</source>
            <translation>&amp;Export for this peer…</translation>
        </message>
        <message>
            <source>Write the changes the selected peer does not hold yet</source>
            <translation>Write the changes the selected peer does not hold yet</translation>
        </message>
        <message>
            <source>Export &amp;all…</source>
            <translation>Export &amp;all…</translation>
        </message>
        <message>
            <source>Write every change of this store (for a new laptop)</source>
            <translation>Write every change of this store (for a new laptop)</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Import a bundle…</translation>
        </message>
        <message>
            <source>Progress of the exchange</source>
            <translation>Progress of the exchange</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The team hub's address, without the password (it is kept in the system keyring)</source>
            <translation>The team hub's address, without the password (it is kept in the system keyring)</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>Hub address</translation>
        </message>
        <message>
            <source>Save &amp;password…</source>
            <translation>Save &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>Hub &amp;address</source>
            <translation>Hub &amp;address</translation>
        </message>
        <message>
            <source>Pushes this laptop's changes to the team hub and pulls everyone else's.</source>
            <translation>Pushes this laptop's changes to the team hub and pulls everyone else's.</translation>
        </message>
        <message>
            <source>Team hub</source>
            <translation>Team hub</translation>
        </message>
        <message>
            <source>&amp;Peers and bundles</source>
            <translation>&amp;Peers and bundles</translation>
        </message>
        <message>
            <source>&amp;Conflicts</source>
            <translation>&amp;Conflicts</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>&amp;Conflicts ({count})</source>
            <translation>&amp;Conflicts ({count})</translation>
        </message>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>Cancelled: nothing was changed.</translation>
        </message>
        <message>
            <source>{task} failed:</source>
            <translation>{task} failed:</translation>
        </message>
        <message>
            <source>Export a sync bundle</source>
            <translation>Export a sync bundle</translation>
        </message>
        <message>
            <source>Exporting a sync bundle</source>
            <translation>Exporting a sync bundle</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln changes to {file} ({size}). Carry it by USB stick or email; the other laptop imports it here.</source>
            <translation>
                <numerusform>Wrote %Ln change to {file} ({size}). Carry it by USB stick or email; the other laptop imports it here.</numerusform>
                <numerusform>Wrote %Ln changes to {file} ({size}). Carry it by USB stick or email; the other laptop imports it here.</numerusform>
            </translation>
        </message>
        <message>
            <source>site {site}</source>
            <translation>site {site}</translation>
        </message>
        <message>
            <source>From {sender}, written {when}</source>
            <translation>From {sender}, written {when}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes, {size}</source>
            <translation>
                <numerusform>%Ln change, {size}</numerusform>
                <numerusform>%Ln changes, {size}</numerusform>
            </translation>
        </message>
        <message>
            <source>It was written for another laptop</source>
            <translation>It was written for another laptop</translation>
        </message>
        <message>
            <source>{warning}; importing it is safe all the same.</source>
            <translation>{warning}; importing it is safe all the same.</translation>
        </message>
        <message>
            <source>Merge it into this store?</source>
            <translation>Merge it into this store?</translation>
        </message>
        <message>
            <source>Import a sync bundle</source>
            <translation>Import a sync bundle</translation>
        </message>
        <message>
            <source>Reading the bundle</source>
            <translation>Reading the bundle</translation>
        </message>
        <message>
            <source>From {sender}:</source>
            <translation>From {sender}:</translation>
        </message>
        <message>
            <source>Importing a sync bundle</source>
            <translation>Importing a sync bundle</translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: all %Ln changes were already here.</source>
            <translation>
                <numerusform>Nothing new: the %Ln change was already here.</numerusform>
                <numerusform>Nothing new: all %Ln changes were already here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new changes merged</source>
            <translation>
                <numerusform>%Ln new change merged</numerusform>
                <numerusform>%Ln new changes merged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln records added</source>
            <translation>
                <numerusform>%Ln record added</numerusform>
                <numerusform>%Ln records added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln updated</source>
            <translation>
                <numerusform>%Ln updated</numerusform>
                <numerusform>%Ln updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already here</source>
            <translation>
                <numerusform>%Ln already here</numerusform>
                <numerusform>%Ln already here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new conflicts</source>
            <translation>
                <numerusform>%Ln new conflict</numerusform>
                <numerusform>%Ln new conflicts</numerusform>
            </translation>
        </message>
        <message>
            <source>{conflicts}: the same field was edited on both sides; see the Conflicts tab.</source>
            <translation>{conflicts}: the same field was edited on both sides; see the Conflicts tab.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln records wait for a newer version or for a record not here yet.</source>
            <translation>
                <numerusform>%Ln record waits for a newer version or for a record not here yet.</numerusform>
                <numerusform>%Ln records wait for a newer version or for a record not here yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changes dated in the future were clamped</source>
            <translation>
                <numerusform>%Ln change dated in the future was clamped</numerusform>
                <numerusform>%Ln changes dated in the future were clamped</numerusform>
            </translation>
        </message>
        <message>
            <source>{clamped} to now (wrong clock on site {sites}, e.g. {time}).</source>
            <translation>{clamped} to now (wrong clock on site {sites}, e.g. {time}).</translation>
        </message>
        <message>
            <source>Team hub password</source>
            <translation>Team hub password</translation>
        </message>
        <message>
            <source>Password for the hub (kept in the system keyring, never in a file):</source>
            <translation>Password for the hub (kept in the system keyring, never in a file):</translation>
        </message>
        <message>
            <source>Password saved in the system keyring.</source>
            <translation>Password saved in the system keyring.</translation>
        </message>
        <message>
            <source>Saving the hub password</source>
            <translation>Saving the hub password</translation>
        </message>
        <message>
            <source>Connecting to the team hub…</source>
            <translation>Connecting to the team hub…</translation>
        </message>
        <message>
            <source>Syncing with the team hub</source>
            <translation>Syncing with the team hub</translation>
        </message>
        <message numerus="yes">
            <source>sent %Ln new changes</source>
            <translation>
                <numerusform>sent %Ln new change</numerusform>
                <numerusform>sent %Ln new changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %Ln</source>
            <translation>
                <numerusform>received %Ln</numerusform>
                <numerusform>received %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced with {hub}: {sent}, {received}.</source>
            <translation>Synced with {hub}: {sent}, {received}.</translation>
        </message>
        <message>
            <source>From the team hub:</source>
            <translation>From the team hub:</translation>
        </message>
        <message>
            <source>The sync did not happen; nothing was changed here.</source>
            <translation>The sync did not happen; nothing was changed here.</translation>
        </message>
    </context>
    <context>
        <name>TagInput</name>
        <message>
            <source>Type and press Enter</source>
            <translation>Type and press Enter</translation>
        </message>
        <message>
            <source>Remove {tag}</source>
            <translation>Remove {tag}</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <source>New task</source>
            <translation>New task</translation>
        </message>
        <message>
            <source>What needs doing, e.g. Send the draft MoU</source>
            <translation>What needs doing, e.g. Send the draft MoU</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Leave empty for a task without a date</source>
            <translation>Leave empty for a task without a date</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Type to find a company, contact, action or agreement</source>
            <translation>Type to find a company, contact, action or agreement</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Due</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Owner</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>Create task</source>
            <translation>Create task</translation>
        </message>
        <message>
            <source>Create task {title}</source>
            <translation>Create task {title}</translation>
        </message>
        <message>
            <source>Created task {title}</source>
            <translation>Created task {title}</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Background work</source>
            <translation>Background work</translation>
        </message>
    </context>
    <context>
        <name>TasksScreen</name>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Due this week</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>No date</source>
            <translation>No date</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
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
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>My tasks</source>
            <translation>My tasks</translation>
        </message>
        <message>
            <source>Number of open tasks</source>
            <translation>Number of open tasks</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>New task</translation>
        </message>
        <message>
            <source>Create a task (Ctrl+N)</source>
            <translation>Create a task (Ctrl+N)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Tick to complete (Ctrl+Z undoes); double-click to open what the task is about</source>
            <translation>Tick to complete (Ctrl+Z undoes); double-click to open what the task is about</translation>
        </message>
        <message>
            <source>No open tasks. Press Ctrl+N to add one, or add one from any record's timeline.</source>
            <translation>No open tasks. Press Ctrl+N to add one, or add one from any record's timeline.</translation>
        </message>
        <message>
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
        <message>
            <source>1 open task</source>
            <translation>1 open task</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open tasks</source>
            <translation>
                <numerusform>%Ln open task</numerusform>
                <numerusform>%Ln open tasks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue</source>
            <translation>
                <numerusform>%Ln overdue</numerusform>
                <numerusform>%Ln overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Completing {title}</source>
            <translation>Completing {title}</translation>
        </message>
        <message>
            <source>Complete task {title}</source>
            <translation>Complete task {title}</translation>
        </message>
        <message>
            <source>Done: {title}</source>
            <translation>Done: {title}</translation>
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
            <translation>Task</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Remove attachment</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Delete note</translation>
        </message>
        <message>
            <source>Note kind</source>
            <translation>Note kind</translation>
        </message>
        <message>
            <source>Note date</source>
            <translation>Note date</translation>
        </message>
        <message>
            <source>Add a note: a call, an email, a meeting… (Ctrl+Enter adds it)</source>
            <translation>Add a note: a call, an email, a meeting… (Ctrl+Enter adds it)</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Note text</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source>Add task…</source>
            <translation>Add task…</translation>
        </message>
        <message>
            <source>A follow-up task about this record</source>
            <translation>A follow-up task about this record</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Attach file…</translation>
        </message>
        <message>
            <source>Store a copy of a file with this record</source>
            <translation>Store a copy of a file with this record</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Double-click: open a document or record, correct a stage's date</source>
            <translation>Double-click: open a document or record, correct a stage's date</translation>
        </message>
        <message>
            <source>Nothing yet: add a note, a task or a file above.</source>
            <translation>Nothing yet: add a note, a task or a file above.</translation>
        </message>
        <message>
            <source>Loading the timeline</source>
            <translation>Loading the timeline</translation>
        </message>
        <message>
            <source>Type the note first</source>
            <translation>Type the note first</translation>
        </message>
        <message>
            <source>The note was not added: {reason}</source>
            <translation>The note was not added: {reason}</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>Note added</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Attach a file</translation>
        </message>
        <message>
            <source>Attach {file}</source>
            <translation>Attach {file}</translation>
        </message>
        <message>
            <source>Attached {file}</source>
            <translation>Attached {file}</translation>
        </message>
        <message>
            <source>Attaching {file}</source>
            <translation>Attaching {file}</translation>
        </message>
        <message>
            <source>Opening {title}</source>
            <translation>Opening {title}</translation>
        </message>
        <message>
            <source>Removed {title}</source>
            <translation>Removed {title}</translation>
        </message>
        <message>
            <source>Correct the date</source>
            <translation>Correct the date</translation>
        </message>
        <message>
            <source>On which day was this stage reached?</source>
            <translation>On which day was this stage reached?</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Reached on</translation>
        </message>
        <message>
            <source>Correcting the stage date</source>
            <translation>Correcting the stage date</translation>
        </message>
        <message>
            <source>Correct a stage date</source>
            <translation>Correct a stage date</translation>
        </message>
    </context>
    <context>
        <name>WorkIndicator</name>
        <message>
            <source>Progress of the background work</source>
            <translation>Progress of the background work</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel the background work</source>
            <translation>Cancel the background work</translation>
        </message>
        <message numerus="yes">
            <source>{task}… (+%Ln more)</source>
            <translation>
                <numerusform>{task}… (+%Ln more)</numerusform>
                <numerusform>{task}… (+%Ln more)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_MarketLine</name>
        <message>
            <source>Target market country</source>
            <translation>Target market country</translation>
        </message>
        <message>
            <source>The country this organization wants to sell in or work with</source>
            <translation>The country this organization wants to sell in or work with</translation>
        </message>
        <message>
            <source>Market status</source>
            <translation>Market status</translation>
        </message>
        <message>
            <source>How far the organization is on this market</source>
            <translation>How far the organization is on this market</translation>
        </message>
        <message>
            <source>Needs: type, Enter</source>
            <translation>Needs: type, Enter</translation>
        </message>
        <message>
            <source>Needs on this market</source>
            <translation>Needs on this market</translation>
        </message>
        <message>
            <source>What the organization needs there (find a distributor, regulatory approval...)</source>
            <translation>What the organization needs there (find a distributor, regulatory approval...)</translation>
        </message>
        <message>
            <source>Remove this market</source>
            <translation>Remove this market</translation>
        </message>
    </context>
</TS>
