<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>ActionDetail</name>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Andere trekker</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Vergadering:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Trekker:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termijn:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No progress notes yet.</source>
        <translation>Nog geen voortgang genoteerd.</translation>
    </message>
    <message>
        <source>Add progress &amp;note…</source>
        <translation>&amp;Voortgang noteren…</translation>
    </message>
    <message>
        <source>A dated note on how it goes</source>
        <translation>Een gedateerde notitie over hoe het loopt</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Uitstellen…</translation>
    </message>
    <message>
        <source>A new due date, with the reason</source>
        <translation>Een nieuwe termijn, met de reden</translation>
    </message>
    <message>
        <source>Reass&amp;ign…</source>
        <translation>Andere &amp;trekker…</translation>
    </message>
    <message>
        <source>Another person or organisation</source>
        <translation>Een andere persoon of organisatie</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Afronden…</translation>
    </message>
    <message>
        <source>Mark it done</source>
        <translation>Als afgerond markeren</translation>
    </message>
    <message>
        <source>Cance&amp;l…</source>
        <translation>A&amp;nnuleren…</translation>
    </message>
    <message>
        <source>It will not be done; give the reason</source>
        <translation>Het gebeurt niet; geef de reden</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation>Opnieuw openzetten</translation>
    </message>
    <message>
        <source>Open &amp;meeting</source>
        <translation>Ver&amp;gadering openen</translation>
    </message>
    <message>
        <source>Select an action to see its progress and follow it up.</source>
        <translation>Selecteer een actiepunt om de voortgang te zien en het op te volgen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geschiedenis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2, item %3</source>
        <translation>%1 van %2, punt %3</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (over tijd)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
</context>
<context>
    <name>ActionEditDialog</name>
    <message>
        <source>New action</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Actiepunt aanpassen</translation>
    </message>
    <message>
        <source>Type a few letters, pick with ↓ and Enter</source>
        <translation>Typ enkele letters, kies met ↓ en Enter</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Trekker:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Ter&amp;mijn:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Several match: pick one from the list</source>
        <translation>Meerdere passen: kies er een uit de lijst</translation>
    </message>
    <message>
        <source>Not in the list: kept as typed</source>
        <translation>Niet in de lijst: bewaard zoals getypt</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Geen trekker</translation>
    </message>
</context>
<context>
    <name>ActionFollowUp</name>
    <message>
        <source>Progress note</source>
        <translation>Voortgang noteren</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Close the action</source>
        <translation>Actiepunt afronden</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Notitie (optioneel):</translation>
    </message>
    <message>
        <source>Action closed: %1</source>
        <translation>Actiepunt afgerond: %1</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Afgerond op:</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>Actiepunt annuleren</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Action cancelled: %1</source>
        <translation>Actiepunt vervallen: %1</translation>
    </message>
    <message>
        <source>Cancelled on:</source>
        <translation>Geannuleerd op:</translation>
    </message>
    <message>
        <source>Action postponed: %1</source>
        <translation>Actiepunt uitgesteld: %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>ActionsList</name>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action deleted: %1</source>
        <translation>Actiepunt verwijderd: %1</translation>
    </message>
    <message>
        <source>Delete this action?

%1</source>
        <translation>Dit actiepunt verwijderen?

%1</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Next 3 months</source>
        <translation>Komende 3 maanden</translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation>Van – tot…</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alle overlegorganen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle trekkers</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Alleen over tijd</translation>
    </message>
    <message>
        <source>Search description, owner, item…</source>
        <translation>Zoeken in omschrijving, trekker, agendapunt…</translation>
    </message>
    <message>
        <source>Export action list…</source>
        <translation>Actielijst exporteren…</translation>
    </message>
    <message>
        <source>The open actions of a body, by owner, as PDF or Word</source>
        <translation>De open actiepunten van een overlegorgaan, per trekker, als PDF of Word</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Overleg:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Trekker:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termijn:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Red&lt;/span&gt;: overdue · &lt;span style=&apos;color:#a15c00&apos;&gt;amber&lt;/span&gt;: due within a week</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Rood&lt;/span&gt;: over tijd · &lt;span style=&apos;color:#a15c00&apos;&gt;oranje&lt;/span&gt;: termijn binnen een week</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema’s</translation>
    </message>
    <message>
        <source>Loading all actions…</source>
        <translation>Alle actiepunten laden…</translation>
    </message>
    <message>
        <source>%1 of 1 action · %3 overdue</source>
        <translation>%1 van 1 actiepunt · %3 over tijd</translation>
    </message>
    <message>
        <source>Export action list</source>
        <translation>Actielijst exporteren</translation>
    </message>
    <message>
        <source>%1 of %2 actions · %3 overdue</source>
        <translation>%1 van %2 actiepunten · %3 over tijd</translation>
    </message>
</context>
<context>
    <name>AddRemarkDialog</name>
    <message>
        <source>Add a remark</source>
        <translation>Opmerking toevoegen</translation>
    </message>
    <message>
        <source>(someone else)</source>
        <translation>(iemand anders)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Ontvangen op</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>Op&amp;merking</translation>
    </message>
</context>
<context>
    <name>AfterMailPanel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Your mail program opens the message with its attachments.</source>
        <translation>Uw mailprogramma opent het bericht met de bijlagen.</translation>
    </message>
    <message>
        <source>No mail program answered through Windows (Simple MAPI): the draft %1 is opened with the program for .eml files.</source>
        <translation>Geen mailprogramma antwoordde via Windows (Simple MAPI): het concept %1 wordt geopend met het programma voor .eml-bestanden.</translation>
    </message>
    <message>
        <source>Show in &amp;Explorer</source>
        <translation>Toon in &amp;Verkenner</translation>
    </message>
    <message>
        <source>&amp;Copy addresses</source>
        <translation>&amp;Adressen kopiëren</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>information</source>
        <translation>informatie</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>bespreking</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslissing</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>ter informatie</translation>
    </message>
    <message>
        <source>for discussion</source>
        <translation>ter bespreking</translation>
    </message>
    <message>
        <source>for decision</source>
        <translation>ter beslissing</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Toelichter</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Vertr.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bijl.</translation>
    </message>
    <message>
        <source>Adjourned</source>
        <translation>Verdaagd</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Geplande minuten</translation>
    </message>
    <message>
        <source>Planned time, from the start of the meeting</source>
        <translation>Gepland tijdstip, vanaf het begin van de vergadering</translation>
    </message>
    <message>
        <source>Confidential: left out of public documents</source>
        <translation>Vertrouwelijk: niet opgenomen in openbare documenten</translation>
    </message>
    <message>
        <source>Number of attachments</source>
        <translation>Aantal bijlagen</translation>
    </message>
    <message>
        <source>from the meeting of %1</source>
        <translation>van de vergadering van %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <source>adjourned to the meeting of %1</source>
        <translation>verdaagd naar de vergadering van %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>naar %1</translation>
    </message>
    <message>
        <source>adjourned to the next meeting</source>
        <translation>verdaagd naar de volgende vergadering</translation>
    </message>
    <message>
        <source>adjourned</source>
        <translation>verdaagd</translation>
    </message>
    <message>
        <source>Confidential via item %1</source>
        <translation>Vertrouwelijk via punt %1</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The minutes are approved and frozen; reopen them in the Minutes tab to change anything.</source>
        <translation>Het verslag is goedgekeurd en vergrendeld; heropen het op het tabblad Verslag om iets te wijzigen.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nieuw punt</translation>
    </message>
    <message>
        <source>New sub-item</source>
        <translation>Nieuw subpunt</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Inspringen</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Uitspringen</translation>
    </message>
    <message>
        <source>Adjourn to the next meeting</source>
        <translation>Verdagen naar volgende vergadering</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete item %1 &quot;%2&quot;?</source>
        <translation>Punt %1 &quot;%2&quot; verwijderen?</translation>
    </message>
    <message>
        <source>Its %1 sub-item(s) are deleted too.</source>
        <translation>De %1 subpunt(en) ervan worden ook verwijderd.</translation>
    </message>
    <message>
        <source>Its attachments are deleted too.</source>
        <translation>De bijlagen ervan worden ook verwijderd.</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Punt verwijderen</translation>
    </message>
    <message>
        <source>Item %1 deleted: %2</source>
        <translation>Punt %1 verwijderd: %2</translation>
    </message>
    <message>
        <source>Adjourn item</source>
        <translation>Punt verdagen</translation>
    </message>
    <message>
        <source>Adjourn item %1 &quot;%2&quot; to the next meeting? It comes back there, linked to this meeting.</source>
        <translation>Punt %1 &quot;%2&quot; verdagen naar de volgende vergadering? Het komt daar terug, gekoppeld aan deze vergadering.</translation>
    </message>
    <message>
        <source>The item is placed on the next meeting (no. %1 of %2).</source>
        <translation>Het punt staat op de agenda van de volgende vergadering (nr. %1 van %2).</translation>
    </message>
    <message>
        <source>The item is placed on the next meeting.</source>
        <translation>Het punt staat op de agenda van de volgende vergadering.</translation>
    </message>
    <message>
        <source>There is no next meeting yet: the item is placed on it as soon as that meeting is created.</source>
        <translation>Er is nog geen volgende vergadering: het punt komt op de agenda zodra die vergadering aangemaakt is.</translation>
    </message>
</context>
<context>
    <name>AgendaTotal</name>
    <message>
        <source>1 item</source>
        <translation>1 punt</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 punten</translation>
    </message>
    <message>
        <source>ends at %1</source>
        <translation>eindigt om %1</translation>
    </message>
    <message>
        <source>(planned end %1)</source>
        <translation>(gepland einde %1)</translation>
    </message>
    <message>
        <source>The agenda runs past the planned end of the meeting.</source>
        <translation>De agenda loopt uit over het geplande einde van de vergadering.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>This database is already open in another Spitsregio Desktop window.

Switch to that window, or close it and start the program again.</source>
        <translation>Deze database is al geopend in een ander venster van Spitsregio Desktop.

Ga naar dat venster, of sluit het en start het programma opnieuw.</translation>
    </message>
    <message>
        <source>The database is damaged and there is no backup to restore.

%1</source>
        <translation>De database is beschadigd en er is geen reservekopie om terug te zetten.

%1</translation>
    </message>
    <message>
        <source>The database is damaged.

%1

Restore the most recent backup (%2)?</source>
        <translation>De database is beschadigd.

%1

De meest recente reservekopie (%2) terugzetten?</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>De automatische reservekopie is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the minutes</source>
        <translation>Verslag goedkeuren</translation>
    </message>
    <message>
        <source>Meeting %1 of %2</source>
        <translation>Vergadering %1 van %2</translation>
    </message>
    <message>
        <source>Approved &amp;at</source>
        <translation>Goedgekeurd op de &amp;vergadering</translation>
    </message>
    <message>
        <source>Approved &amp;on</source>
        <translation>Goedgekeurd &amp;op</translation>
    </message>
    <message>
        <source>There is no later meeting of this body yet. Plan it first.</source>
        <translation>Er is nog geen latere vergadering van dit overlegorgaan. Plan die eerst.</translation>
    </message>
    <message>
        <source>Choose the later meeting at which the minutes are approved.</source>
        <translation>Kies de latere vergadering waarop het verslag goedgekeurd wordt.</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>Bijlage toevoegen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Bijlagen</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Bijlage toevoegen</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Bijlage openen</translation>
    </message>
    <message>
        <source>The file is missing from the data folder:
%1</source>
        <translation>Het bestand ontbreekt in de gegevensmap:
%1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Bijlage verwijderen</translation>
    </message>
    <message>
        <source>Remove the attachment &quot;%1&quot;? The copy in the data folder is deleted.</source>
        <translation>De bijlage &quot;%1&quot; verwijderen? De kopie in de gegevensmap wordt verwijderd.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Aangekomen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Left the room</source>
        <translation>Verliet de zaal</translation>
    </message>
    <message>
        <source>&amp;Fill in from the answers</source>
        <translation>&amp;Invullen volgens de antwoorden</translation>
    </message>
    <message>
        <source>Coming → present, excused → excused, substituted → substituted by the name given; no answer stays not recorded. People already recorded keep what you set.</source>
        <translation>Komt → aanwezig, verontschuldigd → verontschuldigd, vervangen door → vervangen door de opgegeven naam; geen antwoord blijft niet geregistreerd. Wie al geregistreerd is, houdt wat u invulde.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Aanwezig</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>Ver&amp;ontschuldigd</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>A&amp;fwezig</translation>
    </message>
    <message>
        <source>&amp;Substituted by…</source>
        <translation>Vervangen doo&amp;r…</translation>
    </message>
    <message>
        <source>Arrives &amp;late…</source>
        <translation>Komt la&amp;ter…</translation>
    </message>
    <message>
        <source>Leaves &amp;early…</source>
        <translation>Vertrekt &amp;eerder…</translation>
    </message>
    <message>
        <source>Left the &amp;room for an item…</source>
        <translation>Verliet de &amp;zaal voor een punt…</translation>
    </message>
    <message>
        <source>Someone leaves the room for one item, e.g. for a conflict of interest</source>
        <translation>Iemand verlaat de zaal voor één punt, bv. wegens een belangenconflict</translation>
    </message>
    <message>
        <source>&amp;Undo left the room…</source>
        <translation>Zaal verlaten ongedaan &amp;maken…</translation>
    </message>
    <message>
        <source>Remove a &apos;left the room&apos; of the selected person</source>
        <translation>Een &apos;verliet de zaal&apos; van de geselecteerde persoon verwijderen</translation>
    </message>
    <message>
        <source>No attendance recorded yet. Invite the members on the first tab, then fill in from their answers.</source>
        <translation>Nog geen aanwezigheid genoteerd. Nodig de leden uit op het eerste tabblad en vul daarna in volgens hun antwoorden.</translation>
    </message>
    <message>
        <source>Selected people:</source>
        <translation>Geselecteerde personen:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
    <message>
        <source>substituted by %1</source>
        <translation>vervangen door %1</translation>
    </message>
    <message>
        <source>from item %1 at %2</source>
        <translation>vanaf punt %1 om %2</translation>
    </message>
    <message>
        <source>from item %1</source>
        <translation>vanaf punt %1</translation>
    </message>
    <message>
        <source>after item %1 at %2</source>
        <translation>na punt %1 om %2</translation>
    </message>
    <message>
        <source>after item %1</source>
        <translation>na punt %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>punt %1</translation>
    </message>
    <message>
        <source>%1 present · %2 substituted · %3 excused · %4 absent</source>
        <translation>%1 aanwezig · %2 vervangen · %3 verontschuldigd · %4 afwezig</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 niet geregistreerd</translation>
    </message>
    <message>
        <source>%1 people added to the attendance</source>
        <translation>%1 personen toegevoegd aan de aanwezigheden</translation>
    </message>
    <message>
        <source>Substituted by</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>Who replaced %1?</source>
        <translation>Wie verving %1?</translation>
    </message>
    <message>
        <source>%1 left the room for item %2</source>
        <translation>%1 verliet de zaal voor punt %2</translation>
    </message>
    <message>
        <source>Remove this from the attendance?</source>
        <translation>Dit verwijderen uit de aanwezigheden?</translation>
    </message>
    <message>
        <source>Undo left the room</source>
        <translation>Zaal verlaten ongedaan maken</translation>
    </message>
    <message>
        <source>Remove which one?</source>
        <translation>Welke verwijderen?</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>A file Excel opens directly</source>
        <translation>Een bestand dat Excel meteen opent</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergad.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontsch.</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot</translation>
    </message>
    <message>
        <source>No meetings with recorded attendance in this period.</source>
        <translation>Geen vergaderingen met genoteerde aanwezigheden in deze periode.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Overlegorgaan:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Rate: the share of the meetings where the organisation was expected and was present or substituted. The dashed line is the average.</source>
        <translation>Aanwezigheidsgraad: het deel van de vergaderingen waarop de organisatie verwacht werd en aanwezig of vervangen was. De stippellijn is het gemiddelde.</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Van … tot …</translation>
    </message>
    <message>
        <source>%1 meetings from %2 to %3 · %4 organisations · average %5</source>
        <translation>%1 vergaderingen van %2 tot %3 · %4 organisaties · gemiddeld %5</translation>
    </message>
    <message>
        <source>No meetings with recorded attendance from %1 to %2.</source>
        <translation>Geen vergaderingen met genoteerde aanwezigheden van %1 tot %2.</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Tabel opslaan</translation>
    </message>
    <message>
        <source>CSV file for Excel (*.csv)</source>
        <translation>CSV-bestand voor Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>bij het starten</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>voor een update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <source>damaged file, before a recovery</source>
        <translation>beschadigd bestand, voor het herstel</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Map met reservekopieën openen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>USB stick, OneDrive or network folder</source>
        <translation>USB-stick, OneDrive- of netwerkmap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>A backup is also made automatically each time the program starts. Copy backups to a USB stick or a network drive to keep them safe.</source>
        <translation>Bij elke start van het programma wordt ook automatisch een reservekopie gemaakt. Kopieer reservekopieën naar een USB-stick of een netwerkschijf om ze veilig te bewaren.</translation>
    </message>
    <message>
        <source>Second backup folder:</source>
        <translation>Tweede map voor reservekopieën:</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Tweede map voor reservekopieën</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Reservekopie wordt gemaakt…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Reservekopie bewaard: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>De reservekopie is mislukt: %1</translation>
    </message>
    <message>
        <source>Restore a backup from the main window: File ▸ Restore a backup…</source>
        <translation>Een reservekopie terugzetten doet u in het hoofdvenster: Bestand ▸ Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>Selecteer eerst een reservekopie.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n backup(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n reservekopie verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n reservekopieën verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>average %1</source>
        <translation>gemiddeld %1</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Baseline %1</source>
        <translation>Beginwaarde %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Streefwaarde %1</translation>
    </message>
    <message>
        <source>No measured values yet</source>
        <translation>Nog geen gemeten waarden</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Beginwaarde</translation>
    </message>
    <message>
        <source>Planned path</source>
        <translation>Gepland verloop</translation>
    </message>
</context>
<context>
    <name>CheckoutButtons</name>
    <message>
        <source>Taken along for offline minutes by %1 since %2: read-only here until it is brought back.</source>
        <translation>Meegenomen voor offline notulen door %1 sinds %2: hier alleen-lezen tot ze teruggebracht wordt.</translation>
    </message>
    <message>
        <source>Take along for the meeting…</source>
        <translation>Meenemen voor de vergadering…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Terugbrengen</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Vrijgeven…</translation>
    </message>
    <message>
        <source>Laptop database</source>
        <translation>Database voor de laptop</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite-database (*.sqlite)</translation>
    </message>
    <message>
        <source>Taken along. Open %1 on the laptop to take the minutes.</source>
        <translation>Meegenomen. Open %1 op de laptop om te notuleren.</translation>
    </message>
    <message>
        <source>Taking the meeting along…</source>
        <translation>Vergadering meenemen…</translation>
    </message>
    <message>
        <source>Brought back to %1.</source>
        <translation>Teruggebracht naar %1.</translation>
    </message>
    <message>
        <source>Bringing the meeting back…</source>
        <translation>Vergadering terugbrengen…</translation>
    </message>
    <message>
        <source>Release a meeting taken along</source>
        <translation>Een meegenomen vergadering vrijgeven</translation>
    </message>
    <message>
        <source>Why? (recorded; a later bring-back from that laptop is refused)</source>
        <translation>Waarom? (wordt bewaard; terugbrengen van die laptop wordt daarna geweigerd)</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Geplande minuten</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Toelichter</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>Now in the database</source>
        <translation>Nu in de database</translation>
    </message>
    <message>
        <source>Yours, not saved</source>
        <translation>Uw tekst, niet bewaard</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>Mijn tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Take over their text</source>
        <translation>Hun tekst &amp;overnemen</translation>
    </message>
    <message>
        <source>Your text is on the clipboard: paste it where you want it.</source>
        <translation>Uw tekst staat op het klembord: plak hem waar u hem wilt.</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Now open: %1</source>
        <translation>Nu geopend: %1</translation>
    </message>
    <message>
        <source>A file on this computer, or a server: postgresql://user@server/database</source>
        <translation>Een bestand op deze computer, of een server: postgresql://gebruiker@server/database</translation>
    </message>
    <message>
        <source>Use from the next start</source>
        <translation>Gebruiken vanaf de volgende start</translation>
    </message>
    <message>
        <source>The file on this computer</source>
        <translation>Het bestand op deze computer</translation>
    </message>
    <message>
        <source>A password is kept in the computer&apos;s credential store, never in the settings.</source>
        <translation>Een wachtwoord gaat naar de kluis van de computer, nooit naar de instellingen.</translation>
    </message>
    <message>
        <source>The program opens %1 from the next start.</source>
        <translation>Het programma opent %1 vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>12/01/2027, 12 jan, volgende vrijdag…</source>
        <translation>12/01/2027, 12 jan, volgende vrijdag…</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (F4)</source>
        <translation>Kies de datum in een kalender (F4)</translation>
    </message>
    <message>
        <source>Pick the date in a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
    <message>
        <source>Type a date, e.g. 12/01/2027.</source>
        <translation>Typ een datum, bv. 12/01/2027.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Besluit %1</translation>
    </message>
    <message>
        <source>for</source>
        <translation>voor</translation>
    </message>
    <message>
        <source>against</source>
        <translation>tegen</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>onthouding</translation>
    </message>
    <message>
        <source>Leave empty when there was no vote</source>
        <translation>Leeg laten als er niet gestemd werd</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <source>&amp;Votes:</source>
        <translation>St&amp;emming:</translation>
    </message>
    <message>
        <source>Leave the votes empty when there was no vote.</source>
        <translation>Laat de stemming leeg als er niet gestemd werd.</translation>
    </message>
</context>
<context>
    <name>DecisionsList</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <source>for / against / abstaining</source>
        <translation>voor / tegen / onthouding</translation>
    </message>
    <message>
        <source>Delete decision %1? The later decisions are renumbered.

%2</source>
        <translation>Besluit %1 verwijderen? De latere besluiten worden hernummerd.

%2</translation>
    </message>
    <message>
        <source>Decision %1 deleted</source>
        <translation>Besluit %1 verwijderd</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <source>All bodies</source>
        <translation>Alle overlegorganen</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Search decisions…</source>
        <translation>Besluiten zoeken…</translation>
    </message>
    <message>
        <source>Export decision list…</source>
        <translation>Besluitenlijst exporteren…</translation>
    </message>
    <message>
        <source>The decisions of a body in a period, as PDF or Word</source>
        <translation>De besluiten van een overlegorgaan in een periode, als PDF of Word</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <source>for – against – abstaining</source>
        <translation>voor – tegen – onthouding</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Overleg:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>%1 of 1 decision</source>
        <translation>%1 van 1 besluit</translation>
    </message>
    <message>
        <source>Export decision list</source>
        <translation>Besluitenlijst exporteren</translation>
    </message>
    <message>
        <source>Double-click a decision to open its meeting.</source>
        <translation>Dubbelklik op een besluit om de vergadering te openen.</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema’s</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation>Van – tot…</translation>
    </message>
    <message>
        <source>%1 of %2 decisions</source>
        <translation>%1 van %2 besluiten</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Uur</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Taken along to a laptop: read-only until it is brought back.</source>
        <translation>Meegenomen naar een laptop: alleen-lezen tot ze teruggebracht wordt.</translation>
    </message>
    <message>
        <source>The minutes are approved: reopen them to change these details.</source>
        <translation>Het verslag is goedgekeurd: heropen het om deze gegevens te wijzigen.</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Wijzigingen worden bewaard terwijl u typt.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Letter with the agenda, to send to the members</source>
        <translation>Brief met de agenda, om naar de leden te sturen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The items with times, presenters and attachments</source>
        <translation>De punten met tijden, toelichters en bijlagen</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>To sign in the meeting room (ESF evidence)</source>
        <translation>Om te tekenen in de vergaderzaal (bewijsstuk ESF)</translation>
    </message>
    <message>
        <source>Minutes (full)</source>
        <translation>Verslag (volledig)</translation>
    </message>
    <message>
        <source>For the members, confidential items included</source>
        <translation>Voor de leden, met de vertrouwelijke punten</translation>
    </message>
    <message>
        <source>Minutes (public)</source>
        <translation>Verslag (openbaar)</translation>
    </message>
    <message>
        <source>Without the confidential items, for publication</source>
        <translation>Zonder de vertrouwelijke punten, voor publicatie</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>The decisions taken at this meeting</source>
        <translation>De besluiten van deze vergadering</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>The actions agreed at this meeting, with owner and due date</source>
        <translation>De actiepunten van deze vergadering, met trekker en termijn</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Save the %1 as %2</source>
        <translation>%1 opslaan als %2</translation>
    </message>
    <message>
        <source>Documents of this meeting</source>
        <translation>Documenten van deze vergadering</translation>
    </message>
    <message>
        <source>Documents are in Dutch. Minutes that are not approved yet carry a CONCEPT mark. Internal notes are never exported.</source>
        <translation>Documenten zijn in het Nederlands. Een verslag dat nog niet goedgekeurd is, krijgt de vermelding CONCEPT. Interne notities worden nooit geëxporteerd.</translation>
    </message>
    <message>
        <source>Nothing is sent from here: your mail program (Outlook) opens the draft, you check it and press Send.</source>
        <translation>Van hieruit wordt niets verstuurd: uw e-mailprogramma (Outlook) opent het concept, u kijkt het na en klikt op Verzenden.</translation>
    </message>
    <message>
        <source>Invitation e-mail</source>
        <translation>E-mail met de uitnodiging</translation>
    </message>
    <message>
        <source>Draft with the letter, the attachments and the calendar invitation</source>
        <translation>Concept met de brief, de bijlagen en de kalenderuitnodiging</translation>
    </message>
    <message>
        <source>E-mail the &amp;invitation…</source>
        <translation>&amp;Uitnodiging mailen…</translation>
    </message>
    <message>
        <source>Calendar invitation (.ics)…</source>
        <translation>Kalenderuitnodiging (.ics)…</translation>
    </message>
    <message>
        <source>Minutes e-mail</source>
        <translation>E-mail met het verslag</translation>
    </message>
    <message>
        <source>Draft with the minutes (full or public) for the members</source>
        <translation>Concept met het verslag (volledig of openbaar) voor de leden</translation>
    </message>
    <message>
        <source>E-mail the &amp;minutes…</source>
        <translation>Verslag &amp;mailen…</translation>
    </message>
    <message>
        <source>Make an e-mail draft for the invited people and open it in your mail program (%1)</source>
        <translation>Een conceptmail voor de genodigden maken en openen in uw e-mailprogramma (%1)</translation>
    </message>
    <message>
        <source>Save the calendar invitation to add to a calendar or send yourself</source>
        <translation>De kalenderuitnodiging opslaan om aan een agenda toe te voegen of zelf te versturen</translation>
    </message>
    <message>
        <source>Make an e-mail draft with the minutes and open it in your mail program</source>
        <translation>Een conceptmail met het verslag maken en openen in uw e-mailprogramma</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Versturen per e-mail</translation>
    </message>
    <message>
        <source>E-mail the &amp;cancellation…</source>
        <translation>&amp;Annulering mailen…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation>Kalenderuitnodiging (*.ics)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <source>Making %1…</source>
        <translation>%1 wordt gemaakt…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Nobody is invited to this meeting yet: invite the members first (Details &amp; invitation).</source>
        <translation>Er is nog niemand uitgenodigd voor deze vergadering: nodig eerst de leden uit (Gegevens &amp; uitnodiging).</translation>
    </message>
    <message>
        <source>None of the invited people has a valid e-mail address. Fill in their addresses under Members &amp; organisations.</source>
        <translation>Geen enkele genodigde heeft een geldig e-mailadres. Vul hun adressen in onder Leden &amp; organisaties.</translation>
    </message>
    <message>
        <source>E-mail draft made: %1</source>
        <translation>Conceptmail gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The document could not be made:
%1</source>
        <translation>Het document kon niet gemaakt worden:
%1</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>In ma&amp;p tonen</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <source>Making %1…</source>
        <translation>%1 wordt gemaakt…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Overlegorgaan:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Meetings from:</source>
        <translation>Vergaderingen van:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Invitations</source>
        <translation>Uitnodigingen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>&amp;Invite the members</source>
        <translation>Leden &amp;uitnodigen</translation>
    </message>
    <message>
        <source>Adds every current member of the body; people already invited stay as they are.</source>
        <translation>Voegt alle huidige leden van het overlegorgaan toe; wie al uitgenodigd is, blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>Invite someone &amp;else…</source>
        <translation>I&amp;emand anders uitnodigen…</translation>
    </message>
    <message>
        <source>A guest or an expert who is not a member</source>
        <translation>Een gast of deskundige die geen lid is</translation>
    </message>
    <message>
        <source>&amp;Remove invitation…</source>
        <translation>Uitnodiging ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Remove the selected people from the invitations</source>
        <translation>De geselecteerde personen van de uitnodigingen verwijderen</translation>
    </message>
    <message>
        <source>E-&amp;mail the invitation…</source>
        <translation>Uitnodiging &amp;mailen…</translation>
    </message>
    <message>
        <source>Make an e-mail draft for the invited people and open it in your mail program (%1)</source>
        <translation>Een conceptmail voor de genodigden maken en openen in uw e-mailprogramma (%1)</translation>
    </message>
    <message>
        <source>Mark invitations as &amp;sent</source>
        <translation>Als ver&amp;stuurd markeren</translation>
    </message>
    <message>
        <source>When you sent the invitation another way</source>
        <translation>Als u de uitnodiging op een andere manier verstuurd hebt</translation>
    </message>
    <message>
        <source>&amp;Coming</source>
        <translation>&amp;Komt</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>Ver&amp;ontschuldigd</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>Geen &amp;antwoord</translation>
    </message>
    <message>
        <source>Substituted &amp;by…</source>
        <translation>&amp;Vervangen door…</translation>
    </message>
    <message>
        <source>Set the answer of the selected people</source>
        <translation>Het antwoord van de geselecteerde personen instellen</translation>
    </message>
    <message>
        <source>Only those who have not answered</source>
        <translation>Alleen wie nog niet geantwoord heeft</translation>
    </message>
    <message>
        <source>Answer of the selected people:</source>
        <translation>Antwoord van de geselecteerde personen:</translation>
    </message>
    <message>
        <source>substituted by %1</source>
        <translation>vervangen door %1</translation>
    </message>
    <message>
        <source>Nobody invited yet</source>
        <translation>Nog niemand uitgenodigd</translation>
    </message>
    <message>
        <source>%1 coming · %2 excused · %3 no answer</source>
        <translation>%1 komt · %2 verontschuldigd · %3 geen antwoord</translation>
    </message>
    <message>
        <source>%1 substituted</source>
        <translation>%1 vervangen</translation>
    </message>
    <message>
        <source>%1 people invited</source>
        <translation>%1 personen uitgenodigd</translation>
    </message>
    <message>
        <source>Remove the invitation of %1?</source>
        <translation>De uitnodiging van %1 verwijderen?</translation>
    </message>
    <message>
        <source>Remove the invitations of %1 people (%2)?</source>
        <translation>De uitnodigingen van %1 personen (%2) verwijderen?</translation>
    </message>
    <message>
        <source>Substituted by</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>Who comes instead of %1?</source>
        <translation>Wie komt in de plaats van %1?</translation>
    </message>
</context>
<context>
    <name>InvitePersonDialog</name>
    <message>
        <source>Invite someone else</source>
        <translation>Iemand anders uitnodigen</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Type a few letters of the name. People who are not in the list yet are added under Members &amp; organisations.</source>
        <translation>Typ enkele letters van de naam. Wie nog niet in de lijst staat, voegt u toe onder Leden &amp; organisaties.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Person or organisation</source>
        <translation>Persoon of organisatie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Left out of the public minutes and documents</source>
        <translation>Niet opgenomen in het openbare verslag en de openbare documenten</translation>
    </message>
    <message>
        <source>Notes of the discussion, as they go into the minutes</source>
        <translation>Notities van de bespreking, zoals ze in het verslag komen</translation>
    </message>
    <message>
        <source>Only for the secretariat</source>
        <translation>Alleen voor het secretariaat</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>Toe&amp;lichter</translation>
    </message>
    <message>
        <source>Planned &amp;minutes</source>
        <translation>Geplande &amp;minuten</translation>
    </message>
    <message>
        <source>Internal note of the secretariat – never exported</source>
        <translation>Interne notitie van het secretariaat – wordt nooit geëxporteerd</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>De&amp;cisions (%1)</source>
        <translation>&amp;Besluiten (%1)</translation>
    </message>
    <message>
        <source>Act&amp;ions (%1)</source>
        <translation>Actie&amp;punten (%1)</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Geen punt geselecteerd</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Punt %1</translation>
    </message>
    <message>
        <source>Confidential (via item %1)</source>
        <translation>Vertrouwelijk (via punt %1)</translation>
    </message>
</context>
<context>
    <name>LeftRoomDialog</name>
    <message>
        <source>Left the room for an item</source>
        <translation>Verliet de zaal voor een punt</translation>
    </message>
    <message>
        <source>e.g. conflict of interest (optional)</source>
        <translation>bv. belangenconflict (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Left the room for &amp;item</source>
        <translation>Verliet de zaal voor p&amp;unt</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>The minutes name this person under the item as having left the room for it.</source>
        <translation>Het verslag vermeldt bij het punt dat deze persoon de zaal verliet.</translation>
    </message>
</context>
<context>
    <name>LinkActionsDialog</name>
    <message>
        <source>Link an action</source>
        <translation>Actiepunt koppelen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search actions…</source>
        <translation>Actiepunten zoeken…</translation>
    </message>
    <message>
        <source>The open actions of this body that do not serve the objective yet.</source>
        <translation>De open actiepunten van dit overlegorgaan die nog niet aan de doelstelling bijdragen.</translation>
    </message>
    <message>
        <source>This body has no other open actions.</source>
        <translation>Dit overlegorgaan heeft geen andere open actiepunten.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Body</source>
        <translation>Overlegorgaan</translation>
    </message>
</context>
<context>
    <name>LiveAttendance</name>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>verontschuldigd</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>substituted</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>Someone arrives (present from this item)</source>
        <translation>Iemand komt binnen (aanwezig vanaf dit punt)</translation>
    </message>
    <message>
        <source>Someone leaves the meeting</source>
        <translation>Iemand verlaat de vergadering</translation>
    </message>
    <message>
        <source>Someone leaves the room for this item</source>
        <translation>Iemand verlaat de zaal voor dit punt</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>vertrokken %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>substituted by %1</source>
        <translation>vervangen door %1</translation>
    </message>
    <message>
        <source>arrived %1 (item %2)</source>
        <translation>aangekomen %1 (punt %2)</translation>
    </message>
    <message>
        <source>left %1 (after item %2)</source>
        <translation>vertrokken %1 (na punt %2)</translation>
    </message>
    <message>
        <source>%1 present · %2 excused · %3 absent</source>
        <translation>%1 aanwezig · %2 verontschuldigd · %3 afwezig</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No attendance recorded yet. Ctrl+Shift+A marks someone present.</source>
        <translation>Nog geen aanwezigheid genoteerd. Met Ctrl+Shift+A noteert u iemand als aanwezig.</translation>
    </message>
    <message>
        <source>Who: type a few letters, pick with ↓ and Enter</source>
        <translation>Wie: typ enkele letters, kies met ↓ en Enter</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Type a few letters of the name and pick the person from the list (↓ and Enter).</source>
        <translation>Typ enkele letters van de naam en kies de persoon uit de lijst (↓ en Enter).</translation>
    </message>
    <message>
        <source>Type the time as HH:mm, e.g. 09:45.</source>
        <translation>Typ het uur als uu:mm, bv. 09:45.</translation>
    </message>
</context>
<context>
    <name>LiveClock</name>
    <message>
        <source>Time on this item against its planned minutes; the meeting&apos;s running time</source>
        <translation>Tijd voor dit punt tegenover de geplande minuten; verstreken tijd van de vergadering</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Punt %1</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Vergadering %1</translation>
    </message>
</context>
<context>
    <name>LiveEntry</name>
    <message>
        <source>Enter saves · Esc goes back to the notes</source>
        <translation>Enter bewaart · Esc gaat terug naar de notities</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <source>What was decided…</source>
        <translation>Wat werd er besloten…</translation>
    </message>
    <message>
        <source>for</source>
        <translation>voor</translation>
    </message>
    <message>
        <source>against</source>
        <translation>tegen</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>onthouding</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Votes (optional)</source>
        <translation>Stemming (optioneel)</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <source>What has to be done…</source>
        <translation>Wat moet er gebeuren…</translation>
    </message>
    <message>
        <source>Who: type a few letters, pick with ↓ and Enter</source>
        <translation>Wie: typ enkele letters, kies met ↓ en Enter</translation>
    </message>
    <message>
        <source>By when: 15/1, 15 jan, volgende vrijdag</source>
        <translation>Termijn: 15/1, 15 jan, volgende vrijdag</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (F4)</source>
        <translation>De datum kiezen in een kalender (F4)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>(not a date yet)</source>
        <translation>(nog geen datum)</translation>
    </message>
    <message>
        <source>Several people or organisations match “%1”: pick one from the list (type, then ↓ and Enter).</source>
        <translation>Er passen meerdere personen of organisaties bij “%1”: kies er een uit de lijst (typ, dan ↓ en Enter).</translation>
    </message>
</context>
<context>
    <name>LiveLists</name>
    <message>
        <source>%1 for, %2 against, %3 abstaining</source>
        <translation>%1 voor, %2 tegen, %3 onthoudingen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>Besluiten (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Actiepunten (%1)</translation>
    </message>
</context>
<context>
    <name>LiveNotes</name>
    <message>
        <source>Type the notes of this item…</source>
        <translation>Typ de notities bij dit punt…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>meeting %1</source>
        <translation>vergadering %1</translation>
    </message>
    <message>
        <source>This meeting has no agenda items.</source>
        <translation>Deze vergadering heeft geen agendapunten.</translation>
    </message>
    <message>
        <source>presented by %1</source>
        <translation>toelichting door %1</translation>
    </message>
    <message>
        <source>%1 min planned</source>
        <translation>%1 min gepland</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertrouwelijk</translation>
    </message>
    <message>
        <source>done ✓</source>
        <translation>klaar ✓</translation>
    </message>
    <message>
        <source>left the room: %1</source>
        <translation>verliet de zaal: %1</translation>
    </message>
    <message>
        <source>arrived: %1</source>
        <translation>binnengekomen: %1</translation>
    </message>
    <message>
        <source>Save this first (Enter) or discard it (Esc).</source>
        <translation>Bewaar dit eerst (Enter) of verwerp het (Esc).</translation>
    </message>
    <message>
        <source>Everyone&apos;s attendance is recorded.</source>
        <translation>Ieders aanwezigheid is geregistreerd.</translation>
    </message>
    <message>
        <source>Close the meeting now? The end time is set to now and the minutes draft is ready to export.</source>
        <translation>De vergadering nu afsluiten? Het einduur wordt op nu gezet en het conceptverslag is klaar om te exporteren.</translation>
    </message>
    <message>
        <source>The notes could not be saved; the meeting stays open.

%1</source>
        <translation>De notities konden niet bewaard worden; de vergadering blijft open.

%1</translation>
    </message>
</context>
<context>
    <name>MailConfirmDialog</name>
    <message>
        <source>E-mail the minutes</source>
        <translation>Verslag mailen</translation>
    </message>
    <message>
        <source>E-mail the cancellation</source>
        <translation>Annulering mailen</translation>
    </message>
    <message>
        <source>E-mail the invitation</source>
        <translation>Uitnodiging mailen</translation>
    </message>
    <message>
        <source>These members will not receive the e-mail:</source>
        <translation>Deze leden krijgen de e-mail niet:</translation>
    </message>
    <message>
        <source>Fill in their address under Members &amp; organisations, or send them the documents another way.</source>
        <translation>Vul hun adres in onder Leden &amp; organisaties, of bezorg hen de documenten op een andere manier.</translation>
    </message>
    <message>
        <source>Every invited person has an e-mail address.</source>
        <translation>Alle genodigden hebben een e-mailadres.</translation>
    </message>
    <message>
        <source>in Bcc</source>
        <translation>in Bcc</translation>
    </message>
    <message>
        <source>in To</source>
        <translation>in Aan</translation>
    </message>
    <message>
        <source>The e-mail goes to %1 people (%2).</source>
        <translation>De e-mail gaat naar %1 personen (%2).</translation>
    </message>
    <message>
        <source>&amp;Full minutes, confidential items included</source>
        <translation>&amp;Volledig verslag, met de vertrouwelijke punten</translation>
    </message>
    <message>
        <source>&amp;Public minutes, without the confidential items</source>
        <translation>&amp;Openbaar verslag, zonder de vertrouwelijke punten</translation>
    </message>
    <message>
        <source>Your mail program opens the draft; check it and press Send. Today&apos;s date is recorded as the sent date of these invitations.</source>
        <translation>Uw e-mailprogramma opent het concept; kijk het na en klik op Verzenden. De datum van vandaag wordt genoteerd als verzenddatum van deze uitnodigingen.</translation>
    </message>
    <message>
        <source>Your mail program opens the draft; check it and press Send.</source>
        <translation>Uw e-mailprogramma opent het concept; kijk het na en klik op Verzenden.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>Members &amp; organisations</source>
        <translation>Leden &amp; organisaties</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>&amp;Reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Spitsregio Desktop</source>
        <translation>&amp;Over Spitsregio Desktop</translation>
    </message>
    <message>
        <source>Why is it reopened?</source>
        <translation>Waarom wordt ze heropend?</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Reservekopie bewaard: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>De reservekopie is mislukt: %1</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Reservekopie wordt gemaakt…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Er zijn nog geen reservekopieën.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current state is kept as a backup too.</source>
        <translation>Kies de reservekopie die u wilt terugzetten. De huidige toestand wordt ook als reservekopie bewaard.</translation>
    </message>
    <message>
        <source>This backup holds:
%1

Replace the current database with it?</source>
        <translation>Deze reservekopie bevat:
%1

De huidige database erdoor vervangen?</translation>
    </message>
    <message>
        <source>Backup restored: %1</source>
        <translation>Reservekopie teruggezet: %1</translation>
    </message>
    <message>
        <source>%1 %2

Meeting secretariat for the Burgemeestersoverleg Oost-Brabant and the Taskforce Spitsregio Leuven.

Database: %3</source>
        <translation>%1 %2

Vergadersecretariaat voor het Burgemeestersoverleg Oost-Brabant en de Taskforce Spitsregio Leuven.

Database: %3</translation>
    </message>
    <message>
        <source>Some text could not be saved (see the message in the window). Close anyway?</source>
        <translation>Sommige tekst kon niet bewaard worden (zie de melding in het venster). Toch afsluiten?</translation>
    </message>
</context>
<context>
    <name>MeetingScreen</name>
    <message>
        <source>← All meetings</source>
        <translation>← Alle vergaderingen</translation>
    </message>
    <message>
        <source>Back to the list of meetings (%1)</source>
        <translation>Terug naar de lijst met vergaderingen (%1)</translation>
    </message>
    <message>
        <source>Start &amp;live minutes</source>
        <translation>&amp;Live notuleren</translation>
    </message>
    <message>
        <source>Take the minutes during the meeting (%1)</source>
        <translation>Notuleren tijdens de vergadering (%1)</translation>
    </message>
    <message>
        <source>&amp;Details &amp;&amp; invitation</source>
        <translation>&amp;Gegevens &amp;&amp; uitnodiging</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Age&amp;nda</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Aan&amp;wezigheid</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Verslag</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <source>meeting %1</source>
        <translation>vergadering %1</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>taken away by %1</source>
        <translation>meegenomen door %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Overlegorgaan</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komende</translation>
    </message>
    <message>
        <source>Search in the list…</source>
        <translation>Zoeken in de lijst…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuwe vergadering…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Start &amp;live minutes</source>
        <translation>&amp;Live notuleren</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting…</source>
        <translation>Vergadering &amp;annuleren…</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alle overlegorganen</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>%1 vergaderingen</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 vergadering</translation>
    </message>
    <message>
        <source>%1 of %2 meetings</source>
        <translation>%1 van %2 vergaderingen</translation>
    </message>
    <message>
        <source>%1 of 1 meeting</source>
        <translation>%1 van 1 vergadering</translation>
    </message>
    <message>
        <source>Meeting planned</source>
        <translation>Vergadering gepland</translation>
    </message>
    <message>
        <source>Cancel meeting %1 of %2 on %3?

It stays in the list as cancelled.</source>
        <translation>Vergadering %1 van %2 op %3 annuleren?

Ze blijft in de lijst staan als geannuleerd.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Lid bewerken</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>This is an unnamed seat: type the name of the person who holds it.</source>
        <translation>Dit is een zetel zonder naam: typ de naam van de persoon die hem inneemt.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Member of a body</source>
        <translation>Lid van een overlegorgaan</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Overlegorgaan:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Substitute:</source>
        <translation>Plaatsvervanger:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Tot:</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>niet geïmporteerd</translation>
    </message>
    <message>
        <source>Import a member list</source>
        <translation>Ledenlijst importeren</translation>
    </message>
    <message>
        <source>A CSV or Excel file (.csv, .xlsx) with a header row</source>
        <translation>Een CSV- of Excelbestand (.csv, .xlsx) met een kopregel</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>From the file (column &apos;overlegorgaan&apos;)</source>
        <translation>Uit het bestand (kolom &apos;overlegorgaan&apos;)</translation>
    </message>
    <message>
        <source>Recognised columns: naam, organisatie, functie, e-mail, telefoon, rol (voorzitter, lid, secretaris, deskundige, waarnemer), plaatsvervanger, overlegorgaan. Existing persons are matched by name and organisation.</source>
        <translation>Herkende kolommen: naam, organisatie, functie, e-mail, telefoon, rol (voorzitter, lid, secretaris, deskundige, waarnemer), plaatsvervanger, overlegorgaan. Bestaande personen worden herkend aan naam en organisatie.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Problems per line appear here.</source>
        <translation>Problemen per regel verschijnen hier.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Overlegorgaan:</translation>
    </message>
    <message>
        <source>Choose a member list</source>
        <translation>Kies een ledenlijst</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Ledenlijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 to update, %4 unchanged.</source>
        <translation>%1 regels: %2 nieuw, %3 bij te werken, %4 ongewijzigd.</translation>
    </message>
    <message>
        <source>%1 rows have errors: nothing is imported until the file is corrected.</source>
        <translation>%1 regels bevatten fouten: er wordt niets geïmporteerd tot het bestand verbeterd is.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Genegeerde kolommen: %1.</translation>
    </message>
    <message>
        <source>Member list imported: %1 new, %2 updated.</source>
        <translation>Ledenlijst geïmporteerd: %1 nieuw, %2 bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>All bodies</source>
        <translation>Alle overlegorganen</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Inactieve tonen</translation>
    </message>
    <message>
        <source>Search name, organisation, e-mail…</source>
        <translation>Zoeken op naam, organisatie, e-mail…</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>Nieuw lid…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>End membership…</source>
        <translation>Lidmaatschap beëindigen…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Lijst importeren…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Plaatsvervanger</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Overlegorgaan:</translation>
    </message>
    <message>
        <source>Names in italics are seats without a name yet: double-click to fill in the person.</source>
        <translation>Namen in cursief zijn zetels zonder naam: dubbelklik om de persoon in te vullen.</translation>
    </message>
    <message>
        <source>1 membership</source>
        <translation>1 lidmaatschap</translation>
    </message>
    <message>
        <source>%1 memberships</source>
        <translation>%1 lidmaatschappen</translation>
    </message>
    <message>
        <source>End the membership of %1 in %2? Today is the last day: from tomorrow %1 is no longer invited. Past meetings keep their attendance.</source>
        <translation>Het lidmaatschap van %1 in %2 beëindigen? Vandaag is de laatste dag: vanaf morgen wordt %1 niet meer uitgenodigd. Voorbije vergaderingen behouden hun aanwezigheden.</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>These minutes are approved and frozen: the agenda, notes, decisions, actions and attendance can no longer be changed. Reopen them to make a correction; the reopening is recorded.</source>
        <translation>Dit verslag is goedgekeurd en vergrendeld: de agenda, notities, besluiten, actiepunten en aanwezigheden kunnen niet meer gewijzigd worden. Heropen het om een verbetering aan te brengen; de heropening wordt vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>Vergadering &amp;afsluiten…</translation>
    </message>
    <message>
        <source>Record the end time; the minutes draft begins.</source>
        <translation>Het einduur noteren; het conceptverslag begint.</translation>
    </message>
    <message>
        <source>Mark as &amp;sent for remarks</source>
        <translation>Als ver&amp;stuurd voor opmerkingen markeren</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Goed&amp;keuren…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Heropenen…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>(someone else)</source>
        <translation>(iemand anders)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verwerkt</translation>
    </message>
    <message>
        <source>Add a &amp;remark…</source>
        <translation>Opmerking &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Tick a remark once it is worked into the minutes; minutes are approved when every remark is.</source>
        <translation>Vink een opmerking aan zodra ze in het verslag verwerkt is; het verslag kan goedgekeurd worden als alle opmerkingen verwerkt zijn.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Remarks of the members</source>
        <translation>Opmerkingen van de leden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1 (version %2)</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; %1 (versie %2)</translation>
    </message>
    <message>
        <source>sent for remarks on %1</source>
        <translation>verstuurd voor opmerkingen op %1</translation>
    </message>
    <message>
        <source>approved on %1</source>
        <translation>goedgekeurd op %1</translation>
    </message>
    <message>
        <source>at meeting %1 of %2</source>
        <translation>op vergadering %1 van %2</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent again</source>
        <translation>Opnieuw als ver&amp;stuurd markeren</translation>
    </message>
    <message>
        <source>%1 remark(s) still to process</source>
        <translation>nog %1 opmerking(en) te verwerken</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Vergadering afsluiten</translation>
    </message>
    <message>
        <source>The meeting ended at</source>
        <translation>De vergadering eindigde om</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Verslag heropenen</translation>
    </message>
    <message>
        <source>Why are the approved minutes reopened? (recorded with the minutes)</source>
        <translation>Waarom wordt het goedgekeurde verslag heropend? (wordt bij het verslag vastgelegd)</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <source>Arrives late</source>
        <translation>Komt later</translation>
    </message>
    <message>
        <source>Leaves early</source>
        <translation>Vertrekt eerder</translation>
    </message>
    <message>
        <source>(no item)</source>
        <translation>(geen punt)</translation>
    </message>
    <message>
        <source>Present from item</source>
        <translation>Aanwezig vanaf punt</translation>
    </message>
    <message>
        <source>Left after item</source>
        <translation>Vertrokken na punt</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Om</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <source>Optional: the body&apos;s name and the number</source>
        <translation>Optioneel: de naam van het overlegorgaan en het nummer</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Overlegorgaan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Einde</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>The usual agenda items of the body are added; items adjourned at an earlier meeting come back.</source>
        <translation>De vaste agendapunten van het overlegorgaan worden toegevoegd; punten die op een vorige vergadering verdaagd werden, komen terug.</translation>
    </message>
    <message>
        <source>Plan the meeting</source>
        <translation>Vergadering plannen</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Edit objective</source>
        <translation>Doelstelling bewerken</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nieuwe doelstelling</translation>
    </message>
    <message>
        <source>What is measured, e.g. unemployment rate</source>
        <translation>Wat er gemeten wordt, bv. werkloosheidsgraad</translation>
    </message>
    <message>
        <source>e.g. %, minutes, jobs</source>
        <translation>bv. %, minuten, banen</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Overlegorgaan:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Eenheid:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Beginwaarde:</translation>
    </message>
    <message>
        <source>Baseline date:</source>
        <translation>Datum beginwaarde:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Streefwaarde:</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Streefdatum:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
</context>
<context>
    <name>ObjectivesView</name>
    <message>
        <source>All bodies</source>
        <translation>Alle overlegorganen</translation>
    </message>
    <message>
        <source>Search objectives…</source>
        <translation>Doelstellingen zoeken…</translation>
    </message>
    <message>
        <source>&amp;New objective…</source>
        <translation>&amp;Nieuwe doelstelling…</translation>
    </message>
    <message>
        <source>Export progress report (PDF)…</source>
        <translation>Voortgangsrapport exporteren (PDF)…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <source>Progress: the share of the way from baseline to target. Reached targets are green.</source>
        <translation>Vordering: het deel van de weg van beginwaarde naar streefwaarde. Bereikte streefwaarden zijn groen.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Add value…</source>
        <translation>&amp;Waarde toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Link an action…</source>
        <translation>Actiepunt &amp;koppelen…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>Measured values</source>
        <translation>Gemeten waarden</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>1 objective · %2 need attention</source>
        <translation>1 doelstelling · %2 vragen aandacht</translation>
    </message>
    <message>
        <source>%1 objectives · %2 need attention</source>
        <translation>%1 doelstellingen · %2 vragen aandacht</translation>
    </message>
    <message>
        <source>No objective selected</source>
        <translation>Geen doelstelling geselecteerd</translation>
    </message>
    <message>
        <source>Choose an objective in the list, or make a new one.</source>
        <translation>Kies een doelstelling in de lijst, of maak een nieuwe.</translation>
    </message>
    <message>
        <source>Measured values (%1)</source>
        <translation>Gemeten waarden (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>Actiepunten (%1)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 naar %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>tegen %1</translation>
    </message>
    <message>
        <source>%1 of the way</source>
        <translation>%1 van de weg</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>geen actiepunt</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>nog niet gemeten</translation>
    </message>
    <message>
        <source>no value for 12 months</source>
        <translation>geen waarde in 12 maanden</translation>
    </message>
    <message>
        <source>Target date: %1</source>
        <translation>Streefdatum: %1</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Doelstelling verwijderen</translation>
    </message>
    <message>
        <source>Delete the objective “%1” with its %2 measured values? Its actions stay, no longer linked.</source>
        <translation>De doelstelling “%1” met haar %2 gemeten waarden verwijderen? De actiepunten blijven bestaan, maar zijn niet meer gekoppeld.</translation>
    </message>
    <message>
        <source>Delete measured value</source>
        <translation>Gemeten waarde verwijderen</translation>
    </message>
    <message>
        <source>Delete the value %1 measured on %2?</source>
        <translation>De waarde %1, gemeten op %2, verwijderen?</translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation>Voortgangsrapport exporteren</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Overlegorgaan:</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Nog niet gemeten</translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation>Gemeten op %1</translation>
    </message>
</context>
<context>
    <name>OffsiteBackups</name>
    <message>
        <source>Backup copied off this laptop: %1</source>
        <translation>Reservekopie buiten deze laptop bewaard: %1</translation>
    </message>
    <message>
        <source>The copy off this laptop failed: %1</source>
        <translation>De reservekopie buiten deze laptop is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>It could not be done:
%1</source>
        <translation>Dit kon niet worden uitgevoerd:
%1</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Afkorting:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
</context>
<context>
    <name>OrganisationsTab</name>
    <message>
        <source>Search organisations…</source>
        <translation>Organisaties zoeken…</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>Nieuwe organisatie…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Afkorting</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>OutcomeList</name>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Aanpassen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone the action</source>
        <translation>Actiepunt uitstellen</translation>
    </message>
    <message>
        <source>Why it takes longer (optional)</source>
        <translation>Waarom het langer duurt (optioneel)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Due now:</source>
        <translation>Huidige termijn:</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Nieuwe termijn:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Select an objective to see its progress.</source>
        <translation>Selecteer een doelstelling om de vordering te zien.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign the action</source>
        <translation>Actiepunt aan een andere trekker geven</translation>
    </message>
    <message>
        <source>Type a few letters, pick with ↓ and Enter</source>
        <translation>Typ enkele letters, kies met ↓ en Enter</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>New owner:</source>
        <translation>Nieuwe trekker:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Several match: pick one from the list</source>
        <translation>Meerdere mogelijkheden: kies er een uit de lijst</translation>
    </message>
    <message>
        <source>No person or organisation matches yet</source>
        <translation>Nog geen persoon of organisatie gevonden</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Roll call: who is here?</source>
        <translation>Aanwezigheden: wie is er?</translation>
    </message>
    <message>
        <source>A present · V excused · F absent · S substituted by… · ↑/↓ move · Backspace undo · Enter or Esc: done</source>
        <translation>A aanwezig · V verontschuldigd · F afwezig · S vervangen door… · ↑/↓ verder · Backspace ongedaan · Enter of Esc: klaar</translation>
    </message>
    <message>
        <source>Invitees not recorded yet</source>
        <translation>Genodigden nog niet geregistreerd</translation>
    </message>
    <message>
        <source>Substituted by</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>Who comes instead: a name, ↓ and Enter to pick</source>
        <translation>Wie komt in de plaats: een naam, ↓ en Enter om te kiezen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
    <message>
        <source>answered: %1</source>
        <translation>antwoord: %1</translation>
    </message>
    <message>
        <source>substituted by %1</source>
        <translation>vervangen door %1</translation>
    </message>
    <message>
        <source>Type who comes instead, or Esc to go back.</source>
        <translation>Typ wie in de plaats komt, of Esc om terug te gaan.</translation>
    </message>
    <message>
        <source>Not recorded yet: the attendance of %1 invitee(s). Finish the roll call before closing the meeting?</source>
        <translation>Nog niet geregistreerd: de aanwezigheid van %1 genodigde(n). Eerst de aanwezigheden afwerken voor u de vergadering sluit?</translation>
    </message>
    <message>
        <source>Open the roll call</source>
        <translation>Aanwezigheden afwerken</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Toch sluiten</translation>
    </message>
</context>
<context>
    <name>SearchCombo</name>
    <message>
        <source>Type a few letters…</source>
        <translation>Typ enkele letters…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search agenda items, notes, decisions, actions and attachments…</source>
        <translation>Zoeken in agendapunten, notities, besluiten, actiepunten en bijlagen…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Type a few letters of each word. Enter or double-click opens the meeting at that agenda item.</source>
        <translation>Typ enkele letters van elk woord. Enter of dubbelklikken opent de vergadering bij dat agendapunt.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Niets gevonden voor “%1”</translation>
    </message>
    <message>
        <source>The best %1 results</source>
        <translation>De %1 beste resultaten</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 resultaten</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen bewaard</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>Wijzigingen worden automatisch bewaard.</translation>
    </message>
    <message>
        <source>Secretariat (letterhead of every document)</source>
        <translation>Secretariaat (briefhoofd van elk document)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>New meetings</source>
        <translation>Nieuwe vergaderingen</translation>
    </message>
    <message>
        <source>Default place:</source>
        <translation>Standaardplaats:</translation>
    </message>
    <message>
        <source>Default start:</source>
        <translation>Standaard beginuur:</translation>
    </message>
    <message>
        <source>Default end:</source>
        <translation>Standaard einduur:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>The new language is used after restarting the program. Documents are always in Dutch.</source>
        <translation>De nieuwe taal wordt gebruikt nadat u het programma opnieuw start. Documenten zijn altijd in het Nederlands.</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> reservekopieën</translation>
    </message>
    <message>
        <source>Automatic backups to keep:</source>
        <translation>Te bewaren reservekopieën:</translation>
    </message>
    <message>
        <source>E-mail to members</source>
        <translation>E-mail aan de leden</translation>
    </message>
    <message>
        <source>Put the recipients in Bcc</source>
        <translation>De ontvangers in Bcc zetten</translation>
    </message>
    <message>
        <source>Attach the minutes as Word (DOCX) too</source>
        <translation>Het verslag ook als Word-bestand (DOCX) bijvoegen</translation>
    </message>
    <message>
        <source>Invitation subject:</source>
        <translation>Onderwerp uitnodiging:</translation>
    </message>
    <message>
        <source>Invitation text:</source>
        <translation>Tekst uitnodiging:</translation>
    </message>
    <message>
        <source>Minutes subject:</source>
        <translation>Onderwerp verslag:</translation>
    </message>
    <message>
        <source>Minutes text:</source>
        <translation>Tekst verslag:</translation>
    </message>
    <message>
        <source>In subjects and texts these words are filled in: {body} the body&apos;s name, {datum} the date of the meeting, {uur} its start time, {plaats} the place, {secretariaat} the secretariat&apos;s name.</source>
        <translation>In onderwerpen en teksten worden deze woorden ingevuld: {body} de naam van het overlegorgaan, {datum} de datum van de vergadering, {uur} het beginuur, {plaats} de plaats, {secretariaat} de naam van het secretariaat.</translation>
    </message>
    <message>
        <source>Not saved: see the message in red</source>
        <translation>Niet bewaard: zie de melding in het rood</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Kies het logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Live minutes</source>
        <translation>Live notuleren</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>De sneltoetsen tonen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Go to meetings</source>
        <translation>Naar vergaderingen</translation>
    </message>
    <message>
        <source>Go to members</source>
        <translation>Naar leden</translation>
    </message>
    <message>
        <source>Go to actions</source>
        <translation>Naar actiepunten</translation>
    </message>
    <message>
        <source>Go to decisions</source>
        <translation>Naar besluiten</translation>
    </message>
    <message>
        <source>Go to objectives</source>
        <translation>Naar doelstellingen</translation>
    </message>
    <message>
        <source>Go to attendance statistics</source>
        <translation>Naar aanwezigheidscijfers</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Nu een reservekopie maken</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <source>Open the selected meeting</source>
        <translation>De geselecteerde vergadering openen</translation>
    </message>
    <message>
        <source>Start live minute-taking</source>
        <translation>Live notuleren starten</translation>
    </message>
    <message>
        <source>Export a document</source>
        <translation>Een document exporteren</translation>
    </message>
    <message>
        <source>E-mail the invitation</source>
        <translation>De uitnodiging mailen</translation>
    </message>
    <message>
        <source>Back to all meetings</source>
        <translation>Terug naar alle vergaderingen</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <source>New sub-item</source>
        <translation>Nieuw subpunt</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Het punt omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Het punt omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Make it a sub-item</source>
        <translation>Er een subpunt van maken</translation>
    </message>
    <message>
        <source>Make it a main item</source>
        <translation>Er een hoofdpunt van maken</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Het punt verwijderen</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Volgend agendapunt</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Vorig agendapunt</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuw actiepunt</translation>
    </message>
    <message>
        <source>Roll call: who is here</source>
        <translation>Aanwezigheden: wie is er</translation>
    </message>
    <message>
        <source>Someone arrives (late)</source>
        <translation>Iemand komt (later) binnen</translation>
    </message>
    <message>
        <source>Someone leaves</source>
        <translation>Iemand vertrekt</translation>
    </message>
    <message>
        <source>Someone leaves the room for this item</source>
        <translation>Iemand verlaat de zaal voor dit punt</translation>
    </message>
    <message>
        <source>Mark the item done</source>
        <translation>Het punt als klaar markeren</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>De vergadering afsluiten</translation>
    </message>
</context>
<context>
    <name>Spellcheck</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(geen suggesties)</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Toevoegen aan woordenlijst</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Edit measured value</source>
        <translation>Gemeten waarde bewerken</translation>
    </message>
    <message>
        <source>New measured value</source>
        <translation>Nieuwe gemeten waarde</translation>
    </message>
    <message>
        <source>Source or remark (optional)</source>
        <translation>Bron of opmerking (optioneel)</translation>
    </message>
    <message>
        <source>Measured on:</source>
        <translation>Gemeten op:</translation>
    </message>
    <message>
        <source>Value (%1):</source>
        <translation>Waarde (%1):</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Waarde:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome. Three first steps:</source>
        <translation>Welkom. Drie eerste stappen:</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Instellingen openen</translation>
    </message>
    <message>
        <source>Open Members</source>
        <translation>Leden openen</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nieuwe vergadering…</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>uitgenodigd</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>minutes in draft</source>
        <translation>conceptverslag</translation>
    </message>
    <message>
        <source>minutes approved</source>
        <translation>verslag goedgekeurd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>komt</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>verontschuldigd</translation>
    </message>
    <message>
        <source>substituted by…</source>
        <translation>vervangen door…</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>substituted</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretaris</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>deskundige</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>waarnemer</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>sent for remarks</source>
        <translation>verstuurd voor opmerkingen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>lopend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>trade union</source>
        <translation>vakbond</translation>
    </message>
    <message>
        <source>employers&apos; organisation</source>
        <translation>werkgeversorganisatie</translation>
    </message>
    <message>
        <source>province</source>
        <translation>provincie</translation>
    </message>
    <message>
        <source>expert body</source>
        <translation>deskundige instantie</translation>
    </message>
    <message>
        <source>intermunicipal company</source>
        <translation>intercommunale</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secretariaat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
</TS>
