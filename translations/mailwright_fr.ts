<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthPage</name>
    <message>
        <location filename="../ui/AuthPage.ui" line="+16"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP authentication method</source>
        <translation>Méthode d’authentification SMTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP login name</source>
        <translation>Identifiant SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>often the full e-mail address</source>
        <translation>souvent l’adresse e-mail complète</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passwords stored &amp;in:</source>
        <translation>Mots de passe enregistrés &amp;dans :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where passwords are stored</source>
        <translation>Où les mots de passe sont enregistrés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password &amp;file:</source>
        <translation>&amp;Fichier de mots de passe :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password file</source>
        <translation>Fichier de mots de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file only you can read (mode 0600)</source>
        <translation>un fichier que vous seul pouvez lire (mode 0600)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose password file</source>
        <translation>Choisir le fichier de mots de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>POP before SMTP logs in to the POP3 server of the POP3 tab, then sends without an SMTP login.</source>
        <translation>POP avant SMTP se connecte au serveur POP3 de l’onglet POP3, puis envoie sans authentification SMTP.</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <location filename="../ui/CopiesPage.ui" line="+16"/>
        <source>Copy &amp;all e-mails to:</source>
        <translation>Copier &amp;tous les e-mails à :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy all e-mails to</source>
        <translation>Copier tous les e-mails à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: receives a copy of every message</source>
        <translation>facultatif : reçoit une copie de chaque message</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy all &amp;errors to:</source>
        <translation>Copier toutes les &amp;erreurs à :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy all errors to</source>
        <translation>Copier toutes les erreurs à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: e.g. the technician on call</source>
        <translation>facultatif : p. ex. le technicien d’astreinte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Co&amp;nsole jobs to:</source>
        <translation>Tâches de co&amp;nsole à :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Console jobs to</source>
        <translation>Tâches de console à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: messages of jobs run from the console</source>
        <translation>facultatif : messages des tâches lancées depuis la console</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Permitted recipients:</source>
        <translation>Destinataires &amp;autorisés :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permitted recipients</source>
        <translation>Destinataires autorisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: everyone.  e.g. ops@example.com, @example.com</source>
        <translation>vide : tout le monde.  p. ex. ops@example.com, @example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Separate permitted addresses with commas; &quot;@example.com&quot; permits a whole domain.</source>
        <translation>Séparez les adresses autorisées par des virgules ; « @example.com » autorise tout un domaine.</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <location filename="../ui/DeliveryPage.ui" line="+16"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery method</source>
        <translation>Méthode de remise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Pickup folder:</source>
        <translation>Dossier de &amp;dépôt :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pickup folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local mail server&apos;s pickup folder</source>
        <translation>le dossier de dépôt du serveur de messagerie local</translation>
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
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Choose pickup folder</source>
        <translation>Choisir le dossier de dépôt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Queue folder:</source>
        <translation>Dossier de la &amp;file d’attente :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Queue folder</source>
        <translation>Dossier de la file d’attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the per-user data folder</source>
        <translation>vide : le dossier de données de l’utilisateur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose queue folder</source>
        <translation>Choisir le dossier de la file d’attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Retry every:</source>
        <translation>&amp;Réessayer toutes les :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry interval in seconds</source>
        <translation>Intervalle entre les tentatives en secondes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messages that cannot be sent wait in the queue folder and are retried one by one.</source>
        <translation>Les messages qui ne peuvent pas être envoyés attendent dans le dossier de file d’attente et sont réessayés un par un.</translation>
    </message>
</context>
<context>
    <name>MailboxesPage</name>
    <message>
        <location filename="../ui/MailboxesPage.ui" line="+16"/>
        <source>&amp;From address:</source>
        <translation>Adresse de l’&amp;expéditeur :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From &amp;name:</source>
        <translation>&amp;Nom de l’expéditeur :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Backup server</source>
        <translation>p. ex. serveur de sauvegarde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System n&amp;otification mailbox:</source>
        <translation>B&amp;oîte de notification du système :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System notification mailbox</source>
        <translation>Boîte de notification du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receives system alerts and the Send Test message</source>
        <translation>reçoit les alertes système et le message de test</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Bounced-alerts mailbox:</source>
        <translation>&amp;Boîte des alertes non distribuées :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bounced-alerts mailbox</source>
        <translation>Boîte des alertes non distribuées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receives bounces; empty: the From address</source>
        <translation>reçoit les rebonds ; vide : l’adresse de l’expéditeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Debug log file:</source>
        <translation>Fichier du journal de &amp;débogage :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Debug log file</source>
        <translation>Fichier du journal de débogage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: every session appends its transcript (passwords hidden)</source>
        <translation>facultatif : chaque session y ajoute sa transcription (mots de passe masqués)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose debug log file</source>
        <translation>Choisir le fichier du journal de débogage</translation>
    </message>
</context>
<context>
    <name>Pop3Page</name>
    <message>
        <location filename="../ui/Pop3Page.ui" line="+16"/>
        <source>&amp;Enable POP3 (checked periodically; also used by POP before SMTP)</source>
        <translation>&amp;Activer POP3 (vérifié régulièrement ; sert aussi au POP avant SMTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable POP3</source>
        <translation>Activer POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 ser&amp;ver:</source>
        <translation>Ser&amp;veur POP3 :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 server</source>
        <translation>Serveur POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pop.example.com  or  pop.example.com,995</source>
        <translation>pop.example.com  ou  pop.example.com,995</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 port</source>
        <translation>Port POP3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Securit&amp;y:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 connection security</source>
        <translation>Sécurité de la connexion POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode de connexion :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 sign-in method</source>
        <translation>Méthode de connexion POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 login name</source>
        <translation>Identifiant POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>often the full e-mail address</source>
        <translation>souvent l’adresse e-mail complète</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 password</source>
        <translation>Mot de passe POP3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check &amp;interval:</source>
        <translation>&amp;Intervalle de vérification :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 check interval in minutes</source>
        <translation>Intervalle de vérification POP3 en minutes</translation>
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
        <translation>Fenêtre de &amp;relais :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP before SMTP relay window in minutes</source>
        <translation>Fenêtre de relais du POP avant SMTP en minutes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 timeout per step in seconds</source>
        <translation>Délai POP3 par étape en secondes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s per step</source>
        <translation> s par étape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted &amp;CA file:</source>
        <translation>Fichier d’&amp;AC de confiance :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>POP3 trusted CA certificates file</source>
        <translation>Fichier des certificats d’AC de confiance POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PEM file of extra trusted certificates</source>
        <translation>facultatif : fichier PEM de certificats de confiance supplémentaires</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose POP3 trusted CA certificates file</source>
        <translation>Choisir le fichier des certificats d’AC de confiance POP3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This account receives the &amp;bounced-alerts mailbox: read its delivery reports at every check</source>
        <translation>Ce compte reçoit la boîte des alertes &amp;non distribuées : lire ses rapports de remise à chaque vérification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch the bounced-alerts mailbox</source>
        <translation>Surveiller la boîte des alertes non distribuées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete each delivery report from the server once it is recorded</source>
        <translation>&amp;Supprimer chaque rapport de remise du serveur une fois enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete recorded delivery reports</source>
        <translation>Supprimer les rapports de remise enregistrés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bounced alerts</source>
        <translation>Alertes non distribuées</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Trusted certi&amp;ficate:</source>
        <translation>Certi&amp;ficat de confiance :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 trusted certificate fingerprint</source>
        <translation>Empreinte du certificat de confiance POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: SHA-256 fingerprint of one certificate you trust</source>
        <translation>facultatif : empreinte SHA-256 d’un certificat de confiance</translation>
    </message>
</context>
<context>
    <name>RemoteStatusPage</name>
    <message>
        <location filename="../ui/RemoteStatusPage.ui" line="+24"/>
        <source>Status requests and alerts</source>
        <translation>Demandes d’état et alertes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remote status</source>
        <translation>État à distance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answ&amp;er status requests sent by e-mail to the POP3 mailbox</source>
        <translation>&amp;Répondre aux demandes d’état envoyées par e-mail à la boîte POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer status requests</source>
        <translation>Répondre aux demandes d’état</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status requests are read from the POP3 mailbox: enable POP3 on the POP3 tab first.</source>
        <translation>Les demandes d’état sont lues dans la boîte POP3 : activez d’abord POP3 dans l’onglet POP3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status requests need POP3</source>
        <translation>Les demandes d’état nécessitent POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status &amp;recipients:</source>
        <translation>Destinataires de l’é&amp;tat :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status recipients</source>
        <translation>Destinataires de l’état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses allowed to request the status; the answer goes to them. All empty: any sender.</source>
        <translation>Adresses autorisées à demander l’état ; la réponse leur est envoyée. Toutes vides : n’importe quel expéditeur.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add address</source>
        <translation>&amp;Ajouter une adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a status recipient</source>
        <translation>Ajouter un destinataire de l’état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another address allowed to request the status</source>
        <translation>Une autre adresse autorisée à demander l’état</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read-only pa&amp;ssword:</source>
        <translation>Mot de pa&amp;sse en lecture seule :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read-only password</source>
        <translation>Mot de passe en lecture seule</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the read-only password</source>
        <translation>Effacer le mot de passe en lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the stored read-only password now: every status request is refused until a new one is saved</source>
        <translation>Supprimer maintenant le mot de passe en lecture seule enregistré : toute demande d’état est refusée jusqu’à l’enregistrement d’un nouveau</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Read-only password state</source>
        <translation>État du mot de passe en lecture seule</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trusted authserv-&amp;id:</source>
        <translation>authserv-&amp;id de confiance :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trusted authserv-id</source>
        <translation>authserv-id de confiance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: the receiving server in Authentication-Results, e.g. mx.example.com</source>
        <translation>facultatif : le serveur de réception dans Authentication-Results, p. ex. mx.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Request format:</source>
        <translation>Format de la demande :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request format</source>
        <translation>Format de la demande</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Co&amp;py example request</source>
        <translation>&amp;Copier un exemple de demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy an example status request</source>
        <translation>Copier un exemple de demande d’état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the example request to the clipboard (without any password)</source>
        <translation>Copie l’exemple de demande dans le presse-papiers (sans aucun mot de passe)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last requests:</source>
        <translation>Dernières demandes :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last status requests</source>
        <translation>Dernières demandes d’état</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last status requests, newest first</source>
        <translation>Dernières demandes d’état, les plus récentes en premier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh &amp;list</source>
        <translation>Actualiser la &amp;liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the last status requests</source>
        <translation>Actualiser les dernières demandes d’état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the list of processed status requests again</source>
        <translation>Relire la liste des demandes d’état traitées</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send &amp;notices about failing mail to the notification mailbox</source>
        <translation>Envoyer des avis sur le courrier en éc&amp;hec à la boîte de notification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send notices about failing mail</source>
        <translation>Envoyer des avis sur le courrier en échec</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notice when:</source>
        <translation>Envoyer un avis quand :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a message is &amp;dead-lettered</source>
        <translation>u&amp;n message est mis en lettres mortes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when a message is dead-lettered</source>
        <translation>Avis quand un message est mis en lettres mortes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the &amp;queue is held (login refused, sign-in required, storage)</source>
        <translation>la &amp;file d’attente est suspendue (authentification refusée, connexion requise, stockage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when the queue is held</source>
        <translation>Avis quand la file d’attente est suspendue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a server certificate e&amp;xpires soon or changes</source>
        <translation>un certificat de serveur e&amp;xpire bientôt ou change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when a server certificate expires soon or changes</source>
        <translation>Avis quand un certificat de serveur expire bientôt ou change</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the SMTP server does not answer (&amp;outage)</source>
        <translation>le serveur SMTP ne répond pas (&amp;panne)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when the SMTP server does not answer</source>
        <translation>Avis quand le serveur SMTP ne répond pas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outage dela&amp;y:</source>
        <translation>&amp;Délai de panne :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes without an answer before an outage is noticed</source>
        <translation>Minutes sans réponse avant qu’une panne soit signalée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate &amp;warning:</source>
        <translation>A&amp;vertissement de certificat :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days before a certificate expires to send a notice</source>
        <translation>Jours avant l’expiration d’un certificat pour envoyer un avis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> days before expiry</source>
        <translation> jours avant l’expiration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minimum interval:</source>
        <translation>Intervalle &amp;minimal :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes between two notices about the same kind of event</source>
        <translation>Minutes entre deux avis sur le même type d’événement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min between notices of a kind</source>
        <translation> min entre deux avis du même type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert webhook format</source>
        <translation>Format du webhook d’alerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also send each notice directly to a chat or monitoring service over HTTPS, not through the mail server</source>
        <translation>Envoyer aussi chaque avis directement à un service de discussion ou de supervision via HTTPS, sans passer par le serveur de messagerie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook &amp;URL:</source>
        <translation>&amp;URL du webhook :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert webhook URL</source>
        <translation>URL du webhook d’alerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… (kept in the password store: it carries an access token)</source>
        <translation>https://… (gardée dans le magasin de mots de passe : elle contient un jeton d’accès)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook C&amp;A file:</source>
        <translation>Fichier d’A&amp;C du webhook :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alert webhook trusted CA certificates file</source>
        <translation>Fichier des certificats d’AC de confiance du webhook d’alerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PEM file used instead of the system&apos;s certificates</source>
        <translation>facultatif : fichier PEM utilisé à la place des certificats du système</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose alert webhook trusted CA certificates file</source>
        <translation>Choisir le fichier des certificats d’AC de confiance du webhook d’alerte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write each notice to the system log</source>
        <translation>Écrire chaque avis dans le journal système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write each notice to the system &amp;log</source>
        <translation>Écrire aussi chaque avis dans le &amp;journal système</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send a test alert</source>
        <translation>Envoyer une alerte de test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;test alert</source>
        <translation>Envoyer une alerte de &amp;test</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/ServerPage.ui" line="+16"/>
        <source>&amp;Enable outgoing mail through an SMTP server</source>
        <translation>&amp;Activer l’envoi des e-mails par un serveur SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable outgoing mail</source>
        <translation>Activer l’envoi des e-mails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;veur SMTP :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>smtp.example.com  or  smtp.example.com,587</source>
        <translation>smtp.example.com  ou  smtp.example.com,587</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Securit&amp;y:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP connection security</source>
        <translation>Sécurité de la connexion SMTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EHLO &amp;name:</source>
        <translation>&amp;Nom EHLO :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EHLO name</source>
        <translation>Nom EHLO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: this computer&apos;s name</source>
        <translation>vide : le nom de cet ordinateur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP timeout per step in seconds</source>
        <translation>Délai SMTP par étape en secondes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s per step</source>
        <translation> s par étape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted &amp;CA file:</source>
        <translation>Fichier d’&amp;AC de confiance :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP trusted CA certificates file</source>
        <translation>Fichier des certificats d’AC de confiance SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PEM file of extra trusted certificates</source>
        <translation>facultatif : fichier PEM de certificats de confiance supplémentaires</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose sMTP trusted CA certificates file</source>
        <translation>Choisir le fichier des certificats d’AC de confiance SMTP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trusted certi&amp;ficate:</source>
        <translation>Certi&amp;ficat de confiance :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP trusted certificate fingerprint</source>
        <translation>Empreinte du certificat de confiance SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: SHA-256 fingerprint of one certificate you trust</source>
        <translation>facultatif : empreinte SHA-256 d’un certificat de confiance</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/FirstPaint.cpp" line="+75"/>
        <source>TLS unavailable</source>
        <translation>TLS indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS library could not be loaded, so no encrypted connection (STARTTLS or TLS) can be made. Reinstall Mailwright or install OpenSSL 3.</source>
        <translation>La bibliothèque TLS n’a pas pu être chargée : aucune connexion chiffrée (STARTTLS ou TLS) n’est possible. Réinstallez Mailwright ou installez OpenSSL 3.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+34"/>
        <source>Sets up and tests how this system sends e-mail.</source>
        <translation>Configure et teste l’envoi des e-mails de ce système.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open this configuration file instead of the per-user one.</source>
        <translation>Ouvrir ce fichier de configuration au lieu de celui de l’utilisateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start hidden, with the status in the tray (when the tray is on in the window and the desktop has one).</source>
        <translation>Démarrer masqué, avec l’état dans la zone de notification (si la zone de notification est activée dans la fenêtre et que le bureau en possède une).</translation>
    </message>
</context>
<context>
    <name>mw</name>
    <message>
        <location filename="../core/protocol/Result.cpp" line="+120"/>
        <source>Completed successfully.</source>
        <translation>Terminé avec succès.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings are incomplete or invalid.</source>
        <translation>Les paramètres sont incomplets ou invalides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name could not be found.</source>
        <translation>Le nom du serveur est introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network connection failed.</source>
        <translation>La connexion réseau a échoué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection (TLS) could not be established.</source>
        <translation>La connexion sécurisée (TLS) n’a pas pu être établie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Le certificat du serveur n’est pas reconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer STARTTLS, so no secure connection is possible.</source>
        <translation>Le serveur ne propose pas STARTTLS : aucune connexion sécurisée n’est possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers no login method that can be used safely.</source>
        <translation>Le serveur ne propose aucune méthode de connexion utilisable en sécurité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the login name or password.</source>
        <translation>Le serveur a refusé l’identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the sender address.</source>
        <translation>Le serveur a refusé l’adresse d’expéditeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the recipient address.</source>
        <translation>Le serveur a refusé l’adresse du destinataire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the message.</source>
        <translation>Le serveur a refusé le message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported a temporary problem.</source>
        <translation>Le serveur a signalé un problème temporaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered in a way that does not follow the protocol.</source>
        <translation>Le serveur a répondu d’une manière non conforme au protocole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Correct the field named in the message and try again.</source>
        <translation>Corrigez le champ indiqué dans le message et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the spelling of the server name and that this machine&apos;s DNS works.</source>
        <translation>Vérifiez l’orthographe du nom du serveur et que le DNS de cette machine fonctionne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the port number, and that the mail service is running and not blocked by a firewall.</source>
        <translation>Vérifiez le numéro de port, et que le service de messagerie fonctionne et n’est pas bloqué par un pare-feu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that a firewall does not drop the connection, or raise the timeout.</source>
        <translation>Vérifiez qu’un pare-feu ne bloque pas la connexion, ou augmentez le délai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network connection and try again.</source>
        <translation>Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the security setting: port 465 expects implicit TLS, ports 587 and 25 expect STARTTLS.</source>
        <translation>Vérifiez le paramètre de sécurité : le port 465 attend du TLS implicite, les ports 587 et 25 attendent STARTTLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you know this certificate is right, trust its fingerprint; otherwise ask the server&apos;s administrator.</source>
        <translation>Si vous savez que ce certificat est le bon, faites confiance à son empreinte ; sinon, demandez à l’administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use implicit TLS (port 465) if the server offers it, or ask the server&apos;s administrator to enable STARTTLS.</source>
        <translation>Utilisez le TLS implicite (port 465) si le serveur le propose, ou demandez à l’administrateur du serveur d’activer STARTTLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another authentication method or a secure connection.</source>
        <translation>Choisissez une autre méthode d’authentification ou une connexion sécurisée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the login name and password; some providers need an app password.</source>
        <translation>Vérifiez l’identifiant et le mot de passe ; certains fournisseurs exigent un mot de passe d’application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a From address that the server allows this account to send as.</source>
        <translation>Utilisez une adresse d’expéditeur que le serveur autorise pour ce compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the recipient address, and that the server relays for this login.</source>
        <translation>Vérifiez l’adresse du destinataire et que le serveur relaie pour cet identifiant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the server&apos;s reply: the message may be too large or look like spam.</source>
        <translation>Lisez la réponse du serveur : le message est peut-être trop gros ou ressemble à du spam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again later; the message stays queued.</source>
        <translation>Réessayez plus tard ; le message reste en file d’attente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the host and port belong to a mail server of the right kind.</source>
        <translation>Vérifiez que l’hôte et le port sont ceux d’un serveur de messagerie du bon type.</translation>
    </message>
    <message>
        <location filename="../core/session/KerberosTicket.cpp" line="+27"/>
        <source>No Kerberos ticket — run kinit or log in to the domain.</source>
        <translation>Aucun ticket Kerberos — lancez kinit ou ouvrez une session sur le domaine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Kerberos ticket of %1 expired at %2 — run kinit or log in to the domain again.</source>
        <translation>Le ticket Kerberos de %1 a expiré à %2 — relancez kinit ou rouvrez une session sur le domaine.</translation>
    </message>
</context>
<context>
    <name>mw::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+30"/>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d’identification Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service (libsecret) or KWallet, over D-Bus</source>
        <translation>Secret Service (libsecret) ou KWallet, via D-Bus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not available: encrypted connections cannot be made</source>
        <translation>indisponible : aucune connexion chiffrée n’est possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (Qt backend: %2)</source>
        <translation>%1 (backend Qt : %2)</translation>
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
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QtKeychain %1, %2</source>
        <translation>QtKeychain %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords stored in</source>
        <translation>Mots de passe enregistrés dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Mailwright</source>
        <translation>À propos de Mailwright</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sets up, proves and keeps working how this system sends its notification e-mail.</source>
        <translation>Configure, vérifie et maintient en état l’envoi des e-mails de notification de ce système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>mw::AccessTokenSource</name>
    <message>
        <location filename="../core/oauth/AccessTokenSource.cpp" line="+49"/>
        <source>The provider issued a new OAuth2 refresh token, but the secret store could not save it: %1</source>
        <translation>Le fournisseur a émis un nouveau jeton d’actualisation OAuth2, mais le magasin de secrets n’a pas pu l’enregistrer : %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>oauth/client_id is not set: enter the client id registered with the provider.</source>
        <translation>oauth/client_id n’est pas défini : saisissez l’identifiant client enregistré auprès du fournisseur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secret store is available for the OAuth2 sign-in.</source>
        <translation>Aucun magasin de secrets n’est disponible pour la connexion OAuth2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The OAuth2 client secret could not be read: %1</source>
        <translation>Le secret client OAuth2 n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The provider signed you in but issued no refresh token, so Mailwright could not send later. Ask for the offline_access scope (oauth/scopes) or allow refresh tokens for this client.</source>
        <translation>Le fournisseur vous a connecté mais n’a émis aucun jeton d’actualisation : Mailwright ne pourrait pas envoyer plus tard. Demandez la portée offline_access (oauth/scopes) ou autorisez les jetons d’actualisation pour ce client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secret store is available.</source>
        <translation>Aucun magasin de secrets n’est disponible.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Signed out here; the provider could not be reached to revoke the sign-in (%1).</source>
        <translation>Déconnecté ici ; le fournisseur n’a pas pu être joint pour révoquer la connexion (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out here; the provider offers no revocation, so the sign-in ends when it expires there.</source>
        <translation>Déconnecté ici ; le fournisseur ne propose pas de révocation : la connexion prend fin chez lui quand elle expire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out here; the provider did not confirm the revocation (%1).</source>
        <translation>Déconnecté ici ; le fournisseur n’a pas confirmé la révocation (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
</context>
<context>
    <name>mw::AddressVerifier</name>
    <message>
        <location filename="../core/diagnostics/AddressVerifier.cpp" line="+67"/>
        <source>No role address (notification, copies, console) is set.</source>
        <translation>Aucune adresse de rôle (notification, copies, console) n’est définie.</translation>
    </message>
</context>
<context>
    <name>mw::AlertChannels</name>
    <message>
        <location filename="../core/notify/AlertChannels.cpp" line="+89"/>
        <source>No secret store: the alert webhook&apos;s URL cannot be read.</source>
        <translation>Aucun magasin de secrets : l’URL du webhook d’alerte ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The alert webhook&apos;s URL could not be read: %1</source>
        <translation>L’URL du webhook d’alerte n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No URL is stored for the alert webhook (secret %1).</source>
        <translation>Aucune URL n’est enregistrée pour le webhook d’alerte (secret %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mailwright: test alert</source>
        <translation>Mailwright : alerte de test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a test alert from Mailwright on %1. Alerts about failing mail reach you this way.</source>
        <translation>Ceci est une alerte de test de Mailwright sur %1. Les alertes sur le courrier en échec vous parviennent par ce moyen.</translation>
    </message>
</context>
<context>
    <name>mw::AlertEngine</name>
    <message>
        <location filename="../core/notify/AlertEngine.cpp" line="+28"/>
        <source>The server said nothing.</source>
        <translation>Le serveur n’a rien dit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Message %1 (subject &quot;%2&quot;, Message-ID %3, queued %4) to %5 was refused for good at %6 and moved to the dead letters.</source>
        <translation>Le message %1 (objet « %2 », Message-ID %3, mis en file d’attente le %4) pour %5 a été refusé définitivement le %6 et déplacé dans les lettres mortes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1 (%2)</source>
        <translation>Erreur : %1 (%2)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Since %1 the queue is held: %2 (%3).</source>
        <translation>Depuis %1, la file d’attente est suspendue : %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) wait in the queue.</source>
        <translation>
            <numerusform>%n message attend dans la file d’attente.</numerusform>
            <numerusform>%n messages attendent dans la file d’attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>From %1 to %2 (%n minute(s)) the SMTP server %3 could not be reached.</source>
        <translation>
            <numerusform>De %1 à %2 (%n minute), le serveur SMTP %3 était injoignable.</numerusform>
            <numerusform>De %1 à %2 (%n minutes), le serveur SMTP %3 était injoignable.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last error: %1 (%2)</source>
        <translation>Dernière erreur : %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The certificate of %1 changed at %2.</source>
        <translation>Le certificat de %1 a changé le %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: SHA-256 %1</source>
        <translation>Avant : SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: SHA-256 %1, %2, valid until %3</source>
        <translation>Maintenant : SHA-256 %1, %2, valide jusqu’au %3</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The certificate of %1 expires at %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Le certificat de %1 expire le %2 (dans %n jour).</numerusform>
            <numerusform>Le certificat de %1 expire le %2 (dans %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 expired at %2.</source>
        <translation>Le certificat de %1 a expiré le %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>Certificat : %1, émis par %2, SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../core/notify/AlertFailover.cpp" line="+19"/>
        <source>At %1 the mail queue moved to the backup SMTP server %2: the primary server %3 cannot take mail (%4).</source>
        <translation>Le %1, la file d’attente est passée au serveur SMTP de secours %2 : le serveur principal %3 ne peut pas accepter de courrier (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The primary server has been unreachable since %1.</source>
        <translation>Le serveur principal est injoignable depuis %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1 the primary SMTP server %2 answered again: the mail queue is back on it.</source>
        <translation>Le %1, le serveur SMTP principal %2 a de nouveau répondu : la file d’attente repasse par lui.</translation>
    </message>
</context>
<context>
    <name>mw::AlertNotice</name>
    <message numerus="yes">
        <location filename="../core/notify/AlertNotice.cpp" line="+31"/>
        <source>Mailwright: %n message(s) could not be delivered</source>
        <translation>
            <numerusform>Mailwright : %n message n’a pas pu être remis</numerusform>
            <numerusform>Mailwright : %n messages n’ont pas pu être remis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail queue is held</source>
        <translation>Mailwright : la file d’attente des messages est suspendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail server&apos;s certificate expires soon</source>
        <translation>Mailwright : le certificat du serveur de messagerie expire bientôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail server&apos;s certificate changed</source>
        <translation>Mailwright : le certificat du serveur de messagerie a changé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail server could not be reached</source>
        <translation>Mailwright : le serveur de messagerie n’a pas pu être joint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: mail goes through the backup SMTP server</source>
        <translation>Mailwright : le courrier passe par le serveur SMTP de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: mail goes through the primary SMTP server again</source>
        <translation>Mailwright : le courrier passe de nouveau par le serveur SMTP principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailwright: notice about failing mail</source>
        <translation>Mailwright : avis sur un courrier en échec</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the recipient addresses and the server&apos;s reply. &quot;mailwright-cli queue list&quot; shows the dead letters, &quot;mailwright-cli queue retry ID&quot; sends one again, &quot;mailwright-cli queue purge ID&quot; removes it.</source>
        <translation>Vérifiez les adresses des destinataires et la réponse du serveur. « mailwright-cli queue list » affiche les lettres mortes, « mailwright-cli queue retry ID » en renvoie une, « mailwright-cli queue purge ID » la supprime.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is sent until the cause is fixed: store the right password (&quot;mailwright-cli secret set smtp&quot;), sign in again (&quot;mailwright-cli oauth login&quot;), accept what the server offers now (&quot;mailwright-cli probe --accept-changes&quot;) or free space for the queue folder; then &quot;mailwright-cli queue flush&quot;. This notice waits in the queue until then.</source>
        <translation>Rien n’est envoyé tant que la cause n’est pas corrigée : enregistrez le bon mot de passe (« mailwright-cli secret set smtp »), reconnectez-vous (« mailwright-cli oauth login »), acceptez ce que le serveur propose maintenant (« mailwright-cli probe --accept-changes ») ou libérez de l’espace pour le dossier de file d’attente ; puis lancez « mailwright-cli queue flush ». Cet avis attend dans la file d’attente jusque-là.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the administrator of the mail server to renew the certificate. If its fingerprint is pinned (smtp/pin_sha256), update the pin after the renewal.</source>
        <translation>Demandez à l’administrateur du serveur de messagerie de renouveler le certificat. Si son empreinte est épinglée (smtp/pin_sha256), mettez à jour l’épinglage après le renouvellement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the certificate was not renewed on purpose, check that nobody intercepts the connection to the mail server.</source>
        <translation>Si le certificat n’a pas été renouvelé volontairement, vérifiez que personne n’intercepte la connexion au serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The messages queued meanwhile are sent now. Check the network and the mail server&apos;s logs for the time above.</source>
        <translation>Les messages mis en file d’attente entre-temps sont envoyés maintenant. Vérifiez le réseau et les journaux du serveur de messagerie pour la période indiquée ci-dessus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail is delivered meanwhile. Fix the primary server (or its password: &quot;mailwright-cli secret set smtp&quot;); the queue goes back to it as soon as it answers.</source>
        <translation>Le courrier est remis entre-temps. Réparez le serveur principal (ou son mot de passe : « mailwright-cli secret set smtp ») ; la file d’attente y revient dès qu’il répond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do: this is for the record.</source>
        <translation>Rien à faire : cet avis est pour information.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sender (mailboxes/from) is set: a notice cannot be sent.</source>
        <translation>Aucun expéditeur (mailboxes/from) n’est défini : impossible d’envoyer un avis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No notification mailbox (mailboxes/notify) or error copy address is set, or none is permitted: a notice cannot be sent.</source>
        <translation>Aucune boîte de notification (mailboxes/notify) ni adresse de copie des erreurs n’est définie, ou aucune n’est autorisée : impossible d’envoyer un avis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mailwright on %1 reports:</source>
        <translation>Mailwright sur %1 signale :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notices about failing mail are set in the [alerts] section of the configuration (alerts/enabled, alerts/%1...).</source>
        <translation>Les avis sur le courrier en échec se règlent dans la section [alerts] de la configuration (alerts/enabled, alerts/%1...).</translation>
    </message>
</context>
<context>
    <name>mw::AlertWebhook</name>
    <message>
        <location filename="../core/notify/AlertWebhook.cpp" line="+130"/>
        <source>The alert webhook URL is not a valid URL.</source>
        <translation>L’URL du webhook d’alerte n’est pas une URL valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The alert webhook URL must start with https:// (it carries an access token, which must not travel in clear); %1 was refused.</source>
        <translation>L’URL du webhook d’alerte doit commencer par https:// (elle contient un jeton d’accès, qui ne doit pas circuler en clair) ; %1 a été refusée.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No certificate could be read from %1 (alerts/webhook_ca_file).</source>
        <translation>Aucun certificat n’a pu être lu dans %1 (alerts/webhook_ca_file).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>Le webhook %1 a répondu HTTP %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The webhook at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le webhook %1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le webhook %1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook at %1 could not be reached (%2).</source>
        <translation>Le webhook %1 n’a pas pu être joint (%2).</translation>
    </message>
</context>
<context>
    <name>mw::AuthPage</name>
    <message>
        <location filename="../ui/AuthPage.cpp" line="+67"/>
        <source>Automatic (the best method the server offers)</source>
        <translation>Automatique (la meilleure méthode proposée par le serveur)</translation>
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
        <translation>Certificat client TLS (EXTERNAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 sign-in (XOAUTH2)</source>
        <translation>Connexion OAuth2 (XOAUTH2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 sign-in (OAUTHBEARER)</source>
        <translation>Connexion OAuth2 (OAUTHBEARER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP before SMTP</source>
        <translation>POP avant SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No authentication</source>
        <translation>Pas d’authentification</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The system keychain</source>
        <translation>Le trousseau du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password file (for hosts without a keychain)</source>
        <translation>Un fichier de mots de passe (pour les machines sans trousseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory only (forgotten when Mailwright quits)</source>
        <translation>En mémoire seulement (oublié quand Mailwright se ferme)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats client (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OAuth2 sign-in</source>
        <translation>Connexion OAuth2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth2 provider</source>
        <translation>Fournisseur OAuth2</translation>
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
        <translation>Autre fournisseur OpenID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 issuer URL</source>
        <translation>URL de l’émetteur OAuth2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft tenant</source>
        <translation>Locataire Microsoft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>common, organizations or your tenant id</source>
        <translation>common, organizations ou l’identifiant de votre locataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 client ID</source>
        <translation>Identifiant client OAuth2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the application registered with the provider</source>
        <translation>l’application enregistrée auprès du fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 client secret</source>
        <translation>Secret client OAuth2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OAuth2 scopes</source>
        <translation>Portées OAuth2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: what the provider needs for mail</source>
        <translation>vide : ce dont le fournisseur a besoin pour le courrier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;rovider:</source>
        <translation>Fou&amp;rnisseur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issu&amp;er URL:</source>
        <translation>URL de l’éme&amp;tteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant:</source>
        <translation>Loc&amp;ataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client I&amp;D:</source>
        <translation>Ide&amp;ntifiant client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client se&amp;cret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;opes:</source>
        <translation>P&amp;ortées :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with bro&amp;wser…</source>
        <translation>Se connecter avec le navi&amp;gateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the provider&apos;s sign-in page in the browser of this computer</source>
        <translation>Ouvrir la page de connexion du fournisseur dans le navigateur de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with &amp;a code…</source>
        <translation>Se connecter avec un &amp;code…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show an address and a code to sign in from any device (phone, another computer)</source>
        <translation>Afficher une adresse et un code pour se connecter depuis n’importe quel appareil (téléphone, autre ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sig&amp;n out</source>
        <translation>Déconne&amp;xion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the saved sign-in and remove it from the secret store</source>
        <translation>Révoquer la connexion enregistrée et la retirer du magasin de secrets</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth2 sign-in status</source>
        <translation>État de la connexion OAuth2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y code</source>
        <translation>Copier le &amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page</source>
        <translation>Ouvrir la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location filename="../ui/AuthPage.h" line="+40"/>
        <location filename="../ui/SettingsWindow.cpp" line="+194"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
</context>
<context>
    <name>mw::AuthorizationCodeFlow</name>
    <message>
        <location filename="../core/oauth/AuthorizationCodeFlow.cpp" line="+44"/>
        <source>The sign-in in the browser was not finished in time; start it again.</source>
        <translation>La connexion dans le navigateur n’a pas été terminée à temps ; recommencez-la.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Mailwright is signed in. You can close this window and return to Mailwright.</source>
        <translation>Mailwright est connecté. Vous pouvez fermer cette fenêtre et revenir à Mailwright.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No client id is set for the OAuth2 provider.</source>
        <translation>Aucun identifiant client n’est défini pour le fournisseur OAuth2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider offers no browser sign-in (no authorization endpoint); sign in with a code instead.</source>
        <translation>Le fournisseur ne propose pas de connexion par navigateur (pas de point de terminaison d’autorisation) ; connectez-vous plutôt avec un code.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>Impossible d’écouter sur 127.0.0.1 pour recevoir la réponse du navigateur : %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Only the browser&apos;s sign-in answer is expected here.</source>
        <translation>Seule la réponse de connexion du navigateur est attendue ici.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not the sign-in Mailwright started.</source>
        <translation>Ce n’est pas la connexion lancée par Mailwright.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider&apos;s answer holds no authorization code.</source>
        <translation>La réponse du fournisseur ne contient pas de code d’autorisation.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The provider&apos;s token endpoint did not answer: %1</source>
        <translation>Le point de terminaison de jeton du fournisseur n’a pas répondu : %1</translation>
    </message>
</context>
<context>
    <name>mw::AutoDetector</name>
    <message>
        <location filename="../core/diagnostics/AutoDetector.cpp" line="+90"/>
        <source>&quot;%1&quot; has no domain to look up (expected user@example.com or example.com).</source>
        <translation>« %1 » n’a pas de domaine à rechercher (attendu : user@example.com ou example.com).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>provider table: %1 (address domain)</source>
        <translation>table des fournisseurs : %1 (domaine de l’adresse)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>guess: %1</source>
        <translation>supposition : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+22"/>
        <source>SRV %1: %2</source>
        <translation>SRV %1 : %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&quot;.&quot; (the domain says this service is not offered)</source>
        <translation>« . » (le domaine n’offre pas ce service)</translation>
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
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+24"/>
        <source>MX %1: %2</source>
        <translation>MX %1 : %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>provider table: %1 (MX %2)</source>
        <translation>table des fournisseurs : %1 (MX %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MX %1 of %2</source>
        <translation>MX %1 de %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+14"/>
        <source>autoconfig %1: %2</source>
        <translation>autoconfig %1 : %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>autoconfig %1</source>
        <translation>autoconfig %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no SMTP or POP3 server</source>
        <translation>aucun serveur SMTP ou POP3</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>the name %1 does not resolve</source>
        <translation>le nom %1 ne se résout pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a loopback address (tests only probe loopback)</source>
        <translation>pas une adresse de bouclage (les tests ne sondent que le bouclage)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>POP3 candidates are probed by name with the system resolver, which this run does not use</source>
        <translation>Les candidats POP3 sont sondés par leur nom avec le résolveur du système, que cette exécution n’utilise pas</translation>
    </message>
</context>
<context>
    <name>mw::AutoconfigParser</name>
    <message>
        <location filename="../core/diagnostics/AutoconfigParser.cpp" line="+102"/>
        <source>the autoconfig document is too large</source>
        <translation>le document autoconfig est trop volumineux</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the autoconfig document is not valid XML: %1</source>
        <translation>le document autoconfig n’est pas du XML valide : %1</translation>
    </message>
</context>
<context>
    <name>mw::Autostart</name>
    <message>
        <location filename="../ui/Autostart_mac.cpp" line="+36"/>
        <location filename="../ui/Autostart_unix.cpp" line="+44"/>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../ui/Autostart_unix.cpp" line="+18"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/Autostart_unix.cpp" line="+12"/>
        <source>%1 could not be removed: %2</source>
        <translation>%1 n’a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <location filename="../ui/Autostart_win.cpp" line="+28"/>
        <source>The registry value %1 could not be written.</source>
        <translation>La valeur de registre %1 n’a pas pu être écrite.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The registry value %1 could not be removed.</source>
        <translation>La valeur de registre %1 n’a pas pu être supprimée.</translation>
    </message>
</context>
<context>
    <name>mw::BundleArchive</name>
    <message>
        <location filename="../core/support/BundleArchive.cpp" line="+29"/>
        <source>the archive module (%1) could not be loaded: %2</source>
        <translation>le module d’archive (%1) n’a pas pu être chargé : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/support/archive/ArchiveModule.cpp" line="+51"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>mw::CertificateReport</name>
    <message>
        <location filename="../core/diagnostics/CertificateReport.cpp" line="+62"/>
        <source>trust exactly this certificate (SHA-256 %1)</source>
        <translation>faire confiance exactement à ce certificat (SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names: %1</source>
        <translation>Noms : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1%2</source>
        <translation>Émetteur : %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (self-signed)</source>
        <translation> (auto-signé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid: %1 to %2</source>
        <translation>Valide : du %1 au %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired %1 days ago</source>
        <translation>expiré il y a %1 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted by its pinned fingerprint.</source>
        <translation>Reconnu grâce à son empreinte épinglée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALARM: the pinned certificate (SHA-256 %1) was replaced by this one.</source>
        <translation>ALERTE : le certificat épinglé (SHA-256 %1) a été remplacé par celui-ci.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pinned certificate changed (now SHA-256 %1): check with the server&apos;s administrator before trusting it.</source>
        <translation>Le certificat épinglé a changé (désormais SHA-256 %1) : vérifiez auprès de l’administrateur du serveur avant de lui faire confiance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate expired %1 days ago.</source>
        <translation>Le certificat du serveur a expiré il y a %1 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Le certificat du serveur n’est pas encore valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate expires today.</source>
        <translation>Le certificat du serveur expire aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate expires in %1 days.</source>
        <translation>Le certificat du serveur expire dans %1 jours.</translation>
    </message>
</context>
<context>
    <name>mw::ClientIdentity</name>
    <message>
        <location filename="../core/session/ClientIdentity.cpp" line="+167"/>
        <source>The client certificate %1 is a folder, not a file.</source>
        <translation>Le certificat client %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client certificate file %1 cannot be read: %2</source>
        <translation>Le fichier de certificat client %1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 is larger than 1 MiB; it is not a certificate.</source>
        <translation>Le fichier de certificat client %1 dépasse 1 Mio ; ce n’est pas un certificat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>Le fichier de certificat client %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 holds no private key; put the key (PEM) in the same file as the certificate.</source>
        <translation>Le fichier de certificat client %1 ne contient aucune clé privée ; placez la clé (PEM) dans le même fichier que le certificat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key in %1 is encrypted and no passphrase is stored.</source>
        <translation>La clé privée de %1 est chiffrée et aucune phrase secrète n’est enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored passphrase does not open the private key in %1.</source>
        <translation>La phrase secrète enregistrée n’ouvre pas la clé privée de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key in %1 cannot be read (RSA, EC or DSA in PEM expected).</source>
        <translation>La clé privée de %1 est illisible (RSA, EC ou DSA en PEM attendu).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PKCS#12 file %1 is encrypted and no passphrase is stored.</source>
        <translation>Le fichier PKCS#12 %1 est chiffré et aucune phrase secrète n’est enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored passphrase does not open the PKCS#12 file %1.</source>
        <translation>La phrase secrète enregistrée n’ouvre pas le fichier PKCS#12 %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PKCS#12 file %1 holds no certificate.</source>
        <translation>Le fichier PKCS#12 %1 ne contient aucun certificat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PKCS#12 file %1 holds no private key.</source>
        <translation>Le fichier PKCS#12 %1 ne contient aucune clé privée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 is neither PEM (certificate and key) nor PKCS#12.</source>
        <translation>Le fichier de certificat client %1 n’est ni PEM (certificat et clé) ni PKCS#12.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The private key in %1 does not belong to its certificate.</source>
        <translation>La clé privée de %1 n’appartient pas à son certificat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client certificate in %1 expired on %2.</source>
        <translation>Le certificat client de %1 a expiré le %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate in %1 is not valid before %2.</source>
        <translation>Le certificat client de %1 n’est pas valide avant le %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mw::ClientIdentity::Description</name>
    <message>
        <location line="-1"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, issued by %2, valid until %3 (%4)</source>
        <translation>%1, émis par %2, valide jusqu’au %3 (%4)</translation>
    </message>
</context>
<context>
    <name>mw::CopiesPage</name>
    <message>
        <location filename="../ui/CopiesPage.h" line="+20"/>
        <location filename="../ui/SettingsWindow.cpp" line="+5"/>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>mw::CredentialResolver</name>
    <message numerus="yes">
        <location filename="../core/session/CredentialResolver.cpp" line="+31"/>
        <source>The Kerberos ticket cache could not be read within %n second(s).</source>
        <translation>
            <numerusform>Le cache des tickets Kerberos n’a pas pu être lu en %n seconde.</numerusform>
            <numerusform>Le cache des tickets Kerberos n’a pas pu être lu en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the password store did not answer within %n second(s)</source>
        <translation>
            <numerusform>le magasin de mots de passe n’a pas répondu en %n seconde</numerusform>
            <numerusform>le magasin de mots de passe n’a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 client certificate could not be loaded: %2</source>
        <translation>Le certificat client %1 n’a pas pu être chargé : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+221"/>
        <source>The %1 password could not be read: %2</source>
        <translation>Le mot de passe %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The passphrase of the %1 client certificate could not be read: %2</source>
        <translation>La phrase secrète du certificat client %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+147"/>
        <source>No password store is available.</source>
        <translation>Aucun magasin de mots de passe n’est disponible.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Type the key&apos;s passphrase on the POP3 tab.</source>
        <translation>Saisissez la phrase secrète de la clé dans l’onglet POP3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the key&apos;s passphrase on the Authentication tab.</source>
        <translation>Saisissez la phrase secrète de la clé dans l’onglet Authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the client certificate file on the POP3 tab.</source>
        <translation>Choisissez le fichier de certificat client dans l’onglet POP3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the client certificate file on the Authentication tab.</source>
        <translation>Choisissez le fichier de certificat client dans l’onglet Authentification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the key&apos;s passphrase with &quot;mailwright-cli secret set %1&quot;.</source>
        <translation>Enregistrez la phrase secrète de la clé avec « mailwright-cli secret set %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the file with &quot;mailwright-cli config set %1/client_cert FILE&quot;.</source>
        <translation>Indiquez le fichier avec « mailwright-cli config set %1/client_cert FICHIER ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the client certificate in the settings window and save.</source>
        <translation>Vérifiez le certificat client dans la fenêtre des paramètres et enregistrez.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>OAuth2 sign-in is chosen but no sign-in is available here.</source>
        <translation>La connexion OAuth2 est choisie, mais aucune connexion n’est disponible ici.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No %1 password is stored.</source>
        <translation>Aucun mot de passe %1 enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in on the Authentication tab.</source>
        <translation>Connectez-vous dans l’onglet « Authentification ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the password again, or keep passwords in a file.</source>
        <translation>Saisissez à nouveau le mot de passe, ou gardez les mots de passe dans un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it in the Password field of the POP3 tab.</source>
        <translation>Saisissez-le dans le champ « Mot de passe » de l’onglet « POP3 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it in the Password field of the Authentication tab.</source>
        <translation>Saisissez-le dans le champ « Mot de passe » de l’onglet « Authentification ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with &quot;mailwright-cli oauth login&quot;.</source>
        <translation>Connectez-vous avec « mailwright-cli oauth login ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it with &quot;mailwright-cli secret set %1&quot; or set %2.</source>
        <translation>Enregistrez-le avec « mailwright-cli secret set %1 » ou définissez %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again in the settings window.</source>
        <translation>Reconnectez-vous dans la fenêtre des paramètres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter it in the settings window and save.</source>
        <translation>Saisissez-le dans la fenêtre des paramètres et enregistrez.</translation>
    </message>
</context>
<context>
    <name>mw::DeliveryHistory</name>
    <message>
        <location filename="../core/history/DeliveryHistory.cpp" line="+187"/>
        <source>The SQLite driver of Qt SQL (QSQLITE) is not installed; the delivery history is not available.</source>
        <translation>Le pilote SQLite de Qt SQL (QSQLITE) n’est pas installé ; l’historique des remises n’est pas disponible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Cannot open the delivery history %1: %2</source>
        <translation>Impossible d’ouvrir l’historique des remises %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The delivery history %1 was written by a newer Mailwright (schema %2); this one reads schema %3.</source>
        <translation>L’historique des remises %1 a été écrit par une version plus récente de Mailwright (schéma %2) ; celle-ci lit le schéma %3.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot create the delivery history %1: %2</source>
        <translation>Impossible de créer l’historique des remises %1 : %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The delivery history %1 was damaged (%2); it was moved aside to %3 and a new, empty one was started.</source>
        <translation>L’historique des remises %1 était endommagé (%2) ; il a été mis de côté dans %3 et un nouvel historique vide a été commencé.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+20"/>
        <location line="+19"/>
        <source>Cannot write to the delivery history %1: %2</source>
        <translation>Impossible d’écrire dans l’historique des remises %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The delivery history is not open.</source>
        <translation>L’historique des remises n’est pas ouvert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot read the delivery history %1: %2</source>
        <translation>Impossible de lire l’historique des remises %1 : %2</translation>
    </message>
</context>
<context>
    <name>mw::DeliveryPage</name>
    <message>
        <location filename="../ui/DeliveryPage.cpp" line="+15"/>
        <source>Send through the SMTP server</source>
        <translation>Envoyer par le serveur SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop into a pickup folder (local mail server)</source>
        <translation>Déposer dans un dossier de dépôt (serveur de messagerie local)</translation>
    </message>
    <message>
        <location filename="../ui/DeliveryPage.h" line="+20"/>
        <location filename="../ui/SettingsWindow.cpp" line="+2"/>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
</context>
<context>
    <name>mw::DetectDialog</name>
    <message>
        <location filename="../ui/DetectDialog.cpp" line="+37"/>
        <source>Get SMTP server address</source>
        <translation>Obtenir l’adresse du serveur SMTP</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Probing candidates: %n checked…</source>
        <translation>
            <numerusform>Sondage des candidats : %n vérifié…</numerusform>
            <numerusform>Sondage des candidats : %n vérifiés…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2:%3 (%4): %5</source>
        <translation>%1 %2:%3 (%4) : %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-mail &amp;address or domain:</source>
        <translation>&amp;Adresse e-mail ou domaine :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail address or domain to look up</source>
        <translation>Adresse e-mail ou domaine à rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search progress</source>
        <translation>Progression de la recherche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Servers found</source>
        <translation>Serveurs trouvés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each lookup found</source>
        <translation>Ce que chaque recherche a trouvé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Confirm the server outside the address&apos;s domain</source>
        <translation>Confirmer le serveur hors du domaine de l’adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use the selected server</source>
        <translation>&amp;Utiliser le serveur sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search cancelled.</source>
        <translation>Recherche annulée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied to the form: Save keeps it, Discard changes reverts it.
</source>
        <translation>Appliqué au formulaire : « Enregistrer » le conserve, « Abandonner les modifications » l’annule.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type an e-mail address or a domain first.</source>
        <translation>Saisissez d’abord une adresse e-mail ou un domaine.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking up %1: SRV records, autoconfig, MX, provider table, guesses…</source>
        <translation>Recherche de %1 : enregistrements SRV, autoconfig, MX, table des fournisseurs, suppositions…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not probed: %1</source>
        <translation>non sondé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n server(s) found that work; every candidate was probed before it is offered.</source>
        <translation>
            <numerusform>%n serveur qui fonctionne trouvé ; chaque candidat a été sondé avant d’être proposé.</numerusform>
            <numerusform>%n serveurs qui fonctionnent trouvés ; chaque candidat a été sondé avant d’être proposé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended: %1 port %2 with %3, found by %4.</source>
        <translation>Recommandé : %1 port %2 avec %3, trouvé par %4.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>I have checked that %1 is the mail server of %2</source>
        <translation>J’ai vérifié que %1 est le serveur de messagerie de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm first that this server outside %1 is the right one.</source>
        <translation>Confirmez d’abord que ce serveur hors de %1 est le bon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a server that answered the probe can be used.</source>
        <translation>Seul un serveur qui a répondu au sondage peut être utilisé.</translation>
    </message>
</context>
<context>
    <name>mw::DetectionReport</name>
    <message>
        <location filename="../core/diagnostics/DetectionReport.cpp" line="+101"/>
        <source>the user name format %1 gives</source>
        <translation>le format de nom d’utilisateur que donne %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answers but is outside %2 and was found only through unauthenticated lookups (%3); it is recommended only once you confirm that it is the mail server of %2.</source>
        <translation>%1 répond mais se trouve hors de %2 et n’a été trouvé que par des recherches non authentifiées (%3) ; il n’est recommandé qu’une fois que vous avez confirmé qu’il s’agit du serveur de messagerie de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the certificate of %1 is not trusted, though this provider&apos;s servers have publicly trusted certificates: the name or the network path may be forged, so it is never trusted automatically.</source>
        <translation>le certificat de %1 n’est pas reconnu, alors que les serveurs de ce fournisseur ont des certificats reconnus publiquement : le nom ou le chemin réseau peut être falsifié, il n’est donc jamais reconnu automatiquement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the certificate of %1 is not trusted and the server was found only through unauthenticated lookups: such a certificate is never trusted automatically.</source>
        <translation>le certificat de %1 n’est pas reconnu et le serveur n’a été trouvé que par des recherches non authentifiées : un tel certificat n’est jamais reconnu automatiquement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is outside %2 and was found only through unauthenticated lookups (%3), which anyone on the network path can forge: use it only if you know that it is the mail server of %2.</source>
        <translation>%1 se trouve hors de %2 et n’a été trouvé que par des recherches non authentifiées (%3), que n’importe qui sur le chemin réseau peut falsifier : ne l’utilisez que si vous savez qu’il s’agit du serveur de messagerie de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its certificate is not trusted, though this provider&apos;s servers have publicly trusted certificates: the name or the network path may be forged. It is not trusted automatically.</source>
        <translation>Son certificat n’est pas reconnu, alors que les serveurs de ce fournisseur ont des certificats reconnus publiquement : le nom ou le chemin réseau peut être falsifié. Il n’est pas reconnu automatiquement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its certificate is not trusted and the server was found only through unauthenticated lookups: the certificate is not trusted automatically; check its fingerprint with the server&apos;s administrator first.</source>
        <translation>Son certificat n’est pas reconnu et le serveur n’a été trouvé que par des recherches non authentifiées : le certificat n’est pas reconnu automatiquement ; vérifiez d’abord son empreinte avec l’administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>mw::DeviceAuthorization</name>
    <message>
        <location filename="../core/oauth/DeviceAuthorization.cpp" line="+59"/>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No client id is set for the OAuth2 provider.</source>
        <translation>Aucun identifiant client n’est défini pour le fournisseur OAuth2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider offers no device sign-in (RFC 8628); sign in with the browser instead.</source>
        <translation>Le fournisseur ne propose pas de connexion par appareil (RFC 8628) ; connectez-vous plutôt avec le navigateur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The provider&apos;s device sign-in did not answer: %1</source>
        <translation>La connexion par appareil du fournisseur n’a pas répondu : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The provider&apos;s device sign-in answer lacks the code or the address.</source>
        <translation>Il manque le code ou l’adresse dans la réponse de connexion par appareil du fournisseur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sign-in code expired before it was approved; start again.</source>
        <translation>Le code de connexion a expiré avant d’être approuvé ; recommencez.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The provider stopped answering: %1</source>
        <translation>Le fournisseur ne répond plus : %1</translation>
    </message>
</context>
<context>
    <name>mw::DowngradeGuard</name>
    <message>
        <location filename="../core/session/DowngradeGuard.cpp" line="+57"/>
        <source>If the server&apos;s administrator changed this on purpose, check the server again and accept what it offers now (Check what the server supports in the settings window, or mailwright-cli probe --accept-changes).</source>
        <translation>Si l’administrateur du serveur a fait ce changement volontairement, vérifiez à nouveau le serveur et acceptez ce qu’il propose maintenant (« Vérifier ce que le serveur prend en charge » dans la fenêtre des paramètres, ou mailwright-cli probe --accept-changes).</translation>
    </message>
</context>
<context>
    <name>mw::FormBinder</name>
    <message>
        <location filename="../ui/FormBinderLocks.cpp" line="+45"/>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use organisation default</source>
        <translation>Utiliser la valeur par défaut de l’organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use organisation default for %1</source>
        <translation>Utiliser la valeur par défaut de l’organisation pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces your value of %1 with the one your organisation set</source>
        <translation>Remplace votre valeur de %1 par celle définie par votre organisation</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Read-only while the settings are locked</source>
        <translation>En lecture seule tant que les paramètres sont verrouillés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed from your organisation&apos;s default</source>
        <translation>Modifié par rapport à la valeur par défaut de votre organisation</translation>
    </message>
</context>
<context>
    <name>mw::HealthCheck</name>
    <message>
        <location filename="../core/notify/HealthCheck.cpp" line="+33"/>
        <source>backup SMTP server</source>
        <translation>serveur SMTP de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP3 server</source>
        <translation>serveur POP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP server</source>
        <translation>serveur SMTP</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the certificate of the %1 has expired</source>
        <translation>le certificat du %1 a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>the certificate of the %1 expires in %2 day(s)</source>
        <translation>le certificat du %1 expire dans %2 jour(s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: sign-in required</source>
        <translation>%1 : connexion requise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the login was refused</source>
        <translation>%1 : l’authentification a été refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the spool %1 cannot be read</source>
        <translation>le spool %1 est illisible</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no SMTP server is configured (smtp/host)</source>
        <translation>aucun serveur SMTP n’est configuré (smtp/host)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the queue is held</source>
        <translation>la file d’attente est suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the queue is held: %1</source>
        <translation>la file d’attente est suspendue : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 message(s) waiting (critical from %2)</source>
        <translation>%1 message(s) en attente (critique à partir de %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 message(s) waiting (warning from %2)</source>
        <translation>%1 message(s) en attente (avertissement à partir de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the oldest message has waited %1 minute(s) (critical from %2)</source>
        <translation>le plus ancien message attend depuis %1 minute(s) (critique à partir de %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the oldest message has waited %1 minute(s) (warning from %2)</source>
        <translation>le plus ancien message attend depuis %1 minute(s) (avertissement à partir de %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dead letter(s)</source>
        <translation>%1 lettre(s) morte(s)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mail goes through the backup SMTP server</source>
        <translation>le courrier passe par le serveur SMTP de secours</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>queue empty</source>
        <translation>file d’attente vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 message(s) waiting</source>
        <translation>%1 message(s) en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no successful session recorded yet</source>
        <translation>aucune session réussie enregistrée pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last successful session %1 s ago</source>
        <translation>dernière session réussie il y a %1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>last check %1</source>
        <translation>dernière vérification %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate %1 day(s) left</source>
        <translation>certificat : %1 jour(s) restant(s)</translation>
    </message>
</context>
<context>
    <name>mw::HistoryModel</name>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="+41"/>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet delivered, will be retried</source>
        <translation>Pas encore remis, nouvel essai prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused for good</source>
        <translation>Refusé définitivement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown (the connection broke after the message was sent)</source>
        <translation>Résultat inconnu (la connexion a été coupée après l’envoi du message)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary SMTP</source>
        <translation>SMTP principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup SMTP</source>
        <translation>SMTP de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>Bounced</source>
        <translation>Rebond reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No bounce</source>
        <translation>Aucun rebond</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounce</source>
        <translation>Rebond</translation>
    </message>
</context>
<context>
    <name>mw::HistoryRecorder</name>
    <message>
        <location filename="../core/history/HistoryRecorder.cpp" line="+158"/>
        <source>The delivery history was not written: %1</source>
        <translation>L’historique des remises n’a pas été écrit : %1</translation>
    </message>
</context>
<context>
    <name>mw::HistoryResend</name>
    <message>
        <location filename="../core/history/HistoryResend.cpp" line="+36"/>
        <source>The delivery history has no entry %1.</source>
        <translation>L’historique des remises ne contient pas d’entrée %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No sender is set (mailboxes/from) for the Resent-From field.</source>
        <translation>Aucun expéditeur n’est défini (mailboxes/from) pour le champ Resent-From.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The text of this message was not kept and it is no longer in the queue&apos;s dead letters; enable history/keep_bodies to be able to resend messages from the history.</source>
        <translation>Le texte de ce message n’a pas été gardé et il ne figure plus parmi les lettres mortes de la file d’attente ; activez history/keep_bodies pour pouvoir renvoyer des messages depuis l’historique.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The queue is busy (a pass is running); try again.</source>
        <translation>La file d’attente est occupée (un passage est en cours) ; réessayez.</translation>
    </message>
</context>
<context>
    <name>mw::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="+41"/>
        <source>Delivery history</source>
        <translation>Historique des remises</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient, subject or Message-ID</source>
        <translation>Destinataire, objet ou Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a recipient, subject or Message-ID</source>
        <translation>Rechercher un destinataire, un objet ou un Message-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ailed only</source>
        <translation>Échecs &amp;uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show failed messages only</source>
        <translation>Afficher uniquement les messages en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused, not yet delivered, outcome unknown or bounced</source>
        <translation>Refusés, pas encore remis, résultat inconnu ou rebond reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+270"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="-269"/>
        <location line="+9"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+269"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the history again (F5)</source>
        <translation>Relire l’historique (F5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Messages handed over, newest first</source>
        <translation>Messages remis, les plus récents en premier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details of the selected message</source>
        <translation>Détails du message sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a message to see its details.</source>
        <translation>Sélectionnez un message pour en voir les détails.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;esend</source>
        <translation>Renv&amp;oyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the selected message again (its text must have been kept, or it must still be among the dead letters)</source>
        <translation>Remettre le message sélectionné en file d’attente (son texte doit avoir été gardé, ou il doit encore figurer parmi les lettres mortes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The history could not be read: %1</source>
        <translation>L’historique n’a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The history is turned off (history/enabled): nothing new is recorded. %n message(s) shown.</source>
        <translation>
            <numerusform>L’historique est désactivé (history/enabled) : rien de nouveau n’est enregistré. %n message affiché.</numerusform>
            <numerusform>L’historique est désactivé (history/enabled) : rien de nouveau n’est enregistré. %n messages affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No message matches.</source>
        <translation>Aucun message ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s), newest first.</source>
        <translation>
            <numerusform>%n message, le plus récent en premier.</numerusform>
            <numerusform>%n messages, les plus récents en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envelope sender</source>
        <translation>Expéditeur de l’enveloppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope recipients</source>
        <translation>Destinataires de l’enveloppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To and Cc</source>
        <translation>To et Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue id</source>
        <translation>Identifiant dans la file d’attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounced</source>
        <translation>Rebond reçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text of this message was not kept (history/keep_bodies is off when it was sent).</source>
        <translation>Le texte de ce message n’a pas été gardé (history/keep_bodies était désactivé lors de son envoi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Message text: loading…</source>
        <translation>Texte du message : chargement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text of this message could not be read.</source>
        <translation>Le texte de ce message n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text:</source>
        <translation>Texte du message :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resending…</source>
        <translation>Renvoi en cours…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queued again as %1 (Resent-Message-ID %2).</source>
        <translation>Remis en file d’attente sous %1 (Resent-Message-ID %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dead letter %1 is queued again.</source>
        <translation>La lettre morte %1 est remise en file d’attente.</translation>
    </message>
</context>
<context>
    <name>mw::Localization</name>
    <message>
        <location filename="../core/i18n/Localization.cpp" line="+37"/>
        <source>Use this language (e.g. de, fr, es, en) instead of the system&apos;s.</source>
        <translation>Utiliser cette langue (p. ex. de, fr, es, en) au lieu de celle du système.</translation>
    </message>
</context>
<context>
    <name>mw::MailConnection</name>
    <message>
        <location filename="../core/protocol/MailConnection.cpp" line="+129"/>
        <source>Looking up the server name took too long.</source>
        <translation>La résolution du nom du serveur a pris trop de temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the connection in time (a firewall may drop it).</source>
        <translation>Le serveur n’a pas accepté la connexion à temps (un pare-feu la bloque peut-être).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS handshake did not finish in time.</source>
        <translation>La négociation TLS ne s’est pas terminée à temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The address %1 is not of the family this connection must use.</source>
        <translation>L’adresse %1 n’est pas de la famille que cette connexion doit utiliser.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server name %1 could not be found (%2).</source>
        <translation>Le nom de serveur %1 est introuvable (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server name %1 has no address of the family this connection must use (%2).</source>
        <translation>Le nom de serveur %1 n’a pas d’adresse de la famille que cette connexion doit utiliser (%2).</translation>
    </message>
    <message>
        <location line="+185"/>
        <location line="+10"/>
        <source>The connection could not be handed to the TLS layer.</source>
        <translation>La connexion n&apos;a pas pu être transmise à la couche TLS.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server sent data after agreeing to start TLS and before the handshake (a sign of command injection); the connection was dropped.</source>
        <translation>Le serveur a envoyé des données après avoir accepté de démarrer TLS et avant la négociation (signe d’injection de commandes) ; la connexion a été coupée.</translation>
    </message>
    <message>
        <location filename="../core/protocol/TlsTrust.cpp" line="+175"/>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>Le certificat du serveur n’est pas reconnu : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate: %1.</source>
        <translation>Certificat : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It does not match the pinned fingerprint %1.</source>
        <translation>Il ne correspond pas à l’empreinte épinglée %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s certificate changed: it does not match the pinned fingerprint %1. Certificate: %2.</source>
        <translation>Le certificat du serveur a changé : il ne correspond pas à l’empreinte épinglée %1. Certificat : %2.</translation>
    </message>
    <message>
        <location filename="../core/protocol/MailConnection.cpp" line="+73"/>
        <source>Connecting to %1 port %2 failed: %3</source>
        <translation>La connexion à %1 port %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 failed at every address: %3</source>
        <translation>La connexion à %1 port %2 a échoué à chacune de ses adresses : %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../core/protocol/MailConnectionTls.cpp" line="+212"/>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/protocol/MailConnectionTls.cpp" line="+2"/>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>The server sent a line longer than %1 octets.</source>
        <translation>Le serveur a envoyé une ligne de plus de %1 octets.</translation>
    </message>
    <message>
        <location filename="../core/protocol/MailConnectionTls.cpp" line="-148"/>
        <source>The TLS module could not be loaded (%1); reinstall Mailwright.</source>
        <translation>Le module TLS n’a pas pu être chargé (%1) ; réinstallez Mailwright.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The TLS client certificate cannot be used: %1</source>
        <translation>Le certificat client TLS ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS could not be set up: %1</source>
        <translation>TLS n’a pas pu être configuré : %1</translation>
    </message>
</context>
<context>
    <name>mw::MailSession</name>
    <message>
        <location filename="../core/protocol/MailSession.cpp" line="+95"/>
        <source>The session was cancelled.</source>
        <translation>La session a été annulée.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Le serveur a fermé la connexion de façon inattendue.</translation>
    </message>
</context>
<context>
    <name>mw::MailboxesPage</name>
    <message>
        <location filename="../ui/MailboxesPage.cpp" line="+15"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MailboxesPage.h" line="+20"/>
        <location filename="../ui/SettingsWindow.cpp" line="-4"/>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
</context>
<context>
    <name>mw::MessageBuilder</name>
    <message>
        <location filename="../core/delivery/MessageBuilder.cpp" line="+102"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the display name %2.</source>
        <translation>%1 : le nom affiché %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no sender (From) address.</source>
        <translation>Il n’y a pas d’adresse d’expéditeur (From).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no recipient (To) address.</source>
        <translation>Il n’y a pas d’adresse de destinataire (To).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject %1.</source>
        <translation>L’objet %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The X-Mailer value %1.</source>
        <translation>La valeur X-Mailer %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>« %1 » n’est pas un nom d’en-tête valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The header %1 is written by the message builder itself and cannot be set as an extra header.</source>
        <translation>L’en-tête %1 est écrit par le générateur de messages lui-même et ne peut pas être défini comme en-tête supplémentaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value of header %1 %2.</source>
        <translation>La valeur de l’en-tête %1 %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The In-Reply-To value is not a message identifier.</source>
        <translation>La valeur In-Reply-To n’est pas un identifiant de message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message text contains invalid Unicode.</source>
        <translation>Le texte du message contient de l’Unicode invalide.</translation>
    </message>
</context>
<context>
    <name>mw::MessageImport</name>
    <message>
        <location filename="../core/delivery/MessageImport.cpp" line="+37"/>
        <source>The message on standard input does not start with header fields (line &quot;%1&quot;).</source>
        <translation>Le message sur l’entrée standard ne commence pas par des champs d’en-tête (ligne « %1 »).</translation>
    </message>
</context>
<context>
    <name>mw::ModeMismatch</name>
    <message>
        <location filename="../core/diagnostics/ModeMismatch.cpp" line="+28"/>
        <source>This port answered in clear text, not with TLS: it expects %1 (or no encryption), not implicit TLS.</source>
        <translation>Ce port a répondu en clair, pas en TLS : il attend %1 (ou aucun chiffrement), pas du TLS implicite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port speaks clear text first</source>
        <translation>le port parle d’abord en clair</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server accepted the connection but sent no greeting: this port expects implicit TLS (the client must start the TLS handshake).</source>
        <translation>Le serveur a accepté la connexion sans envoyer de message d’accueil : ce port attend du TLS implicite (le client doit commencer la négociation TLS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the port waits for a TLS handshake</source>
        <translation>le port attend une négociation TLS</translation>
    </message>
</context>
<context>
    <name>mw::ModeReport</name>
    <message>
        <location filename="../core/diagnostics/ModeReport.cpp" line="+41"/>
        <source>none offered</source>
        <translation>aucun proposé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>can use: %1</source>
        <translation>utilisables : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not supported: %1</source>
        <translation>non pris en charge : %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Works without encryption: everything, passwords included, would cross the network in clear.</source>
        <translation>Fonctionne sans chiffrement : tout, mots de passe compris, circulerait en clair sur le réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works with %1 (%2, %3).</source>
        <translation>Fonctionne avec %1 (%2, %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALARM: the certificate is not the pinned one. %1</source>
        <translation>ALERTE : le certificat n’est pas celui épinglé. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS works but the certificate is not trusted (%1); it can be trusted by its fingerprint.</source>
        <translation>TLS fonctionne mais le certificat n’est pas reconnu (%1) ; on peut lui faire confiance par son empreinte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS works but the certificate is not acceptable (%1).</source>
        <translation>TLS fonctionne mais le certificat n’est pas acceptable (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer %1 on this port.</source>
        <translation>Le serveur ne propose pas %1 sur ce port.</translation>
    </message>
</context>
<context>
    <name>mw::NameLookup</name>
    <message>
        <location filename="../core/protocol/NameLookup.cpp" line="+171"/>
        <source>Not a valid host name</source>
        <translation>Nom d’hôte non valide</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
</context>
<context>
    <name>mw::OAuthEndpoints</name>
    <message>
        <location filename="../core/oauth/OAuthEndpoints.cpp" line="+96"/>
        <source>The provider&apos;s discovery document names the issuer &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Le document de découverte du fournisseur nomme l’émetteur « %1 », et non « %2 ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider&apos;s discovery document has no token endpoint.</source>
        <translation>Le document de découverte du fournisseur n’a pas de point de terminaison de jeton.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s endpoint %1 is not an https address.</source>
        <translation>Le point de terminaison %1 du fournisseur n’est pas une adresse https.</translation>
    </message>
</context>
<context>
    <name>mw::OAuthFailure</name>
    <message>
        <location filename="../core/oauth/OAuthFailure.cpp" line="+50"/>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in required: the provider no longer accepts the saved sign-in (it was revoked, expired or the password changed). Provider: %1</source>
        <translation>Connexion requise : le fournisseur n’accepte plus la connexion enregistrée (révoquée, expirée ou mot de passe changé). Fournisseur : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider refused the requested permissions (scopes): %1</source>
        <translation>Le fournisseur a refusé les autorisations demandées (portées) : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider does not accept this client id (or client secret): %1</source>
        <translation>Le fournisseur n’accepte pas cet identifiant client (ou ce secret client) : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was declined: %1</source>
        <translation>La connexion a été refusée : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in code expired before it was approved; start again.</source>
        <translation>Le code de connexion a expiré avant d’être approuvé ; recommencez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider refused: %1</source>
        <translation>Le fournisseur a refusé : %1</translation>
    </message>
</context>
<context>
    <name>mw::OAuthHttp</name>
    <message>
        <location filename="../core/oauth/OAuthHttp.cpp" line="+45"/>
        <source>The provider did not answer in time (or sent too much).</source>
        <translation>Le fournisseur n’a pas répondu à temps (ou a envoyé trop de données).</translation>
    </message>
</context>
<context>
    <name>mw::OAuthSignIn</name>
    <message>
        <location filename="../ui/OAuthSignIn.cpp" line="+55"/>
        <source>The secret store did not answer, so the sign-in may not be saved. Check the password store and sign in again.</source>
        <translation>Le magasin de secrets n’a pas répondu : la connexion n’est peut-être pas enregistrée. Vérifiez le magasin de mots de passe et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in took too long and was stopped; nothing was saved. Start again.</source>
        <translation>La connexion a pris trop de temps et a été arrêtée ; rien n’a été enregistré. Recommencez.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The sign-in did not start: save the settings first (see the message at the bottom of the window).</source>
        <translation>La connexion n’a pas démarré : enregistrez d’abord les paramètres (voir le message en bas de la fenêtre).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No OAuth2 sign-in is available in this window.</source>
        <translation>Aucune connexion OAuth2 n’est disponible dans cette fenêtre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding the provider…</source>
        <translation>Recherche du fournisseur…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting for the browser… Sign in on the page that opened; Mailwright continues by itself when the provider sends the browser back.</source>
        <translation>En attente du navigateur… Connectez-vous sur la page qui s’est ouverte ; Mailwright continue de lui-même quand le fournisseur renvoie le navigateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The browser could not be started. Open this address in a browser on this computer and sign in; Mailwright waits for it.</source>
        <translation>Le navigateur n’a pas pu être lancé. Ouvrez cette adresse dans un navigateur sur cet ordinateur et connectez-vous ; Mailwright attend la connexion.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>On any device, open the address below, sign in and enter the code. Waiting for the sign-in…</source>
        <translation>Sur n’importe quel appareil, ouvrez l’adresse ci-dessous, connectez-vous et saisissez le code. En attente de la connexion…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in cancelled; nothing was saved.</source>
        <translation>Connexion annulée ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed: %1 Nothing was saved.</source>
        <translation>La connexion a échoué : %1 Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed out: the sign-in was revoked and removed from the secret store.</source>
        <translation>Déconnecté : la connexion a été révoquée et retirée du magasin de secrets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing out failed: %1</source>
        <translation>La déconnexion a échoué : %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the sign-in…</source>
        <translation>Préparation de la connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in required.</source>
        <translation>Connexion requise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as %1 — token valid until %2</source>
        <translation>Connecté en tant que %1 — jeton valide jusqu’au %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scopes granted: %1</source>
        <translation>Portées accordées : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1; the sign-in is saved in the secret store.</source>
        <translation>Connecté en tant que %1 ; la connexion est enregistrée dans le magasin de secrets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
</context>
<context>
    <name>mw::OAuthToken</name>
    <message>
        <location filename="../core/oauth/OAuthToken.cpp" line="+19"/>
        <source>The provider&apos;s answer holds no access token.</source>
        <translation>La réponse du fournisseur ne contient pas de jeton d’accès.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provider issued a &quot;%1&quot; token; SMTP needs a bearer token.</source>
        <translation>Le fournisseur a émis un jeton « %1 » ; SMTP a besoin d’un jeton bearer.</translation>
    </message>
</context>
<context>
    <name>mw::OpenIdDiscovery</name>
    <message>
        <location filename="../core/oauth/OpenIdDiscovery.cpp" line="+30"/>
        <source>The issuer &quot;%1&quot; is not an https address.</source>
        <translation>L’émetteur « %1 » n’est pas une adresse https.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered with HTTP status %2 and no OpenID configuration.</source>
        <translation>%1 a répondu avec le statut HTTP %2 et sans configuration OpenID.</translation>
    </message>
</context>
<context>
    <name>mw::PasswordDigest</name>
    <message>
        <location filename="../core/settings/PasswordDigest.cpp" line="+86"/>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at most %1 characters.</source>
        <translation>Le mot de passe doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must be on one line.</source>
        <translation>Le mot de passe doit tenir sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>mw::PasswordField</name>
    <message>
        <location filename="../ui/PasswordField.cpp" line="+22"/>
        <location line="+131"/>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+128"/>
        <source>Show password (Ctrl+Shift+R)</source>
        <translation>Afficher le mot de passe (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+122"/>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide password (Ctrl+Shift+R)</source>
        <translation>Masquer le mot de passe (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+61"/>
        <source>No password store is available.</source>
        <translation>Aucun magasin de mots de passe n’est disponible.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password file</source>
        <translation>le fichier de mots de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in %1 as a digest only. Type a new one to replace it.</source>
        <translation>Conservé dans %1 sous forme de condensé uniquement. Saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by %1 (environment)</source>
        <translation>Défini par %1 (environnement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in %1, not shown. Type to replace it.</source>
        <translation>Conservé dans %1, non affiché. Tapez pour le remplacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading from %1…</source>
        <translation>Chargement depuis %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password stored yet</source>
        <translation>Aucun mot de passe enregistré pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the stored password will be removed</source>
        <translation>Vide : le mot de passe enregistré sera supprimé</translation>
    </message>
</context>
<context>
    <name>mw::Pickup</name>
    <message>
        <location filename="../core/delivery/Pickup.cpp" line="+30"/>
        <source>The pickup folder %1 does not exist.</source>
        <translation>Le dossier de dépôt %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recipient contains a line break.</source>
        <translation>Un destinataire contient un saut de ligne.</translation>
    </message>
</context>
<context>
    <name>mw::Pop3Page</name>
    <message>
        <location filename="../ui/Pop3Page.cpp" line="+21"/>
        <source>Automatic (TLS on port 995, else STLS when offered; no login without it)</source>
        <translation>Automatique (TLS sur le port 995, sinon STLS s’il est proposé ; pas d’authentification sans chiffrement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS (port 110)</source>
        <translation>STLS (port 110)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 995)</source>
        <translation>TLS dès le début (port 995)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: clear text (not recommended)</source>
        <translation>Aucune : en clair (déconseillé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (the best method the server offers)</source>
        <translation>Automatique (la meilleure méthode proposée par le serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER/PASS</source>
        <translation>USER/PASS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APOP (the password is not sent)</source>
        <translation>APOP (le mot de passe n’est pas envoyé)</translation>
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
        <translation>Certificat client TLS (EXTERNAL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats client (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bounced-alerts mailbox could not be read: %1</source>
        <translation>La boîte des alertes non distribuées n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delivery reports in the bounced-alerts mailbox so far.</source>
        <translation>Aucun rapport de remise dans la boîte des alertes non distribuées pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery report(s) recorded</source>
        <translation>
            <numerusform>%n rapport de remise enregistré</numerusform>
            <numerusform>%n rapports de remise enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (%3) for %4</source>
        <translation>%1 %2 (%3) pour %4</translation>
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
        <translation>Aucun serveur POP3 (hôte et port) configuré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No POP3 login name is set.</source>
        <translation>Aucun identifiant POP3 défini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No POP3 password is set.</source>
        <translation>Aucun mot de passe POP3 défini.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Reply.cpp" line="+133"/>
        <source>Message %1 is larger than %2 octets; it was not read.</source>
        <translation>Le message %1 dépasse %2 octets ; il n’a pas été lu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s answer has more than %1 lines; it does not end.</source>
        <translation>La réponse du serveur a plus de %1 lignes ; elle ne se termine pas.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Session.cpp" line="+157"/>
        <location filename="../core/protocol/Pop3SessionAnswers.cpp" line="+33"/>
        <source>The server sent a line nobody asked for.</source>
        <translation>Le serveur a envoyé une ligne que personne n’a demandée.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Reply.cpp" line="+5"/>
        <source>The server&apos;s answer is larger than %1 octets; it was not read.</source>
        <translation>La réponse du serveur dépasse %1 octets ; elle n’a pas été lue.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>This server speaks SMTP, not POP3: check the port number.</source>
        <translation>Ce serveur parle SMTP, pas POP3 : vérifiez le numéro de port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks IMAP, not POP3: check the port number.</source>
        <translation>Ce serveur parle IMAP, pas POP3 : vérifiez le numéro de port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks HTTP, not POP3: check the port number.</source>
        <translation>Ce serveur parle HTTP, pas POP3 : vérifiez le numéro de port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks SSH, not POP3: check the port number.</source>
        <translation>Ce serveur parle SSH, pas POP3 : vérifiez le numéro de port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer is not a POP3 status line (+OK or -ERR).</source>
        <translation>La réponse du serveur n’est pas une ligne d’état POP3 (+OK ou -ERR).</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3SessionAnswers.cpp" line="+51"/>
        <source>The server refused to serve this client.</source>
        <translation>Le serveur a refusé de servir ce client.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent more lines before the client&apos;s first command.</source>
        <translation>Le serveur a envoyé d’autres lignes avant la première commande du client.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused to start TLS (STLS); nothing was sent in clear.</source>
        <translation>Le serveur a refusé de démarrer TLS (STLS) ; rien n’a été envoyé en clair.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server rejected the POP3 login name.</source>
        <translation>Le serveur a refusé l’identifiant POP3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+127"/>
        <source>The server refused the login for now (mailbox busy or logins too frequent).</source>
        <translation>Le serveur refuse la connexion pour l’instant (boîte occupée ou connexions trop fréquentes).</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>The POP3 server rejected the login name or password.</source>
        <translation>Le serveur POP3 a refusé l’identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused STAT.</source>
        <translation>Le serveur a refusé STAT.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s answer to STAT is malformed.</source>
        <translation>La réponse du serveur à STAT est mal formée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server refused to list the mailbox.</source>
        <translation>Le serveur a refusé de lister la boîte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused to send message %1.</source>
        <translation>Le serveur a refusé d’envoyer le message %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to delete message %1.</source>
        <translation>Le serveur a refusé de supprimer le message %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server could not complete the session (messages marked for deletion may remain).</source>
        <translation>Le serveur n’a pas pu terminer la session (des messages marqués pour suppression peuvent rester).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The server&apos;s answer to LIST is malformed.</source>
        <translation>La réponse du serveur à LIST est mal formée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server&apos;s answer to UIDL is malformed.</source>
        <translation>La réponse du serveur à UIDL est mal formée.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Reply.cpp" line="+38"/>
        <location filename="../core/protocol/Pop3SessionAnswers.cpp" line="+28"/>
        <source>The server sent an unexpected multi-line answer.</source>
        <translation>Le serveur a envoyé une réponse multiligne inattendue.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Session.cpp" line="+38"/>
        <source>The server does not offer STLS, so no secure connection is possible; nothing was sent in clear.</source>
        <translation>Le serveur ne propose pas STLS : aucune connexion sécurisée n’est possible ; rien n’a été envoyé en clair.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server does not offer STLS (or someone on the way removed it), and security &quot;Automatic&quot; never logs in without encryption; neither the password nor an APOP digest was sent.</source>
        <translation>Le serveur ne propose pas STLS (ou quelqu’un sur le trajet l’a retiré), et la sécurité « Automatique » ne s’authentifie jamais sans chiffrement ; ni le mot de passe ni un condensé APOP n’ont été envoyés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use security &quot;TLS&quot; (port 995) if the server offers it, or ask its administrator to enable STLS. Only on a trusted network: security &quot;None&quot; allows a login in clear.</source>
        <translation>Utilisez la sécurité « TLS » (port 995) si le serveur la propose, ou demandez à son administrateur d’activer STLS. Seulement sur un réseau de confiance : la sécurité « Aucune » autorise une authentification en clair.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The connection is not encrypted, so no login was sent (neither USER/PASS nor an APOP digest, which can be cracked offline).</source>
        <translation>La connexion n’est pas chiffrée : aucune authentification n’a été envoyée (ni USER/PASS ni un condensé APOP, qui peut être cassé hors ligne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use security STLS or TLS, or choose security &quot;none&quot; explicitly to allow a login in clear.</source>
        <translation>Utilisez la sécurité STLS ou TLS, ou choisissez explicitement la sécurité « none » pour autoriser une authentification en clair.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>APOP is switched on, but the server&apos;s greeting carries no APOP timestamp, so APOP cannot be used. USER/PASS was not tried instead.</source>
        <translation>APOP est activé, mais le message d’accueil du serveur ne contient pas d’horodatage APOP : APOP est impossible. USER/PASS n’a pas été essayé à la place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch APOP off and use security STLS or TLS, or check that this is the right server.</source>
        <translation>Désactivez APOP et utilisez la sécurité STLS ou TLS, ou vérifiez qu’il s’agit du bon serveur.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>This port may expect STLS or no encryption: try security &quot;STLS&quot; (port 110).</source>
        <translation>Ce port attend peut-être STLS ou aucun chiffrement : essayez la sécurité « STLS » (port 110).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server that stays silent after connecting often expects implicit TLS: try security &quot;TLS&quot; (port 995).</source>
        <translation>Un serveur muet après la connexion attend souvent du TLS implicite : essayez la sécurité « TLS » (port 995).</translation>
    </message>
</context>
<context>
    <name>mw::PopBeforeSmtp</name>
    <message>
        <location filename="../core/delivery/PopBeforeSmtp.cpp" line="+87"/>
        <source>POP-before-SMTP needs a POP3 server and login name.</source>
        <translation>POP avant SMTP nécessite un serveur POP3 et un identifiant.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The session was cancelled.</source>
        <translation>La session a été annulée.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>POP-before-SMTP: the POP3 login to %1 failed: %2</source>
        <translation>POP avant SMTP : la connexion POP3 à %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The SMTP server name %1 could not be found (%2).</source>
        <translation>Le nom du serveur SMTP %1 est introuvable (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The POP3 login came from an %1 address, but the SMTP server %2 has no %1 address, so it would see a different source address and not honour the login.</source>
        <translation>La connexion POP3 venait d’une adresse %1, mais le serveur SMTP %2 n’a pas d’adresse %1 : il verrait une autre adresse source et ne reconnaîtrait pas la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use POP3 and SMTP server names that resolve to the same address family (for example both IPv4).</source>
        <translation>Utilisez des noms de serveurs POP3 et SMTP qui résolvent vers la même famille d’adresses (par exemple tous deux en IPv4).</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The POP3 login worked, but the SMTP server did not honour it and refused to relay (its relay window may have expired, or it saw a different source address than the POP3 server).</source>
        <translation>La connexion POP3 a fonctionné, mais le serveur SMTP ne l’a pas reconnue et a refusé de relayer (sa fenêtre de relais a peut-être expiré, ou il a vu une autre adresse source que le serveur POP3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the POP3 and SMTP servers belong together and share the POP-before-SMTP database, that no proxy or NAT changes the source address between the two, and that the relay window (%1 minutes here) is not longer than the server&apos;s.</source>
        <translation>Vérifiez que les serveurs POP3 et SMTP vont ensemble et partagent la base POP avant SMTP, qu’aucun proxy ou NAT ne change l’adresse source entre les deux et que la fenêtre de relais (ici %1 minutes) n’est pas plus longue que celle du serveur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>POP-before-SMTP: logged in to %1 at %2; the relay window is %3 minutes.</source>
        <translation>POP avant SMTP : connecté à %1 à %2 ; la fenêtre de relais est de %3 minutes.</translation>
    </message>
</context>
<context>
    <name>mw::Preflight</name>
    <message>
        <location filename="../core/session/Preflight.cpp" line="+198"/>
        <source>The round trip fetches the test message over POP3 from the notification mailbox: set pop3/host and pop3/username of the account that receives %1.</source>
        <translation>L’aller-retour récupère le message de test par POP3 dans la boîte de notification : définissez pop3/host et pop3/username du compte qui reçoit %1.</translation>
    </message>
</context>
<context>
    <name>mw::ProbeMode</name>
    <message>
        <location filename="../core/diagnostics/ProbeMode.cpp" line="+33"/>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no encryption</source>
        <translation>aucun chiffrement</translation>
    </message>
</context>
<context>
    <name>mw::ProbeReport</name>
    <message>
        <location filename="../core/diagnostics/ProbeReport.cpp" line="+108"/>
        <source>The pinned certificate of %1 changed: the server now presents %2 (SHA-256 %3) instead of SHA-256 %4. This happens when the certificate is renewed, and when someone intercepts the connection: check with the server&apos;s administrator before trusting the new one.</source>
        <translation>Le certificat épinglé de %1 a changé : le serveur présente maintenant %2 (SHA-256 %3) au lieu de SHA-256 %4. Cela arrive quand le certificat est renouvelé, et quand quelqu’un intercepte la connexion : vérifiez auprès de l’administrateur du serveur avant de faire confiance au nouveau.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 on port %2</source>
        <translation>%1 sur le port %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recommended: %1 — the safest combination that works.</source>
        <translation>Recommandé : %1 — la combinaison la plus sûre qui fonctionne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recommended: %1 after trusting the server&apos;s certificate (%2); check its fingerprint with the server&apos;s administrator.</source>
        <translation>Recommandé : %1 après avoir fait confiance au certificat du serveur (%2) ; vérifiez son empreinte avec l’administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1 works: the server offers no encryption. Everything, passwords included, crosses the network in clear; use it only on a trusted network.</source>
        <translation>Seul %1 fonctionne : le serveur ne propose aucun chiffrement. Tout, mots de passe compris, circule en clair sur le réseau ; à n’utiliser que sur un réseau de confiance.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is recommended: %1</source>
        <translation>Aucune recommandation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is recommended: the server&apos;s certificate has expired and must be renewed; sending without encryption instead is not safe.</source>
        <translation>Aucune recommandation : le certificat du serveur a expiré et doit être renouvelé ; envoyer sans chiffrement à la place n’est pas sûr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: the server offers TLS but no secure combination works; sending without encryption instead is not safe.</source>
        <translation>Aucune recommandation : le serveur propose TLS mais aucune combinaison sûre ne fonctionne ; envoyer sans chiffrement à la place n’est pas sûr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: no combination works on %1.</source>
        <translation>Aucune recommandation : aucune combinaison ne fonctionne sur %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server that was checked</source>
        <translation>le serveur vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port where %1 works</source>
        <translation>le port où %1 fonctionne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the safest mode that works</source>
        <translation>le mode le plus sûr qui fonctionne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server offers no encryption</source>
        <translation>le serveur ne propose aucun chiffrement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server offers no login Mailwright can use in this mode</source>
        <translation>le serveur ne propose dans ce mode aucune connexion que Mailwright sache utiliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>%1 is not offered; %2 is the strongest of %3</source>
        <translation>%1 n’est pas proposé ; %2 est le plus fort de %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the server offers</source>
        <translation>ce que propose le serveur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the server&apos;s greeting has no APOP timestamp</source>
        <translation>le message d’accueil du serveur n’a pas d’horodatage APOP</translation>
    </message>
</context>
<context>
    <name>mw::ProbeText</name>
    <message>
        <location filename="../ui/ProbeText.cpp" line="+26"/>
        <source>%1 on port %2: %3</source>
        <translation>%1 sur le port %2 : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %3 ms</source>
        <translation>%1 %2 %3 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps: %1</source>
        <translation>Étapes : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable: yes</source>
        <translation>Joignable : oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reachable: no</source>
        <translation>Joignable : non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting: %1</source>
        <translation>Message d’accueil : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: %1, %2</source>
        <translation>TLS : %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extensions: %1</source>
        <translation>Extensions : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in mechanisms in this mode: %1</source>
        <translation>Mécanismes de connexion dans ce mode : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>APOP: offered (the greeting has a timestamp)</source>
        <translation>APOP : proposé (le message d’accueil contient un horodatage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APOP: not offered</source>
        <translation>APOP : non proposé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest message: %1 octets</source>
        <translation>Message le plus grand : %1 octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: %1</source>
        <translation>Le serveur a dit : %1</translation>
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
        <translation>Le dossier de file d’attente est inutilisable : %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The message has no recipient.</source>
        <translation>Le message n’a pas de destinataire.</translation>
    </message>
    <message>
        <location line="+208"/>
        <location filename="../core/delivery/QueueDeadLetters.cpp" line="+94"/>
        <location line="+13"/>
        <location line="+27"/>
        <source>No queued message has the id %1.</source>
        <translation>Aucun message en file d’attente n’a l’identifiant %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches %2 messages; give more of the id.</source>
        <translation>%1 correspond à %2 messages ; donnez davantage de l’identifiant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/delivery/QueueDeadLetters.cpp" line="-85"/>
        <source>Cannot remove %1 from the queue.</source>
        <translation>Impossible de retirer %1 de la file d’attente.</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueJournal.cpp" line="+36"/>
        <source>Cannot write the queue journal: %1</source>
        <translation>Impossible d’écrire le journal de la file d’attente : %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read the queue journal: %1</source>
        <translation>Impossible de lire le journal de la file d’attente : %1</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueHold.cpp" line="+29"/>
        <source>spool storage: the queue folder %1 could not be written (is the disk full?); retried as space comes back.</source>
        <translation>stockage de la file d’attente : impossible d’écrire dans le dossier de file d’attente %1 (le disque est-il plein ?) ; nouvel essai dès que de la place se libère.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>spool storage: %1</source>
        <translation>stockage de la file d’attente : %1</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueLock.cpp" line="+53"/>
        <location line="+19"/>
        <source>The queue lock %1 is a symbolic link; refused.</source>
        <translation>Le fichier de verrou de la file d’attente %1 est un lien symbolique ; refusé.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cannot open the queue lock %1: %2</source>
        <translation>Impossible d’ouvrir le fichier de verrou de la file d’attente %1 : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot lock the queue lock %1: %2</source>
        <translation>Impossible de verrouiller le fichier de verrou de la file d’attente %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create the queue lock %1: permission denied.</source>
        <translation>Impossible de créer le fichier de verrou de la file d’attente %1 : permission refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the queue lock %1.</source>
        <translation>Impossible de créer le fichier de verrou de la file d’attente %1.</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueJournal.cpp" line="+16"/>
        <source>The queue runner stopped while this message was being sent; the server may have it already.</source>
        <translation>Le traitement de la file d’attente s’est arrêté pendant l’envoi de ce message ; le serveur l’a peut-être déjà.</translation>
    </message>
</context>
<context>
    <name>mw::QueueBounces</name>
    <message>
        <location filename="../core/history/QueueBounces.cpp" line="+47"/>
        <source>bounced %1: %2 (sent %3 to %4, &quot;%5&quot;, %6)</source>
        <translation>rebond reçu %1 : %2 (envoi %3 à %4, « %5 », %6)</translation>
    </message>
</context>
<context>
    <name>mw::QueueModel</name>
    <message>
        <location filename="../ui/QueueModel.cpp" line="+49"/>
        <source>Held</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead letter</source>
        <translation>Lettre morte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En attente</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>mw::QueueOperations</name>
    <message>
        <location filename="../core/delivery/QueueOperations.cpp" line="+79"/>
        <source>The queue runner is busy; try again.</source>
        <translation>Le traitement de la file d’attente est occupé ; réessayez.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The queue is not held.</source>
        <translation>La file d’attente n’est pas suspendue.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No queued message has the id %1.</source>
        <translation>Aucun message en file d’attente n’a l’identifiant %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue id: %1</source>
        <translation>Identifiant dans la file d’attente : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: %1</source>
        <translation>Mis en file d’attente : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope sender: %1</source>
        <translation>Expéditeur de l’enveloppe : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope recipients: %1</source>
        <translation>Destinataires de l’enveloppe : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts: %1</source>
        <translation>Tentatives : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already delivered to: %1</source>
        <translation>Déjà remis à : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
</context>
<context>
    <name>mw::QueueRunner</name>
    <message>
        <location filename="../core/delivery/QueueRunner.cpp" line="+192"/>
        <source>Another queue runner is busy with this queue.</source>
        <translation>Un autre traitement de file d’attente s’occupe de cette file.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+3"/>
        <source>the previous runner stopped while sending it</source>
        <translation>le traitement précédent s’est arrêté pendant l’envoi</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueRunnerSession.cpp" line="+55"/>
        <source>No SMTP server is set (%1/host).</source>
        <translation>Aucun serveur SMTP n’est défini (%1/host).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail is switched off (%1/enabled).</source>
        <translation>L’envoi des e-mails est désactivé (%1/enabled).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth2 sign-in is chosen but this runner has no access to the sign-in.</source>
        <translation>La connexion OAuth2 est choisie mais ce traitement de la file d’attente n’a pas accès à la connexion.</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueRunnerOutcomes.cpp" line="+169"/>
        <source>The server refused the recipient for good.</source>
        <translation>Le serveur a refusé le destinataire définitivement.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The connection was lost after the message was sent; the server may have it already.</source>
        <translation>La connexion a été perdue après l’envoi du message ; le serveur l’a peut-être déjà.</translation>
    </message>
</context>
<context>
    <name>mw::QueueSummary</name>
    <message>
        <location filename="../ui/QueueSummary.cpp" line="+28"/>
        <source>Open the queue: waiting, held and dead-lettered messages</source>
        <translation>Ouvrir la file d’attente : messages en attente, suspendus et en lettres mortes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POP-before-SMTP: the SMTP server lets this computer relay for pop3/relay_window minutes after the runner&apos;s POP3 login</source>
        <translation>POP avant SMTP : le serveur SMTP laisse cet ordinateur relayer pendant pop3/relay_window minutes après la connexion POP3 du traitement de la file d’attente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Queue…</source>
        <translation>File d’attente…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Queue: empty</source>
        <translation>File d’attente : vide</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n suspendu</numerusform>
            <numerusform>%n suspendus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest %1</source>
        <translation>le plus ancien depuis %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n lettre morte</numerusform>
            <numerusform>%n lettres mortes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: %1</source>
        <translation>File d’attente : %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>relay authorised until %1</source>
        <translation>relais autorisé jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>mw::QueueView</name>
    <message>
        <location filename="../ui/QueueView.cpp" line="+39"/>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Queued messages, oldest first</source>
        <translation>Messages en file d’attente, le plus ancien d’abord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected message: headers and body</source>
        <translation>Le message sélectionné : en-têtes et corps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a message and choose Show message.</source>
        <translation>Sélectionnez un message et choisissez « Afficher le message ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent recently, then bounced</source>
        <translation>Envoyés récemment, avec rebond reçu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected message on the next pass</source>
        <translation>Envoyer le message sélectionné au prochain passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move back</source>
        <translation>Re&amp;mettre en file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected dead letter back to the queue</source>
        <translation>Remettre la lettre morte sélectionnée dans la file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected message from the queue</source>
        <translation>Retirer le message sélectionné de la file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lease hold</source>
        <translation>&amp;Lever la suspension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the next pass try again (it holds the queue again if the trouble is still there)</source>
        <translation>Laisser le prochain passage réessayer (il suspend de nouveau la file d’attente si le problème persiste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show message</source>
        <translation>&amp;Afficher le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The queue is empty.</source>
        <translation>La file d’attente est vide.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n suspendu</numerusform>
            <numerusform>%n suspendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n lettre morte</numerusform>
            <numerusform>%n lettres mortes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue is held since %1: %2</source>
        <translation>La file d’attente est suspendue depuis %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not be reached: %1 Next try at %2.</source>
        <translation>Le serveur n’a pas pu être joint : %1 Prochain essai à %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The delivery history could not be read: %1</source>
        <translation>L’historique des remises n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounces are linked through the delivery history, which is turned off (history/enabled).</source>
        <translation>Les rebonds sont rattachés via l’historique des remises, qui est désactivé (history/enabled).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No message sent in the last %n day(s) bounced.</source>
        <translation>
            <numerusform>Aucun message envoyé depuis %n jour n’a reçu de rebond.</numerusform>
            <numerusform>Aucun message envoyé depuis %n jours n’a reçu de rebond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent in the last %n day(s), then bounced:</source>
        <translation>
            <numerusform>Envoyés depuis %n jour, avec rebond reçu :</numerusform>
            <numerusform>Envoyés depuis %n jours, avec rebond reçu :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; to %2 from the queue? It will not be sent.</source>
        <translation>Retirer « %1 » pour %2 de la file d’attente ? Il ne sera pas envoyé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 removed.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hold is lifted: the next pass tries again.</source>
        <translation>La suspension est levée : le prochain passage réessaiera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is back in the queue.</source>
        <translation>%1 est de retour dans la file d’attente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will be sent on the next pass.</source>
        <translation>%1 sera envoyé au prochain passage.</translation>
    </message>
</context>
<context>
    <name>mw::RefreshTokenStore</name>
    <message>
        <location filename="../core/oauth/RefreshTokenStore.cpp" line="+97"/>
        <source>The saved OAuth2 sign-in is damaged; sign in again.</source>
        <translation>La connexion OAuth2 enregistrée est endommagée ; reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Part of the saved OAuth2 sign-in is missing; sign in again.</source>
        <translation>Une partie de la connexion OAuth2 enregistrée manque ; reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The refresh token is empty.</source>
        <translation>Le jeton d’actualisation est vide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The provider&apos;s refresh token is %1 characters long; Mailwright keeps at most %2 (the OS keychain limits each entry). It was not saved.</source>
        <translation>Le jeton d’actualisation du fournisseur fait %1 caractères ; Mailwright en garde au plus %2 (le trousseau du système limite chaque entrée). Il n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>mw::RememberedCapabilities</name>
    <message>
        <location filename="../core/session/CapabilityMemory.cpp" line="+74"/>
        <source>TLS was used at the last check (%1): this session requires it.</source>
        <translation>TLS était utilisé lors de la dernière vérification (%1) : cette session l’exige.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 logged in at the last check: this session requires it.</source>
        <translation>%1 s’est connecté lors de la dernière vérification : cette session l’exige.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server offered encryption at the last check (%1) and does not now: the session refused to continue in clear (a possible downgrade attack).</source>
        <translation>Le serveur proposait le chiffrement lors de la dernière vérification (%1) et ne le propose plus : la session a refusé de continuer en clair (attaque par rétrogradation possible).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Login methods offered at the last check (%1) are missing now: %2.</source>
        <translation>Des méthodes de connexion proposées lors de la dernière vérification (%1) manquent désormais : %2.</translation>
    </message>
</context>
<context>
    <name>mw::RemoteStatusPage</name>
    <message>
        <location filename="../ui/RemoteStatusPage.cpp" line="+86"/>
        <source>Reading the last requests…</source>
        <translation>Lecture des dernières demandes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking whether one is set…</source>
        <translation>Vérification de l’existence d’un mot de passe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic JSON</source>
        <translation>JSON générique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Teams (workflow)</source>
        <translation>Microsoft Teams (workflow)</translation>
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
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The alert webhook&apos;s URL could not be read: %1</source>
        <translation>L’URL du webhook d’alerte n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the alert webhook&apos;s URL first.</source>
        <translation>Saisissez d’abord l’URL du webhook d’alerte.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Status recipient %1</source>
        <translation>Destinataire de l’état %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address 1 (all empty: any sender)</source>
        <translation>Adresse e-mail 1 (toutes vides : n’importe quel expéditeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address %1</source>
        <translation>Adresse e-mail %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&lt;the POP3 mailbox&apos;s address&gt;</source>
        <translation>&lt;l’adresse de la boîte POP3&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;your read-only password&gt;</source>
        <translation>&lt;votre mot de passe en lecture seule&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sending a test alert…</source>
        <translation>Envoi d’une alerte de test…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System log</source>
        <translation>Journal système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sent (%2)</source>
        <translation>%1 : envoyée (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed: %2</source>
        <translation>%1 : échec : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No second channel is on: choose a webhook or the system log.</source>
        <translation>Aucun second canal n’est activé : choisissez un webhook ou le journal système.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Answered</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No status request has been processed yet.</source>
        <translation>Aucune demande d’état n’a encore été traitée.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) processed, newest first.</source>
        <translation>
            <numerusform>%n demande traitée, la plus récente en premier.</numerusform>
            <numerusform>%n demandes traitées, les plus récentes en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Set (only its digest is stored).</source>
        <translation>Défini (seul son condensé est enregistré).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set: every status request is refused.</source>
        <translation>Non défini : toute demande d’état est refusée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a digest: every request is refused. Type a new one.</source>
        <translation>Pas un condensé : toute demande est refusée. Saisissez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown: the password store cannot be read.</source>
        <translation>Inconnu : le magasin de mots de passe est illisible.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The read-only password could not be removed: %1</source>
        <translation>Le mot de passe en lecture seule n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <location filename="../ui/RemoteStatusPage.h" line="+43"/>
        <location filename="../ui/SettingsWindow.cpp" line="+11"/>
        <source>Status requests and alerts</source>
        <translation>Demandes d’état et alertes</translation>
    </message>
</context>
<context>
    <name>mw::RemoteStatusSecret</name>
    <message>
        <location filename="../core/notify/RemoteStatusSecret.cpp" line="+21"/>
        <source>No password store is available.</source>
        <translation>Aucun magasin de mots de passe n’est disponible.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The password digest could not be computed.</source>
        <translation>Le condensé du mot de passe n’a pas pu être calculé.</translation>
    </message>
</context>
<context>
    <name>mw::Result</name>
    <message>
        <location filename="../core/protocol/Result.cpp" line="+7"/>
        <source>subject %1, issuer %2, valid %3 to %4, SHA-256 %5</source>
        <translation>sujet %1, émetteur %2, valide du %3 au %4, SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>mw::RoundTrip</name>
    <message>
        <location filename="../core/notify/RoundTrip.cpp" line="+37"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the message</source>
        <translation>En attente du message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched over POP3</source>
        <translation>Récupéré par POP3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from the mailbox</source>
        <translation>Supprimé de la boîte</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The message was sent, but fetching it over POP3 failed: %1</source>
        <translation>Le message a été envoyé, mais sa récupération par POP3 a échoué : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The test message came back through %1 after %2 ms; it was deleted from the mailbox.</source>
        <translation>Le message de test est revenu par %1 après %2 ms ; il a été supprimé de la boîte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The test message was accepted for %1 but did not arrive in the POP3 mailbox %2 within %3 s.</source>
        <translation>Le message de test a été accepté pour %1 mais n’est pas arrivé dans la boîte POP3 %2 en %3 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that this POP3 account receives the notification mailbox, and look for a bounce in the bounced-alerts mailbox (mailwright-cli bounces).</source>
        <translation>Vérifiez que ce compte POP3 reçoit la boîte de notification et cherchez un rebond dans la boîte des alertes non distribuées (mailwright-cli bounces).</translation>
    </message>
</context>
<context>
    <name>mw::Router</name>
    <message>
        <location filename="../core/delivery/Router.cpp" line="+51"/>
        <source>%1 is not a permitted recipient (permitted: %2).</source>
        <translation>%1 n’est pas un destinataire autorisé (autorisés : %2).</translation>
    </message>
</context>
<context>
    <name>mw::ServerCheckController</name>
    <message>
        <location filename="../ui/ServerCheckController.cpp" line="+113"/>
        <location line="+15"/>
        <location line="+9"/>
        <source>Check &amp;what the server supports…</source>
        <translation>Vérifier ce que le serveur prend en c&amp;harge…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Try implicit TLS, STARTTLS and clear text on the usual ports of the server typed above, and recommend the safest combination that works</source>
        <translation>Essayer le TLS implicite, STARTTLS et le texte en clair sur les ports habituels du serveur saisi ci-dessus, et recommander la combinaison la plus sûre qui fonctionne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Get SMTP server address…</source>
        <translation>&amp;Obtenir l’adresse du serveur SMTP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the server from the domain of the From address (DNS SRV and MX records, autoconfig, known providers)</source>
        <translation>Trouver le serveur à partir du domaine de l’adresse de l’expéditeur (enregistrements DNS SRV et MX, autoconfig, fournisseurs connus)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try implicit TLS, STARTTLS and clear text on the usual ports of the backup server typed above</source>
        <translation>Essayer le TLS implicite, STARTTLS et le texte en clair sur les ports habituels du serveur de secours saisi ci-dessus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try implicit TLS, STLS and clear text on the usual POP3 ports of the server typed above</source>
        <translation>Essayer le TLS implicite, STLS et le texte en clair sur les ports POP3 habituels du serveur saisi ci-dessus</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Not offered by %1 on port %2 in this mode.</source>
        <translation>Non proposé par %1 sur le port %2 dans ce mode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 offers no login on port %2 in this mode: only No authentication and POP before SMTP can be chosen.</source>
        <translation>%1 ne propose aucune connexion sur le port %2 dans ce mode : seuls « Pas d’authentification » et « POP avant SMTP » peuvent être choisis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 offers %2 on port %3 in this mode; the other methods are unavailable.</source>
        <translation>%1 propose %2 sur le port %3 dans ce mode ; les autres méthodes ne sont pas disponibles.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate is not trusted.</source>
        <translation>Le certificat n’est pas reconnu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust the new certificate</source>
        <translation>Faire confiance au nouveau cer&amp;tificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>Faire confiance à ce cer&amp;tificat</translation>
    </message>
</context>
<context>
    <name>mw::ServerCheckDialog</name>
    <message>
        <location filename="../ui/ServerCheckDialog.cpp" line="+41"/>
        <source>What the SMTP server supports</source>
        <translation>Ce que le serveur SMTP prend en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the POP3 server supports</source>
        <translation>Ce que le serveur POP3 prend en charge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m combinations checked</source>
        <translation>%v combinaisons sur %m vérifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security modes, safest first</source>
        <translation>Modes de sécurité, le plus sûr d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details of the selected mode</source>
        <translation>Détails du mode sélectionné</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Apply recommended settings</source>
        <translation>&amp;Appliquer les paramètres recommandés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the recommended server, port, security and login method into the form; Save keeps them, Discard reverts them</source>
        <translation>Place le serveur, le port, la sécurité et la méthode de connexion recommandés dans le formulaire ; « Enregistrer » les conserve, « Abandonner les modifications » les annule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acce&amp;pt what the server offers now</source>
        <translation>Acce&amp;pter ce que le serveur propose maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers less than at the last successful session. Accept it only if its administrator changed it on purpose.</source>
        <translation>Le serveur propose moins qu’à la dernière session réussie. Acceptez-le seulement si son administrateur l’a changé volontairement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied to the form: Save keeps these settings, Discard changes reverts them.
</source>
        <translation>Appliqué au formulaire : « Enregistrer » conserve ces paramètres, « Abandonner les modifications » les annule.
</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Accepted: sessions now expect what the server offers today.</source>
        <translation>Accepté : les sessions attendent désormais ce que le serveur propose aujourd’hui.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Type the server&apos;s name first.</source>
        <translation>Saisissez d’abord le nom du serveur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking %1 in every security mode (nothing is sent, no login)…</source>
        <translation>Vérification de %1 dans chaque mode de sécurité (rien n’est envoyé, aucune connexion)…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Each combination has its own timeout of %n seconds per step.</source>
        <translation>
            <numerusform>Chaque combinaison a son propre délai de %n seconde par étape.</numerusform>
            <numerusform>Chaque combinaison a son propre délai de %n secondes par étape.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 server %2: every mode, safest first</source>
        <translation>Serveur %1 %2 : tous les modes, le plus sûr d’abord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in there: %1 (the strongest offered that the settings can use)</source>
        <translation>Connexion là-bas : %1 (le plus fort proposé que les paramètres permettent)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The form already uses it.</source>
        <translation>Le formulaire l’utilise déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes:
</source>
        <translation>Modifications à appliquer :
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
        <translation>Automatique (TLS sur le port 465, sinon STARTTLS s’il est proposé ; pas d’authentification sans chiffrement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 587 or 25)</source>
        <translation>STARTTLS (port 587 ou 25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dès le début (port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: clear text (not recommended)</source>
        <translation>Aucune : en clair (déconseillé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/SettingsWindow.cpp" line="-4"/>
        <source>Backup server</source>
        <translation>Serveur de secours</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backup: %1</source>
        <translation>Secours : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use a backup SMTP server when the primary cannot take mail</source>
        <translation>Utiliser un serveur SMTP de &amp;secours quand le principal ne peut pas accepter de courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a backup SMTP server</source>
        <translation>Utiliser un serveur SMTP de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued mail goes to this server while the primary one fails to connect, or at once while the primary refuses the login; it goes back to the primary when it answers</source>
        <translation>Le courrier en file d’attente part vers ce serveur tant que le principal n’arrive pas à se connecter, ou immédiatement tant que le principal refuse l’authentification ; il revient au principal dès que celui-ci répond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup ser&amp;ver:</source>
        <translation>Ser&amp;veur de secours :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before the backup is used</source>
        <translation>Secondes avant l’utilisation du serveur de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long (in seconds; 120 = 2 minutes) the primary server must fail to connect before queued mail goes to the backup. A refused login switches at once.</source>
        <translation>Durée (en secondes ; 120 = 2 minutes) pendant laquelle le serveur principal doit échouer à se connecter avant que le courrier en file d’attente parte vers le serveur de secours. Une authentification refusée fait basculer immédiatement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch a&amp;fter:</source>
        <translation>&amp;Basculer après :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: SMTP authentication method</source>
        <translation>Secours : méthode d’authentification SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login &amp;method:</source>
        <translation>Mé&amp;thode d’authentification :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: SMTP login name</source>
        <translation>Secours : identifiant SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>often the full e-mail address</source>
        <translation>souvent l’adresse e-mail complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: SMTP password</source>
        <translation>Secours : mot de passe SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup SMTP</source>
        <translation>SMTP de secours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats client (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>mw::ServerStatus</name>
    <message>
        <location filename="../core/diagnostics/ServerStatus.cpp" line="+41"/>
        <source>Stop</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection in progress</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to connect</source>
        <translation>Connexion impossible</translation>
    </message>
</context>
<context>
    <name>mw::SettingsModel</name>
    <message>
        <location filename="../core/settings/SettingsModel.cpp" line="+71"/>
        <source>The settings are locked; unlock them to make changes.</source>
        <translation>Les paramètres sont verrouillés ; déverrouillez-les pour les modifier.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set by your administrator (%1).</source>
        <translation>Défini par votre administrateur (%1).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The settings are locked; unlock them to save.</source>
        <translation>Les paramètres sont verrouillés ; déverrouillez-les pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>mw::SettingsValidator</name>
    <message>
        <location filename="../core/settings/SettingsValidator.cpp" line="+56"/>
        <source>The part before the @ is empty.</source>
        <translation>La partie avant le @ est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part before the @ is longer than 64 octets (RFC 5321 §4.5.3.1.1).</source>
        <translation>La partie avant le @ dépasse 64 octets (RFC 5321 §4.5.3.1.1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A backslash in the quoted part before the @ must be followed by a printable character.</source>
        <translation>Dans la partie entre guillemets avant le @, une barre oblique inverse doit être suivie d’un caractère imprimable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A quote inside the quoted part before the @ must be written as \&quot;.</source>
        <translation>Un guillemet dans la partie entre guillemets avant le @ doit s’écrire \&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>La partie avant le @ contient un caractère non autorisé.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The part before the @ must not begin or end with a dot.</source>
        <translation>La partie avant le @ ne doit ni commencer ni finir par un point.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ must not contain two dots in a row.</source>
        <translation>La partie avant le @ ne doit pas contenir deux points consécutifs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ contains &quot;%1&quot;; put that part in double quotes or remove the character.</source>
        <translation>La partie avant le @ contient « %1 » ; mettez cette partie entre guillemets doubles ou supprimez le caractère.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The address literal must end with ].</source>
        <translation>Le littéral d’adresse doit se terminer par ].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IPv6 address literal is not a valid IPv6 address.</source>
        <translation>Le littéral d’adresse IPv6 n’est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An address literal is [IPv4 address] or [IPv6:address] (RFC 5321 §4.1.3).</source>
        <translation>Un littéral d’adresse s’écrit [adresse IPv4] ou [IPv6:adresse] (RFC 5321 §4.1.3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name is empty.</source>
        <translation>Le nom est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+260"/>
        <source>A host name may contain letters, digits, hyphens and dots only (&quot;%1&quot; is not allowed).</source>
        <translation>Un nom d’hôte ne peut contenir que des lettres, des chiffres, des tirets et des points (« %1 » n’est pas autorisé).</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>The name contains a character that is not allowed.</source>
        <translation>Le nom contient un caractère non autorisé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name is not a valid internationalised domain name.</source>
        <translation>Le nom n’est pas un nom de domaine international valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than 253 characters.</source>
        <translation>Le nom dépasse 253 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name contains an empty label (two dots in a row, or a leading dot).</source>
        <translation>Le nom contient une étiquette vide (deux points consécutifs ou un point au début).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each part of the name between dots must be at most 63 characters (RFC 1035 §2.3.4).</source>
        <translation>Chaque partie du nom entre deux points doit faire au plus 63 caractères (RFC 1035 §2.3.4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the name must not begin or end with a hyphen.</source>
        <translation>Une partie du nom ne doit ni commencer ni finir par un trait d’union.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name is not a valid host name.</source>
        <translation>Le nom n’est pas un nom d’hôte valide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This looks like an IPv4 address but is not a valid one.</source>
        <translation>Cela ressemble à une adresse IPv4, mais elle n’est pas valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Must be a whole number from %1 to %2.</source>
        <translation>Doit être un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server name is empty.</source>
        <translation>Le nom du serveur est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name must be on one line.</source>
        <translation>Le nom du serveur doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Between [ and ] must be an IPv6 address.</source>
        <translation>Entre [ et ], il faut une adresse IPv6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid IPv6 address.</source>
        <translation>Ce n’est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address is empty.</source>
        <translation>L’adresse est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must be on one line.</source>
        <translation>L’adresse doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the address without &lt; and &gt;.</source>
        <translation>Saisissez l’adresse sans &lt; ni &gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An e-mail address needs an @ between the name and the domain.</source>
        <translation>Une adresse e-mail nécessite un @ entre le nom et le domaine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain after the @ is empty.</source>
        <translation>Le domaine après le @ est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain after the @ is longer than 255 octets (RFC 5321 §4.5.3.1.2).</source>
        <translation>Le domaine après le @ dépasse 255 octets (RFC 5321 §4.5.3.1.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the @: </source>
        <translation>Après le @ : </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is longer than 254 octets (RFC 5321 §4.5.3.1.3).</source>
        <translation>L’adresse dépasse 254 octets (RFC 5321 §4.5.3.1.3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (colons allowed); this one has %1.</source>
        <translation>Une empreinte SHA-256 compte 64 chiffres hexadécimaux (deux-points autorisés) ; celle-ci en a %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A SHA-256 fingerprint contains only the digits 0-9 and the letters A-F.</source>
        <translation>Une empreinte SHA-256 ne contient que les chiffres 0-9 et les lettres A-F.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name must be on one line.</source>
        <translation>Le nom doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The port after the server name must be a number from 1 to 65535.</source>
        <translation>Le port après le nom du serveur doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The [ before the IPv6 address is not closed by ].</source>
        <translation>Le [ avant l’adresse IPv6 n’est pas fermé par ].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Between [ and ] must be an IPv6 address; write a host name or an IPv4 address without brackets.</source>
        <translation>Entre [ et ], il faut une adresse IPv6 ; écrivez un nom d’hôte ou une adresse IPv4 sans crochets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After ] only :port or ,port may follow.</source>
        <translation>Après ], seul :port ou ,port peut suivre.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsModel.cpp" line="-99"/>
        <location filename="../core/settings/SettingsValidator.cpp" line="+49"/>
        <source>Unknown setting.</source>
        <translation>Paramètre inconnu.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsValidator.cpp" line="+3"/>
        <source>Must be on one line (line breaks are not allowed).</source>
        <translation>Doit tenir sur une seule ligne (les sauts de ligne ne sont pas autorisés).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Must be true or false.</source>
        <translation>Doit être true ou false.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Must be one of: %1.</source>
        <translation>Doit être l’une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Must be on one line.</source>
        <translation>Doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Must be at most 255 octets.</source>
        <translation>Doit faire au plus 255 octets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Must be at most 256 characters.</source>
        <translation>Doit faire au plus 256 caractères.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Enter the SMTP server; it is required while sending through SMTP is enabled.</source>
        <translation>Saisissez le serveur SMTP ; il est obligatoire tant que l’envoi par SMTP est activé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the SMTP login name; the chosen authentication method needs one.</source>
        <translation>Saisissez l’identifiant SMTP ; la méthode d’authentification choisie en nécessite un.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+51"/>
        <source>Enter the client certificate file; EXTERNAL signs in with the TLS client certificate.</source>
        <translation>Indiquez le fichier de certificat client ; EXTERNAL se connecte avec le certificat client TLS.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Enter the mail account (address) to sign in as; OAuth2 sends it with the token.</source>
        <translation>Saisissez le compte de messagerie (adresse) avec lequel se connecter ; OAuth2 l’envoie avec le jeton.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the client id registered with the OAuth2 provider.</source>
        <translation>Saisissez l’identifiant client enregistré auprès du fournisseur OAuth2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the issuer URL of the OpenID provider.</source>
        <translation>Saisissez l’URL de l’émetteur du fournisseur OpenID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Must be an https:// URL without query or fragment (http:// only for this machine).</source>
        <translation>Doit être une URL https:// sans requête ni fragment (http:// uniquement pour cette machine).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the POP3 server; POP-before-SMTP logs in there before sending.</source>
        <translation>Saisissez le serveur POP3 ; POP avant SMTP s’y connecte avant l’envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the POP3 server; it is required while POP3 is enabled.</source>
        <translation>Saisissez le serveur POP3 ; il est obligatoire tant que POP3 est activé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the POP3 login name; a POP3 login needs one.</source>
        <translation>Saisissez l’identifiant POP3 ; une connexion POP3 en nécessite un.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the pickup folder; it is required when the delivery method is pickup.</source>
        <translation>Saisissez le dossier de dépôt ; il est obligatoire lorsque la méthode de remise est le dépôt dans un dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the sender address; every message needs a From: address.</source>
        <translation>Saisissez l’adresse d’expéditeur ; chaque message nécessite une adresse From:.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the secret file; it is required when passwords are kept in a file.</source>
        <translation>Indiquez le fichier de mots de passe ; il est obligatoire lorsque les mots de passe sont conservés dans un fichier.</translation>
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
        <translation>Act&amp;ualiser l’état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the saved servers now (connect and log in, nothing is sent)</source>
        <translation>Vérifier maintenant les serveurs enregistrés (connexion et authentification, rien n’est envoyé)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep passwords in a &amp;file instead</source>
        <translation>Garder les mots de passe dans un &amp;fichier à la place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gn in again</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Discard c&amp;hanges</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+135"/>
        <source>Save the settings and passwords (Ctrl+S)</source>
        <translation>Enregistrer les paramètres et les mots de passe (Ctrl+S)</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;bout</source>
        <translation>À pro&amp;pos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>H&amp;istory…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every message the queue handed over, with its outcome</source>
        <translation>Chaque message remis par la file d’attente, avec son résultat</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New configuration: it will be created at %1 when you save.</source>
        <translation>Nouvelle configuration : elle sera créée dans %1 à l’enregistrement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Saving is disabled so that the file is not overwritten.</source>
        <translation>%1 L’enregistrement est désactivé pour ne pas écraser le fichier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passwords cannot be stored: %1</source>
        <translation>Les mots de passe ne peuvent pas être enregistrés : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1[*] — Mailwright e-mail settings</source>
        <translation>%1[*] — Paramètres e-mail de Mailwright</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving is disabled: the configuration file could not be read.</source>
        <translation>L’enregistrement est désactivé : le fichier de configuration n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save yet: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3</source>
        <translation>Enregistrement impossible pour l’instant : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The keychain could not be used: %1 You can keep the passwords in a file that only you can read instead.</source>
        <translation>Le trousseau n’a pas pu être utilisé : %1 Vous pouvez garder les mots de passe dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password store could not be used: %1</source>
        <translation>Le magasin de mots de passe n’a pas pu être utilisé : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving is disabled: %1</source>
        <translation>L’enregistrement est désactivé : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowStatus.cpp" line="+101"/>
        <source>Warning: the POP3 server works, but not encrypted: it offers no STLS (or someone on the way removed it). With security &quot;Automatic&quot; Mailwright goes on in clear text only because no login is set. Ask the server&apos;s administrator to enable STLS, or use TLS (port 995).</source>
        <translation>Avertissement : le serveur POP3 fonctionne, mais sans chiffrement : il ne propose pas STLS (ou quelqu’un sur le trajet l’a retiré). Avec la sécurité « Automatique », Mailwright continue en clair uniquement parce qu’aucun identifiant n’est défini. Demandez à l’administrateur du serveur d’activer STLS, ou utilisez TLS (port 995).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: the SMTP server works, but not encrypted: it offers no STARTTLS (or someone on the way removed it). With security &quot;Automatic&quot; messages go out in clear text, without a login, and a configured login would be refused. Ask the server&apos;s administrator to enable STARTTLS, or use TLS (port 465).</source>
        <translation>Avertissement : le serveur SMTP fonctionne, mais sans chiffrement : il ne propose pas STARTTLS (ou quelqu’un sur le trajet l’a retiré). Avec la sécurité « Automatique », les messages partent en clair, sans authentification, et une authentification configurée serait refusée. Demandez à l’administrateur du serveur d’activer STARTTLS, ou utilisez TLS (port 465).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-in required: the saved OAuth2 sign-in is no longer accepted. Nothing is sent until you sign in again.</source>
        <translation>Connexion requise : la connexion OAuth2 enregistrée n’est plus acceptée. Rien n’est envoyé tant que vous ne vous êtes pas reconnecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Nothing is sent until you sign in again.</source>
        <translation>%1 Rien n’est envoyé tant que vous ne vous êtes pas reconnecté.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The queue is held: %1</source>
        <translation>La file d’attente est suspendue : %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowTest.cpp" line="+80"/>
        <source>Set the POP3 server and login name of the account that receives the notification mailbox (POP3 tab) to fetch the test message back</source>
        <translation>Définissez le serveur POP3 et l’identifiant du compte qui reçoit la boîte de notification (onglet POP3) pour récupérer le message de test</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix “%1” first: %2</source>
        <translation>Corrigez d’abord « %1 » : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field is marked on its tab.</source>
        <translation>Le champ est signalé sur son onglet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OAuth2 settings have changed since they were saved.</source>
        <translation>Les paramètres OAuth2 ont changé depuis leur enregistrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them and sign in again, then test.</source>
        <translation>Enregistrez-les et reconnectez-vous, puis testez.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindow.cpp" line="+104"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have changed. Save them before closing?</source>
        <translation>Les paramètres ont été modifiés. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowPolicy.cpp" line="+45"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the administrator password to change the settings</source>
        <translation>Saisir le mot de passe administrateur pour modifier les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Managed by your organisation: these settings are read-only (%1). Sending a test and checking the servers still work.</source>
        <translation>Géré par votre organisation : ces paramètres sont en lecture seule (%1). L’envoi d’un test et la vérification des serveurs fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some settings are managed by your organisation (%1): they are marked with a lock.</source>
        <translation>Certains paramètres sont gérés par votre organisation (%1) : ils sont marqués d’un cadenas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy: %1</source>
        <translation>Stratégie : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked by an administrator: the settings are read-only until you unlock them. Sending a test and checking the servers still work.</source>
        <translation>Verrouillé par un administrateur : les paramètres sont en lecture seule jusqu’à leur déverrouillage. L’envoi d’un test et la vérification des serveurs fonctionnent toujours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocked: the settings can be changed. Lock them again when you are done.</source>
        <translation>Déverrouillé : les paramètres peuvent être modifiés. Verrouillez-les à nouveau quand vous avez terminé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the settings read-only again (save or discard your changes first)</source>
        <translation>Remettre les paramètres en lecture seule (enregistrez ou abandonnez d’abord vos modifications)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only while the settings are locked</source>
        <translation>En lecture seule tant que les paramètres sont verrouillés</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowBackup.cpp" line="+19"/>
        <source>Backup SMTP</source>
        <translation>SMTP de secours</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server to test</source>
        <translation>Serveur à tester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which SMTP server Send test, Check login and Verify addresses use</source>
        <translation>Serveur SMTP utilisé par « Envoyer un test », « Vérifier seulement la connexion » et « Vérifier les adresses »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowBundle.cpp" line="+20"/>
        <source>Save support &amp;bundle…</source>
        <translation>Enregistrer le &amp;paquet d’assistance…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One ZIP file for a support request: diagnostics, transcripts, the last server check with its certificates, the queue and versions. It holds no password.</source>
        <translation>Un seul fichier ZIP pour une demande d’assistance : diagnostic, transcriptions, la dernière vérification du serveur avec ses certificats, la file d’attente et les versions. Il ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save support bundle</source>
        <translation>Enregistrer le paquet d’assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing the support bundle…</source>
        <translation>Écriture du paquet d’assistance…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the support bundle… (%1 of %2 files)</source>
        <translation>Écriture du paquet d’assistance… (%1 fichiers sur %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The support bundle was not saved. %1</source>
        <translation>Le paquet d’assistance n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support bundle saved to %1 (%2 files). It holds no password; look through it before you send it.</source>
        <translation>Paquet d’assistance enregistré dans %1 (%2 fichiers). Il ne contient aucun mot de passe ; parcourez-le avant de l’envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowQueue.cpp" line="+21"/>
        <source>&amp;Queue…</source>
        <translation>&amp;File d’attente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting, held and dead-lettered messages; bounces of sent ones</source>
        <translation>Messages en attente, suspendus et en lettres mortes ; rebonds des messages envoyés</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowSetup.cpp" line="+25"/>
        <source>No mail server is set up yet. Mailwright can find the settings from the address the notifications are sent from.</source>
        <translation>Aucun serveur de messagerie n’est encore configuré. Mailwright peut trouver les paramètres à partir de l’adresse d’où partent les notifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up from an e-mail &amp;address…</source>
        <translation>Configurer à partir d’une &amp;adresse e-mail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up manually</source>
        <translation>Configurer manuellement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this offer and fill in the tabs yourself</source>
        <translation>Masquer cette proposition et remplir les onglets vous-même</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowTray.cpp" line="+40"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show status in the tra&amp;y</source>
        <translation>Afficher l’état dans la &amp;zone de notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show status in the tray</source>
        <translation>Afficher l’état dans la zone de notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An icon with the worst server status, a notification when a server cannot be reached or the queue is held; Close then keeps Mailwright running in the tray</source>
        <translation>Une icône avec le pire état des serveurs, une notification quand un serveur est injoignable ou que la file d’attente est suspendue ; « Fermer » laisse alors Mailwright fonctionner dans la zone de notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at lo&amp;gin (in the tray)</source>
        <translation>Démarrer à l’ou&amp;verture de session (dans la zone de notification)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login in the tray</source>
        <translation>Démarrer à l’ouverture de session dans la zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry: %1</source>
        <translation>Entrée : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For you on this computer only, applied at once (not part of the configuration file).</source>
        <translation>Uniquement pour vous sur cet ordinateur, appliqué immédiatement (hors du fichier de configuration).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This desktop has no system tray (notification area), so the status cannot be shown there.</source>
        <translation>Ce bureau n’a pas de barre d’état système (zone de notification) : l’état ne peut pas y être affiché.</translation>
    </message>
</context>
<context>
    <name>mw::SetupAssistant</name>
    <message>
        <location filename="../ui/SetupAssistant.cpp" line="+42"/>
        <source>Set up from an e-mail address</source>
        <translation>Configurer à partir d’une adresse e-mail</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Probing the servers found: %n checked…</source>
        <translation>
            <numerusform>Sondage des serveurs trouvés : %n vérifié…</numerusform>
            <numerusform>Sondage des serveurs trouvés : %n vérifiés…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the address the notifications are sent from. Mailwright looks up its mail servers (known providers, the domain&apos;s autoconfig document, DNS records), tries every one, and proposes the safest that works.</source>
        <translation>Saisissez l’adresse d’où partent les notifications. Mailwright recherche ses serveurs de messagerie (fournisseurs connus, document autoconfig du domaine, enregistrements DNS), les essaie tous et propose le plus sûr qui fonctionne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Adresse e-mail :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the secret store, never in the settings file</source>
        <translation>gardé dans le magasin de secrets, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set up &amp;manually</source>
        <translation>Configurer ma&amp;nuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this assistant and fill in the tabs yourself</source>
        <translation>Fermer cet assistant et remplir les onglets vous-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find settings</source>
        <translation>&amp;Trouver les paramètres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search progress</source>
        <translation>Progression de la recherche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Servers found</source>
        <translation>Serveurs trouvés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use these settings</source>
        <translation>&amp;Utiliser ces paramètres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Choose another server</source>
        <translation>&amp;Choisir un autre serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>These settings are now in the form (not saved yet):
%1

</source>
        <translation>Ces paramètres sont maintenant dans le formulaire (pas encore enregistrés) :
%1

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the OAuth2 client ID on the Authentication tab, Save, and sign in there; then send a test message.</source>
        <translation>Saisissez l’identifiant client OAuth2 dans l’onglet « Authentification », cliquez sur « Enregistrer » et connectez-vous dans cet onglet ; envoyez ensuite un message de test.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test message to prove them, then Save.</source>
        <translation>Envoyez un message de test pour les valider, puis cliquez sur « Enregistrer ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending a test message…</source>
        <translation>Envoi d’un message de test…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign in with %1 (OAuth2) instead of a password</source>
        <translation>Se connecter avec %1 (OAuth2) au lieu d’un mot de passe</translation>
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
        <translation>Saisissez l’adresse complète, par exemple alerts@example.com.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the servers of %1…</source>
        <translation>Recherche des serveurs de %1…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not probed: %1</source>
        <translation>non sondé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n working server(s) found; every one was tried before it is offered.</source>
        <translation>
            <numerusform>%n serveur qui fonctionne trouvé ; chacun a été essayé avant d’être proposé.</numerusform>
            <numerusform>%n serveurs qui fonctionnent trouvés ; chacun a été essayé avant d’être proposé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I have checked that %1 is the mail server of %2</source>
        <translation>J’ai vérifié que %1 est le serveur de messagerie de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No server was found for this address: set it up manually.</source>
        <translation>Aucun serveur n’a été trouvé pour cette adresse : configurez-le manuellement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not answer the probe: it cannot be used.</source>
        <translation>%1 n’a pas répondu au sondage : il ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed: %1</source>
        <translation>Proposé : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ The test message was sent. Save keeps these settings.</source>
        <translation>✓ Le message de test a été envoyé. « Enregistrer » conserve ces paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ %1
%2
The Test panel of the window has the details.</source>
        <translation>✗ %1
%2
Le panneau « Test » de la fenêtre donne les détails.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings could not be saved: the window says why.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : la fenêtre en indique la raison.</translation>
    </message>
</context>
<context>
    <name>mw::SetupProposal</name>
    <message>
        <location filename="../core/diagnostics/SetupProposal.cpp" line="+49"/>
        <source>DNS SRV record</source>
        <translation>enregistrement DNS SRV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>autoconfig document</source>
        <translation>document autoconfig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider table</source>
        <translation>table des fournisseurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MX record</source>
        <translation>enregistrement MX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>guess</source>
        <translation>supposition</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the address you typed</source>
        <translation>l’adresse saisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notifications go to the same address until you change it</source>
        <translation>les notifications vont à la même adresse jusqu’à ce que vous la changiez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login name you typed</source>
        <translation>l’identifiant saisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>most servers take the address as the login name</source>
        <translation>la plupart des serveurs utilisent l’adresse comme identifiant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you chose the provider&apos;s sign-in</source>
        <translation>vous avez choisi la connexion du fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider of the address</source>
        <translation>le fournisseur de l’adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the probe verified the certificate with this CA file</source>
        <translation>le sondage a vérifié le certificat avec ce fichier d’AC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 port %2 with %3, found by %4 (%5). It answered the probe: %6</source>
        <translation>%1 port %2 avec %3, trouvé par %4 (%5). Il a répondu au sondage : %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The safest of %n working server(s): encrypted before any password, named by the most trustworthy source.</source>
        <translation>Le plus sûr des %n serveur(s) qui fonctionnent : chiffré avant tout mot de passe, désigné par la source la plus fiable.</translation>
    </message>
</context>
<context>
    <name>mw::SignInBackends</name>
    <message>
        <location filename="../ui/SignInBackends.cpp" line="+58"/>
        <source>Ticket for %1, valid until %2</source>
        <translation>Ticket de %1, valide jusqu’à %2</translation>
    </message>
</context>
<context>
    <name>mw::SignInFields</name>
    <message>
        <location filename="../ui/SignInFields.cpp" line="+63"/>
        <source>%1 domain or Kerberos realm</source>
        <translation>Domaine %1 ou royaume Kerberos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTLM: the Windows domain; Kerberos: empty for the default realm</source>
        <translation>NTLM : le domaine Windows ; Kerberos : vide pour le royaume par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain / rea&amp;lm:</source>
        <translation>Domaine / roya&amp;ume :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 client certificate file</source>
        <translation>Fichier de certificat client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM (certificate and key) or PKCS#12 file</source>
        <translation>Fichier PEM (certificat et clé) ou PKCS#12</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1 client certificate file</source>
        <translation>Choisir le fichier de certificat client %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificat client :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 client certificate key passphrase</source>
        <translation>Phrase secrète de la clé du certificat client %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète de la clé :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 client certificate details</source>
        <translation>Détails du certificat client %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kerberos ticket</source>
        <translation>Ticket Kerberos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the Kerberos ticket again (after kinit or a domain log-in)</source>
        <translation>Relire le ticket Kerberos (après kinit ou une ouverture de session sur le domaine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kerberos:</source>
        <translation>Kerberos :</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reading the certificate…</source>
        <translation>Lecture du certificat…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Looking for a Kerberos ticket…</source>
        <translation>Recherche d’un ticket Kerberos…</translation>
    </message>
</context>
<context>
    <name>mw::SmtpSession</name>
    <message>
        <location filename="../core/protocol/SmtpWire.cpp" line="+98"/>
        <source>Line %1 of the message is %2 octets long; SMTP allows at most %3.</source>
        <translation>La ligne %1 du message fait %2 octets ; SMTP en autorise au plus %3.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpSession.cpp" line="+48"/>
        <source>No SMTP server (host and port) is configured.</source>
        <translation>Aucun serveur SMTP (hôte et port) configuré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authentication is on but no login name is set.</source>
        <translation>L’authentification est activée mais aucun identifiant n’est défini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication is on but no password is set.</source>
        <translation>L’authentification est activée mais aucun mot de passe n’est défini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OAuth2 sign-in is chosen but no access token is available: sign in first.</source>
        <translation>La connexion OAuth2 est choisie mais aucun jeton d’accès n’est disponible : connectez-vous d’abord.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>This server speaks POP3, not SMTP: check the port number.</source>
        <translation>Ce serveur parle POP3, pas SMTP : vérifiez le numéro de port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server speaks IMAP, not SMTP: check the port number.</source>
        <translation>Ce serveur parle IMAP, pas SMTP : vérifiez le numéro de port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server speaks HTTP, not SMTP: check the port number.</source>
        <translation>Ce serveur parle HTTP, pas SMTP : vérifiez le numéro de port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server speaks SSH, not SMTP: check the port number.</source>
        <translation>Ce serveur parle SSH, pas SMTP : vérifiez le numéro de port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer is not a valid SMTP reply (%1).</source>
        <translation>La réponse du serveur n’est pas une réponse SMTP valide (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server is closing the connection.</source>
        <translation>Le serveur ferme la connexion.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+55"/>
        <source>The server sent a reply nobody asked for.</source>
        <translation>Le serveur a envoyé une réponse que personne n’a demandée.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server refused to serve this client.</source>
        <translation>Le serveur a refusé de servir ce client.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent replies before the client&apos;s first command.</source>
        <translation>Le serveur a envoyé des réponses avant la première commande du client.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server did not accept the greeting (EHLO).</source>
        <translation>Le serveur n’a pas accepté la salutation (EHLO).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The server accepted neither EHLO nor HELO.</source>
        <translation>Le serveur n’a accepté ni EHLO ni HELO.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The server announced STARTTLS but refused to start it; nothing was sent in clear.</source>
        <translation>Le serveur a annoncé STARTTLS mais a refusé de le démarrer ; rien n’a été envoyé en clair.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The server does not offer STARTTLS, and the settings require it; no password or message was sent.</source>
        <translation>Le serveur ne propose pas STARTTLS et les paramètres l’exigent ; ni mot de passe ni message n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server does not offer STARTTLS (or someone on the way removed it), and security &quot;Automatic&quot; never logs in without encryption; no password or message was sent.</source>
        <translation>Le serveur ne propose pas STARTTLS (ou quelqu’un sur le trajet l’a retiré), et la sécurité « Automatique » ne s’authentifie jamais sans chiffrement ; aucun mot de passe ni message n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use security &quot;TLS&quot; (port 465) if the server offers it, or ask its administrator to enable STARTTLS. Only on a trusted network: security &quot;None&quot; allows a login in clear.</source>
        <translation>Utilisez la sécurité « TLS » (port 465) si le serveur la propose, ou demandez à son administrateur d’activer STARTTLS. Seulement sur un réseau de confiance : la sécurité « Aucune » autorise une authentification en clair.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpAuthenticator.cpp" line="+143"/>
        <source>The server keeps asking for more authentication data without end.</source>
        <translation>Le serveur demande sans fin d’autres données d’authentification.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server answered the %1 sign-in with a challenge that is not the base64 JSON error RFC 7628 §3.2.2 describes.</source>
        <translation>Le serveur a répondu à la connexion %1 par un défi qui n’est pas l’erreur JSON en base64 décrite par la RFC 7628 §3.2.2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server asked for more authentication data than %1 uses.</source>
        <translation>Le serveur a demandé plus de données d’authentification que %1 n’en utilise.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server refused the OAuth2 access token (%1) for %2.</source>
        <translation>Le serveur a refusé le jeton d’accès OAuth2 (%1) pour %2.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The server could not check the login just now.</source>
        <translation>Le serveur n’a pas pu vérifier la connexion pour le moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept %1 here.</source>
        <translation>Le serveur n’accepte pas %1 ici.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpWire.cpp" line="+188"/>
        <source>The message has no recipient.</source>
        <translation>Le message n’a pas de destinataire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address %1 cannot be used in an SMTP command (it contains a line break or an angle bracket).</source>
        <translation>L’adresse %1 ne peut pas être utilisée dans une commande SMTP (elle contient un saut de ligne ou un chevron).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The message is %1 octets; the server accepts at most %2.</source>
        <translation>Le message fait %1 octets ; le serveur en accepte au plus %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The message contains 8-bit data and the server does not offer 8BITMIME.</source>
        <translation>Le message contient des données 8 bits et le serveur ne propose pas 8BITMIME.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An address has non-ASCII characters and the server does not offer SMTPUTF8.</source>
        <translation>Une adresse contient des caractères non ASCII et le serveur ne propose pas SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpTransaction.cpp" line="+333"/>
        <source>The server rejected the sender address %1.</source>
        <translation>Le serveur a refusé l’adresse d’expéditeur %1.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The message was sent, but the server rejected some recipients: %1</source>
        <translation>Le message a été envoyé, mais le serveur a refusé certains destinataires : %1</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+28"/>
        <source>The server refused to reset the transaction.</source>
        <translation>Le serveur a refusé de réinitialiser la transaction.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>The server rejected the recipient: %1</source>
        <translation>Le serveur a refusé le destinataire : %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpSession.cpp" line="-234"/>
        <source>This port may expect STARTTLS or no encryption: try security &quot;STARTTLS&quot; (ports 587 or 25).</source>
        <translation>Ce port attend peut-être STARTTLS ou aucun chiffrement : essayez la sécurité « STARTTLS » (ports 587 ou 25).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This port answered in clear text, not with TLS: it expects STARTTLS (or no encryption), not implicit TLS. (%1)</source>
        <translation>Ce port a répondu en clair, pas en TLS : il attend STARTTLS (ou aucun chiffrement), pas du TLS implicite. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server that stays silent after connecting often expects implicit TLS: try security &quot;TLS&quot; (port 465).</source>
        <translation>Un serveur muet après la connexion attend souvent du TLS implicite : essayez la sécurité « TLS » (port 465).</translation>
    </message>
</context>
<context>
    <name>mw::SpoolFiles</name>
    <message>
        <location filename="../core/settings/SpoolFiles.cpp" line="+35"/>
        <location line="+61"/>
        <location line="+36"/>
        <source>%1 is a symbolic link; refused.</source>
        <translation>%1 est un lien symbolique ; refusé.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file of this user; refused.</source>
        <translation>%1 n’est pas un fichier ordinaire de cet utilisateur ; refusé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>The folder %1 is a symbolic link; refused (give the real folder).</source>
        <translation>Le dossier %1 est un lien symbolique ; refusé (indiquez le vrai dossier).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 belongs to another user (uid %2); refused.</source>
        <translation>Le dossier %1 appartient à un autre utilisateur (uid %2) ; refusé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot make the folder %1 private (chmod 700): %2</source>
        <translation>Impossible de rendre le dossier %1 privé (chmod 700) : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot make %1 private (chmod 600): %2</source>
        <translation>Impossible de rendre %1 privé (chmod 600) : %2</translation>
    </message>
</context>
<context>
    <name>mw::StatusIndicator</name>
    <message>
        <location filename="../ui/StatusIndicator.cpp" line="+92"/>
        <source>Sign-in required</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>— unencrypted</source>
        <translation>— non chiffré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— pinned certificate changed!</source>
        <translation>— le certificat épinglé a changé !</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— certificate expired</source>
        <translation>— certificat expiré</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>— certificate expires in %n day(s)</source>
        <translation>
            <numerusform>— le certificat expire dans %n jour</numerusform>
            <numerusform>— le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled or no server set.</source>
        <translation>Désactivé ou aucun serveur défini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing tried since start or since the settings changed.</source>
        <translation>Rien n’a été tenté depuis le démarrage ou depuis la modification des paramètres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check: %1</source>
        <translation>Dernière vérification : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency: %1 ms</source>
        <translation>Latence : %1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Certificate valid for %n more day(s), until %1.</source>
        <translation>
            <numerusform>Certificat valide encore %n jour, jusqu’au %1.</numerusform>
            <numerusform>Certificat valide encore %n jours, jusqu’au %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate: %1, SHA-256 %2</source>
        <translation>Certificat : %1, SHA-256 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: the last session was not encrypted. The server offers no STARTTLS (or someone on the way removed it), so it went on in clear text only because no login is configured; with a login it would have stopped.</source>
        <translation>Avertissement : la dernière session n’était pas chiffrée. Le serveur ne propose pas STARTTLS (ou quelqu’un sur le trajet l’a retiré) : elle n’a continué en clair que parce qu’aucune authentification n’est configurée ; avec une authentification, elle se serait arrêtée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in required: the saved OAuth2 sign-in was refused. Sign in again on the Authentication tab; until then nothing is sent.</source>
        <translation>Connexion requise : la connexion OAuth2 enregistrée a été refusée. Reconnectez-vous dans l’onglet « Authentification » ; d’ici là, rien n’est envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login was rejected: automatic checks will not log in again until the settings or the password change (Refresh Status still does).</source>
        <translation>La connexion a été refusée : les vérifications automatiques ne se reconnecteront pas tant que les paramètres ou le mot de passe n’auront pas changé (« Actualiser l’état » le fait toujours).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 status</source>
        <translation>État %1</translation>
    </message>
</context>
<context>
    <name>mw::StatusMonitor</name>
    <message>
        <location filename="../core/diagnostics/StatusMonitor.cpp" line="+374"/>
        <source>OAuth2 sign-in is chosen but no sign-in is available here: sign in first.</source>
        <translation>La connexion OAuth2 est choisie mais aucune connexion n’est disponible ici : connectez-vous d’abord.</translation>
    </message>
</context>
<context>
    <name>mw::StatusReport</name>
    <message>
        <location filename="../core/notify/StatusReport.cpp" line="+17"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (not configured)</source>
        <translation>%1 : %2 (non configuré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, last check %3</source>
        <translation>%1 : %2, dernière vérification %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: %1 (%2)</source>
        <translation>raison : %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 certificate: unknown (no TLS session recorded)</source>
        <translation>Certificat %1 : inconnu (aucune session TLS enregistrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 certificate: %2 day(s) left (until %3)</source>
        <translation>Certificat %1 : %2 jour(s) restant(s) (jusqu’au %3)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Mailwright status: %1</source>
        <translation>État de Mailwright : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mailwright %1 on %2, %3 (UTC)</source>
        <translation>Mailwright %1 sur %2, %3 (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue: %1 message(s) waiting</source>
        <translation>File d’attente : %1 message(s) en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, oldest %1 s</source>
        <translation>, le plus ancien depuis %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue HELD since %1: %2 (%3)</source>
        <translation>File d’attente SUSPENDUE depuis %1 : %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue not held</source>
        <translation>File d’attente non suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letters: %1</source>
        <translation>Lettres mortes : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last Send Test: %1, %2</source>
        <translation>Dernier envoi de test : %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last Send Test: unknown (none recorded)</source>
        <translation>Dernier envoi de test : inconnu (aucun enregistré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an automatic answer to a status request.</source>
        <translation>Ceci est une réponse automatique à une demande d’état.</translation>
    </message>
</context>
<context>
    <name>mw::StatusRequestCheck</name>
    <message>
        <location filename="../core/notify/StatusRequestCheck.cpp" line="+36"/>
        <source>The request is malformed: %1</source>
        <translation>La demande est mal formée : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not permitted to ask for the status (remote_status/permitted).</source>
        <translation>%1 n’est pas autorisé à demander l’état (remote_status/permitted).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message failed authentication: %1 (Authentication-Results of %2).</source>
        <translation>Le message a échoué à l’authentification : %1 (Authentication-Results de %2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remote status requests are switched off (remote_status/enabled).</source>
        <translation>Les demandes d’état à distance sont désactivées (remote_status/enabled).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote status requests are read over POP3: switch on pop3/enabled.</source>
        <translation>Les demandes d’état à distance sont lues par POP3 : activez pop3/enabled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret store holds the remote status password.</source>
        <translation>Aucun magasin de secrets ne contient le mot de passe d’état à distance.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No remote status password is stored (secret &quot;remote-status&quot;); the mailbox was not read.</source>
        <translation>Aucun mot de passe d’état à distance n’est enregistré (secret « remote-status ») ; la boîte n’a pas été lue.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>This request was processed before (a replay).</source>
        <translation>Cette demande a déjà été traitée (rejeu).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was answered less than %n minute(s) ago (rate limit).</source>
        <translation>
            <numerusform>%1 a déjà reçu une réponse il y a moins de %n minute (limite de fréquence).</numerusform>
            <numerusform>%1 a déjà reçu une réponse il y a moins de %n minutes (limite de fréquence).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer may not be sent: %1</source>
        <translation>La réponse ne peut pas être envoyée : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer could not be queued: %1</source>
        <translation>La réponse n’a pas pu être mise en file d’attente : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>answered to %1</source>
        <translation>réponse envoyée à %1</translation>
    </message>
</context>
<context>
    <name>mw::StatusRequestParser</name>
    <message>
        <location filename="../core/notify/StatusRequest.cpp" line="+247"/>
        <source>The header holds a NUL character.</source>
        <translation>L’en-tête contient un caractère NUL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message starts with a continuation line.</source>
        <translation>Le message commence par une ligne de continuation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A header field is too long.</source>
        <translation>Un champ d’en-tête est trop long.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A header line has no field name.</source>
        <translation>Une ligne d’en-tête n’a pas de nom de champ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header has too many fields.</source>
        <translation>L’en-tête contient trop de champs.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The request has no From address.</source>
        <translation>La demande n’a pas d’adresse From.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request has more than one From address.</source>
        <translation>La demande a plus d’une adresse From.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The envelope sender (Return-Path %1) is not the From address %2.</source>
        <translation>L’expéditeur de l’enveloppe (Return-Path %1) n’est pas l’adresse From %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Sender field (%1) is not the From address %2, and there is no Return-Path to confirm it.</source>
        <translation>Le champ Sender (%1) n’est pas l’adresse From %2, et aucun Return-Path ne permet de le confirmer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message has no header.</source>
        <translation>Le message n’a pas d’en-tête.</translation>
    </message>
</context>
<context>
    <name>mw::StatusRequestService</name>
    <message>
        <location filename="../core/notify/StatusRequestService.cpp" line="+70"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>mw::SystemLog</name>
    <message>
        <location filename="../core/notify/SystemLog_unix.cpp" line="+52"/>
        <source>The system log socket path is too long.</source>
        <translation>Le chemin du socket du journal système est trop long.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The system log at %1 took nothing: %2</source>
        <translation>Le journal système à %1 n’a rien accepté : %2</translation>
    </message>
    <message>
        <location filename="../core/notify/SystemLog_win.cpp" line="+21"/>
        <source>The event log could not be opened (error %1).</source>
        <translation>Le journal des événements n’a pas pu être ouvert (erreur %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The event log took nothing (error %1).</source>
        <translation>Le journal des événements n’a rien accepté (erreur %1).</translation>
    </message>
</context>
<context>
    <name>mw::TestMessage</name>
    <message>
        <location filename="../core/delivery/TestMessage.cpp" line="+36"/>
        <source>Mailwright test message from %1</source>
        <translation>Message de test Mailwright de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (plain text)</source>
        <translation>aucune (texte en clair)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS (implicit)</source>
        <translation>TLS (implicite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>POP avant SMTP</translation>
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
        <translation>Certificat client TLS (EXTERNAL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a test message sent by Mailwright %1 to check how this system sends its notification e-mail.</source>
        <translation>Ceci est un message de test envoyé par Mailwright %1 pour vérifier l’envoi des e-mails de notification de ce système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you are reading it, the settings below work: no action is needed.</source>
        <translation>Si vous lisez ceci, les paramètres ci-dessous fonctionnent : aucune action n’est nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent from host: %1</source>
        <translation>Envoyé depuis l’hôte : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at: %1 (UTC)</source>
        <translation>Envoyé à : %1 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time: %1</source>
        <translation>Heure locale : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings used:</source>
        <translation>Paramètres utilisés :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Delivery: pickup folder %1</source>
        <translation>  Remise : dossier de dépôt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  SMTP server: %1</source>
        <translation>  Serveur SMTP : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Port: %1</source>
        <translation>  Port : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Security: %1</source>
        <translation>  Sécurité : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Authentication: %1</source>
        <translation>  Authentification : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Login name: %1</source>
        <translation>  Identifiant : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  POP3 server: %1 port %2 (login name %3)</source>
        <translation>  Serveur POP3 : %1 port %2 (identifiant %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  From: %1</source>
        <translation>  De : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Notification mailbox: %1</source>
        <translation>  Boîte de notification : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (Passwords are never included in this message.)</source>
        <translation>  (Les mots de passe ne figurent jamais dans ce message.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test token: %1</source>
        <translation>Jeton de test : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No sender (From) address is set.</source>
        <translation>Aucune adresse d’expéditeur (From) définie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notification mailbox is set: the test message has nowhere to go.</source>
        <translation>Aucune boîte de notification définie : le message de test n’a pas de destination.</translation>
    </message>
</context>
<context>
    <name>mw::TestPanel</name>
    <message>
        <location filename="../ui/TestPanel.cpp" line="+54"/>
        <source>Send te&amp;st</source>
        <translation>&amp;Envoyer un test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test message to the system notification mailbox with the settings as shown (saved or not)</source>
        <translation>Envoyer un message de test à la boîte de notification du système avec les paramètres affichés (enregistrés ou non)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k login only</source>
        <translation>&amp;Vérifier seulement la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect and log in, without sending a message</source>
        <translation>Se connecter et s’authentifier sans envoyer de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify addresses</source>
        <translation>Vérifier &amp;les adresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the server whether it accepts the bounce mailbox and every role address (MAIL FROM, RCPT TO, RSET): nothing is sent</source>
        <translation>Demander au serveur s’il accepte la boîte des alertes non distribuées et chaque adresse de rôle (MAIL FROM, RCPT TO, RSET) : rien n’est envoyé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Test steps</source>
        <translation>Étapes du test</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+57"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-235"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Address verification</source>
        <translation>Vérification des adresses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelBanner.cpp" line="+50"/>
        <location line="+92"/>
        <source>&amp;Trust this certificate</source>
        <translation>Faire confiance à ce cer&amp;tificat</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Pins this certificate&apos;s SHA-256 fingerprint in the form (Trusted certificate field); only this certificate is accepted then</source>
        <translation>Épingle l’empreinte SHA-256 de ce certificat dans le formulaire (champ « Certificat de confiance ») ; seul ce certificat est alors accepté</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificate is pinned in the form: save, then test again.</source>
        <translation>Le certificat est épinglé dans le formulaire : enregistrez, puis testez à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The security setting is changed in the form: test again, then save.</source>
        <translation>Le paramètre de sécurité est modifié dans le formulaire : testez à nouveau, puis enregistrez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Sh&amp;ow transcript</source>
        <translation>Afficher la trans&amp;cription</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Copy dia&amp;gnostics</source>
        <translation>Copier le dia&amp;gnostic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions, result, settings without passwords and the transcript, for a support request</source>
        <translation>Versions, résultat, paramètres sans mots de passe et transcription, pour une demande d’assistance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hide transcri&amp;pt</source>
        <translation>Masquer la trans&amp;cription</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostic copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/TestPanel.cpp" line="-196"/>
        <source>Name lookup</source>
        <translation>Résolution du nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting</source>
        <translation>Accueil</translation>
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
        <translation>AUTH (connexion)</translation>
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
        <translation>DATA (message)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in with %1</source>
        <translation>Connecté avec %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not part of this check</source>
        <translation>Ne fait pas partie de cette vérification</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Verifying %n address(es) without sending…</source>
        <translation>
            <numerusform>Vérification de %n adresse sans envoi…</numerusform>
            <numerusform>Vérification de %n adresses sans envoi…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ accepted</source>
        <translation>✓ acceptée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ refused</source>
        <translation>✗ refusée</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+114"/>
        <source>the backup server %1</source>
        <translation>le serveur de secours %1</translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <source>The server accepts every address (%n checked).</source>
        <translation>
            <numerusform>Le serveur accepte toutes les adresses (%n vérifiée).</numerusform>
            <numerusform>Le serveur accepte toutes les adresses (%n vérifiées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The server refuses %n address(es).</source>
        <translation>
            <numerusform>Le serveur refuse %n adresse.</numerusform>
            <numerusform>Le serveur refuse %n adresses.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the refused addresses on the Mailboxes and Copies tabs, or ask the server&apos;s administrator.</source>
        <translation>Corrigez les adresses refusées dans les onglets « Boîtes aux lettres » et « Copies », ou demandez à l’administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked against %1 with MAIL FROM, RCPT TO and RSET; no message was sent.</source>
        <translation>Vérifié auprès de %1 avec MAIL FROM, RCPT TO et RSET ; aucun message n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No message was sent.</source>
        <translation>Aucun message n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
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
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+0"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not needed with these settings</source>
        <translation>Inutile avec ces paramètres</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+17"/>
        <source>Not reached</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent to %1 through %2. Check that it arrived in that mailbox.</source>
        <translation>Envoyé à %1 via %2. Vérifiez qu’il est arrivé dans cette boîte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+20"/>
        <source>Message-ID: %1</source>
        <translation>Message-ID : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test was for %1 through %2; it was not delivered.</source>
        <translation>Le test était destiné à %1 via %2 ; il n’a pas été remis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="-2"/>
        <source>(no recipient)</source>
        <translation>(aucun destinataire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login check against %1; no message was sent.</source>
        <translation>Vérification de connexion auprès de %1 ; aucun message n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the connection was not encrypted.</source>
        <translation>Remarque : la connexion n’était pas chiffrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test message was accepted by the server.</source>
        <translation>Le message de test a été accepté par le serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered; no login is configured.</source>
        <translation>Le serveur a répondu ; aucune connexion n’est configurée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the login (%1).</source>
        <translation>Le serveur a accepté la connexion (%1).</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+122"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+5"/>
        <source>The server said: “%1”</source>
        <translation>Le serveur a dit : « %1 »</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+121"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+4"/>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed at: %1</source>
        <translation>Échec à l’étape : %1</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelBanner.cpp" line="+17"/>
        <source>ALARM: this is not the certificate you trusted. Check with the server&apos;s administrator before trusting the new one.</source>
        <translation>ALERTE : ce n’est pas le certificat auquel vous avez fait confiance. Vérifiez auprès de l’administrateur du serveur avant de faire confiance au nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust the new certificate</source>
        <translation>Faire confiance au nouveau cer&amp;tificat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An expired or not yet valid certificate must be replaced on the server; it cannot be trusted.</source>
        <translation>Un certificat expiré ou pas encore valide doit être remplacé sur le serveur ; on ne peut pas lui faire confiance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pins SHA-256 %1 in the form (Trusted certificate field); only this certificate is accepted then.</source>
        <translation>Épingle SHA-256 %1 dans le formulaire (champ « Certificat de confiance ») ; seul ce certificat est alors accepté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Use implicit TLS on this port</source>
        <translation>Utiliser le TLS implicite sur ce p&amp;ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use STARTTLS on this port</source>
        <translation>Utiliser STARTTLS sur ce p&amp;ort</translation>
    </message>
    <message>
        <location filename="../ui/TestPanel.cpp" line="+11"/>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelBanner.cpp" line="+31"/>
        <source>Test succeeded</source>
        <translation>Test réussi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test failed</source>
        <translation>Échec du test</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="-163"/>
        <source>Send and &amp;fetch back</source>
        <translation>Envoyer et &amp;récupérer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Round trip steps</source>
        <translation>Étapes de l’aller-retour</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Send the test message to the notification mailbox, fetch it back over POP3, delete it there and show the end-to-end delay</source>
        <translation>Envoyer le message de test à la boîte de notification, le récupérer par POP3, l’y supprimer et afficher le délai de bout en bout</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>End-to-end delay: %1 ms</source>
        <translation>Délai de bout en bout : %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message was not fetched back.</source>
        <translation>Le message n’a pas été récupéré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent to %1 and fetched back over POP3 from %2.</source>
        <translation>Envoyé à %1 et récupéré par POP3 depuis %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent to %1; looked for it over POP3 in %2 (%n look(s)).</source>
        <translation>
            <numerusform>Envoyé à %1 ; recherché par POP3 dans %2 (%n recherche).</numerusform>
            <numerusform>Envoyé à %1 ; recherché par POP3 dans %2 (%n recherches).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test for %1 was not delivered.</source>
        <translation>Le test pour %1 n’a pas été remis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
</context>
<context>
    <name>mw::TestSend</name>
    <message>
        <location filename="../core/delivery/TestSend.cpp" line="+41"/>
        <source>Outgoing mail is switched off in the settings.</source>
        <translation>L’envoi des e-mails est désactivé dans les paramètres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recipient: set the system notification mailbox or give an address.</source>
        <translation>Aucun destinataire : définissez la boîte de notification du système ou donnez une adresse.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(The debug log %1 could not be written: %2)</source>
        <translation>(Le journal de débogage %1 n’a pas pu être écrit : %2)</translation>
    </message>
</context>
<context>
    <name>mw::TlsTrust</name>
    <message>
        <location filename="../core/protocol/TlsTrust.cpp" line="-123"/>
        <source>The trusted-certificates file %1 cannot be read: %2</source>
        <translation>Le fichier de certificats de confiance %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trusted-certificates file %1 holds no PEM certificate.</source>
        <translation>Le fichier de certificats de confiance %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>The server speaks TLS on this port but ended the handshake with an error of its own (a TLS alert): the port and security setting are right. Ask the server&apos;s administrator to check its TLS configuration (certificate, key, protocol versions), or try again later.</source>
        <translation>Le serveur parle TLS sur ce port mais a terminé la négociation par une erreur de sa part (une alerte TLS) : le port et le réglage de sécurité sont bons. Demandez à l’administrateur du serveur de vérifier sa configuration TLS (certificat, clé, versions de protocole), ou réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>mw::TokenManager</name>
    <message>
        <location filename="../core/oauth/TokenManager.cpp" line="+89"/>
        <source>Sign-in required: no OAuth2 sign-in is saved for this account.</source>
        <translation>Connexion requise : aucune connexion OAuth2 n’est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OAuth2 provider or client id is not configured.</source>
        <translation>Le fournisseur OAuth2 ou l’identifiant client n’est pas configuré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The OAuth2 provider did not answer: %1</source>
        <translation>Le fournisseur OAuth2 n’a pas répondu : %1</translation>
    </message>
</context>
<context>
    <name>mw::TrayStatus</name>
    <message>
        <location filename="../ui/TrayStatus.cpp" line="+58"/>
        <source>&amp;Open Mailwright</source>
        <translation>&amp;Ouvrir Mailwright</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh status</source>
        <translation>&amp;Actualiser l’état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Backup SMTP</source>
        <translation>SMTP de secours</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+21"/>
        <source>Sign-in required</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>(checking…)</source>
        <translation>(vérification…)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Queue held, %n message(s) waiting</source>
        <translation>
            <numerusform>File d’attente suspendue, %n message en attente</numerusform>
            <numerusform>File d’attente suspendue, %n messages en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Queue: %n message(s) waiting</source>
        <translation>
            <numerusform>File d’attente : %n message en attente</numerusform>
            <numerusform>File d’attente : %n messages en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mailwright could not reach the server.</source>
        <translation>Mailwright n’a pas pu joindre le serveur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The queue is held</source>
        <translation>La file d’attente est suspendue</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) wait until the hold is lifted.</source>
        <translation>
            <numerusform>%n message attend la levée de la suspension.</numerusform>
            <numerusform>%n messages attendent la levée de la suspension.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mw::UnlockDialog</name>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="+23"/>
        <source>Unlock the settings</source>
        <translation>Déverrouiller les paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings are locked by an administrator. Enter the administrator password to change them.</source>
        <translation>Les paramètres sont verrouillés par un administrateur. Saisissez le mot de passe administrateur pour les modifier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrator password</source>
        <translation>Mot de passe administrateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrator &amp;password:</source>
        <translation>&amp;Mot de passe administrateur :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Wrong password. Try again in %n s.</source>
        <translation>
            <numerusform>Mot de passe incorrect. Réessayez dans %n s.</numerusform>
            <numerusform>Mot de passe incorrect. Réessayez dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password. Try again.</source>
        <translation>Mot de passe incorrect. Réessayez.</translation>
    </message>
</context>
<context>
    <name>mw::cli</name>
    <message>
        <location filename="../app/cli/ConfigCommands.cpp" line="+38"/>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnosticsCommands.cpp" line="+52"/>
        <source>steps: %1</source>
        <translation>étapes : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>greeting: %1</source>
        <translation>accueil : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS: %1, %2</source>
        <translation>TLS : %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate %1</source>
        <translation>certificat %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extensions: %1</source>
        <translation>extensions : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign-in mechanisms in this mode: %1</source>
        <translation>mécanismes de connexion dans ce mode : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>largest message: %1 octets</source>
        <translation>message le plus grand : %1 octets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>APOP: offered</source>
        <translation>APOP : proposé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>APOP: not offered</source>
        <translation>APOP : non proposé</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+33"/>
        <source>send the test message to the notification mailbox</source>
        <translation>envoyer le message de test à la boîte de notification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check every security mode of the server, rank them</source>
        <translation>vérifier chaque mode de sécurité du serveur et les classer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find the mail servers of an address (SRV, autoconfig, MX, ...)</source>
        <translation>trouver les serveurs de messagerie d’une adresse (SRV, autoconfig, MX, ...)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>verify every role address, send nothing</source>
        <translation>vérifier chaque adresse de rôle, ne rien envoyer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>show the SMTP and POP3 status (--check: log in now)</source>
        <translation>afficher l’état SMTP et POP3 (--check : se connecter maintenant)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>send the test message and fetch it back over POP3</source>
        <translation>envoyer le message de test et le récupérer par POP3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>list the delivery status notifications in POP3</source>
        <translation>lister les notifications d’état de remise dans POP3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answer the remote status requests in the POP3 mailbox now</source>
        <translation>répondre maintenant aux demandes d’état à distance de la boîte POP3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read, change or check the configuration</source>
        <translation>lire, modifier ou vérifier la configuration</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>one status line for Nagios, Icinga or Zabbix (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)</source>
        <translation>une ligne d’état pour Nagios, Icinga ou Zabbix (code de sortie 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the same figures in the Prometheus text format</source>
        <translation>les mêmes valeurs au format texte Prometheus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the delivery history: every message the queue handed over</source>
        <translation>l’historique des remises : chaque message remis par la file d’attente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send a test alert through the webhook and the system log, and say what each did</source>
        <translation>envoyer une alerte de test via le webhook et le journal système, et indiquer le résultat de chacun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a support bundle (ZIP): diagnostics, transcripts, last probe, queue, versions; no secrets</source>
        <translation>écrire un paquet d’assistance (ZIP) : diagnostic, transcriptions, dernier sondage, file d’attente, versions ; aucun secret</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the versions of Mailwright, Qt, the TLS library and the system, for a bug report</source>
        <translation>les versions de Mailwright, de Qt, de la bibliothèque TLS et du système, pour un rapport de bogue</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>what the administrator&apos;s policy sets and locks; the policy templates (ADMX, profile, policy.ini)</source>
        <translation>ce que la stratégie de l’administrateur définit et verrouille ; les modèles de stratégie (ADMX, profil, policy.ini)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lock the settings window with a password read from standard input (digest: for a policy&apos;s admin_lock)</source>
        <translation>verrouiller la fenêtre des paramètres avec un mot de passe lu sur l’entrée standard (digest : pour le admin_lock d’une stratégie)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>OAuth2 sign-in (device code, or browser with --browser) for xoauth2; logout also revokes the sign-in at the provider</source>
        <translation>connexion OAuth2 (code d’appareil, ou navigateur avec --browser) pour xoauth2 ; logout révoque aussi la connexion chez le fournisseur</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>store a secret read from standard input: smtp, pop3, oauth-client, smtp-client-cert, pop3-client-cert, remote-status (kept only as a digest), backup-smtp, backup-smtp-client-cert, alerts-webhook</source>
        <translation>enregistrer un secret lu sur l’entrée standard : smtp, pop3, oauth-client, smtp-client-cert, pop3-client-cert, remote-status (seul son condensé est gardé), backup-smtp, backup-smtp-client-cert, alerts-webhook</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>queue a notification (body or whole message on stdin)</source>
        <translation>mettre une notification en file (corps ou message entier sur stdin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the outgoing queue</source>
        <translation>la file d’attente sortante</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandHelp.cpp" line="+32"/>
        <source>Sets up, tests and runs how this system sends its notification e-mail.</source>
        <translation>Configure, teste et exécute l’envoi des e-mails de notification de ce système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;mailwright-cli COMMAND --help&quot; describes one command.</source>
        <translation>« mailwright-cli COMMAND --help » décrit une commande.</translation>
    </message>
</context>
<context>
    <name>mw::cli::CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+66"/>
        <source>Use the configuration FILE instead of the per-user one.</source>
        <translation>Utiliser le fichier de configuration FILE au lieu de celui de l’utilisateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object per result.</source>
        <translation>Afficher un objet JSON par résultat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override a setting for this run only (repeatable), e.g. --set smtp/port=2525.</source>
        <translation>Remplacer un paramètre pour cette exécution seulement (répétable), p. ex. --set smtp/port=2525.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do (see above).</source>
        <translation>Ce qu’il faut faire (voir ci-dessus).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Commande inconnue « %1 » ; voir --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+85"/>
        <source>warning: policy: %1</source>
        <translation>avertissement : stratégie : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no configuration file at %1. Create it with &quot;mailwright-cli config set smtp/host HOST&quot; or give --config.</source>
        <translation>Il n’y a pas de fichier de configuration dans %1. Créez-le avec « mailwright-cli config set smtp/host HOST » ou indiquez --config.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/DiagnosticsCommands.cpp" line="+343"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--set expects KEY=VALUE, got &quot;%1&quot;.</source>
        <translation>--set attend CLÉ=VALEUR, reçu « %1 ».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set by your administrator (%2) and cannot be changed here.</source>
        <translation>%1 est défini par votre administrateur (%2) et ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Signed in with %1</source>
        <translation>Connecté avec %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location filename="../app/cli/QueueCommands.cpp" line="+132"/>
        <location line="+18"/>
        <location line="+198"/>
        <source>Server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hint: %1</source>
        <translation>Conseil : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note: the session was not encrypted (the server offers no STARTTLS), so it went on without a login.</source>
        <translation>Remarque : la session n’était pas chiffrée (le serveur ne propose pas STARTTLS), elle a donc continué sans authentification.</translation>
    </message>
    <message>
        <location filename="../app/cli/TestCommand.cpp" line="+40"/>
        <source>Send to ADDR instead of the notification mailbox.</source>
        <translation>Envoyer à ADDR au lieu de la boîte de notification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop after PHASE (connect, tls, ehlo, auth, mail, rcpt) without sending.</source>
        <translation>S’arrêter après PHASE (connect, tls, ehlo, auth, mail, rcpt) sans envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send through SERVER: primary (the default) or backup ([backup_smtp]).</source>
        <translation>Envoyer via SERVER : primary (par défaut) ou backup ([backup_smtp]).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--stop-after takes connect, tls, ehlo, auth, mail or rcpt.</source>
        <translation>--stop-after accepte connect, tls, ehlo, auth, mail ou rcpt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--server takes primary or backup.</source>
        <translation>--server accepte primary ou backup.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--to: %1</source>
        <translation>--to : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send Test to %1 via %2 port %3
</source>
        <translation>Test envoyé à %1 via %2 port %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="+136"/>
        <source>signed in with %1</source>
        <translation>connecté avec %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WARNING: the certificate expired on %1</source>
        <translation>ATTENTION : le certificat a expiré le %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>WARNING: the certificate expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>ATTENTION : le certificat expire dans %n jour (%1)</numerusform>
            <numerusform>ATTENTION : le certificat expire dans %n jours (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate valid until %1</source>
        <translation>certificat valable jusqu’au %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommands.cpp" line="+23"/>
        <source>usage: config get SECTION/KEY</source>
        <translation>usage : config get SECTION/KEY</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+52"/>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Clé inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>usage: config set SECTION/KEY VALUE</source>
        <translation>usage : config set SECTION/KEY VALUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--set cannot be combined with config set.</source>
        <translation>--set ne peut pas être combiné avec config set.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords are not kept in the configuration file; use &quot;secret set&quot;.</source>
        <translation>Les mots de passe ne sont pas gardés dans le fichier de configuration ; utilisez « secret set ».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>usage: config unset SECTION/KEY</source>
        <translation>usage : config unset SECTION/KEY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--set cannot be combined with config unset.</source>
        <translation>--set ne peut pas être combiné avec config unset.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The configuration is valid.</source>
        <translation>La configuration est valide.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the configuration is valid.</source>
        <translation>%1 : la configuration est valide.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; passwords: *** (kept in the secret store, never in this file)</source>
        <translation>&#xa0;; mots de passe : *** (gardés dans le magasin de secrets, jamais dans ce fichier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; administrator lock: set</source>
        <translation>; verrou administrateur : défini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: config get KEY | set KEY VALUE | unset KEY | validate | show</source>
        <translation>usage : config get KEY | set KEY VALUE | unset KEY | validate | show</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>usage: secret set %1 (the password, client secret, key passphrase or webhook URL is read from standard input)</source>
        <translation>usage : secret set %1 (le mot de passe, le secret client, la phrase secrète de la clé ou l’URL du webhook est lu sur l’entrée standard)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password was given on standard input.</source>
        <translation>Aucun mot de passe n’a été fourni sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>The password could not be stored (%1): %2</source>
        <translation>Le mot de passe n’a pas pu être enregistré (%1) : %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The remote-status password is stored as a digest in the %1 backend.</source>
        <translation>Le mot de passe remote-status est enregistré sous forme de condensé dans le magasin %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 password is stored in the %2 backend.</source>
        <translation>Le mot de passe %1 est enregistré dans le magasin « %2 ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue held for the refused login will be tried again.</source>
        <translation>La file d&apos;attente retenue pour la connexion refusée sera réessayée.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnosticsCommands.cpp" line="-299"/>
        <source>Try PORT:MODE (mode tls, starttls or plain) instead of the standard ports (repeatable).</source>
        <translation>Essayer PORT:MODE (mode tls, starttls ou plain) au lieu des ports standard (répétable).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds per phase of each attempt (default: the settings&apos; timeout, at most 10).</source>
        <translation>Secondes par phase de chaque tentative (par défaut : le délai des paramètres, 10 au plus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember what the server offers now even if it offers less than at the last check.</source>
        <translation>Retenir ce que le serveur propose maintenant même s’il propose moins qu’à la dernière vérification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>probe takes &quot;smtp&quot; (the default), &quot;backup-smtp&quot; or &quot;pop3&quot;.</source>
        <translation>probe accepte « smtp » (par défaut), « backup-smtp » ou « pop3 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/TestCommand.cpp" line="-22"/>
        <source>No backup SMTP server is set (backup_smtp/enabled).</source>
        <translation>Aucun serveur SMTP de secours n’est défini (backup_smtp/enabled).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/host is not set.</source>
        <translation>%1/host n’est pas défini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--port expects PORT:MODE (tls, starttls, plain), got &quot;%1&quot;.</source>
        <translation>--port attend PORT:MODE (tls, starttls, plain), reçu « %1 ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+158"/>
        <source>--timeout takes 1 to 600 seconds.</source>
        <translation>--timeout accepte de 1 à 600 secondes.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The queue held for the refused downgrade will be tried again.</source>
        <translation>La file d&apos;attente retenue pour la rétrogradation refusée sera réessayée.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 server %2: every mode, safest first
</source>
        <translation>Serveur %1 %2 : tous les modes, le plus sûr d’abord
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in there: %1 (the strongest offered that the settings can use)
</source>
        <translation>Connexion là-bas : %1 (le plus fort proposé que les paramètres permettent)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+183"/>
        <source>To apply it:
</source>
        <translation>Pour l’appliquer :
</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The settings already use it.
</source>
        <translation>Les paramètres l’utilisent déjà.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask this DNS server (port 53) instead of the system&apos;s.</source>
        <translation>Interroger ce serveur DNS (port 53) au lieu de celui du système.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the autoconfig document from TEMPLATE (%1 the domain, %2 the address) instead of the standard places (repeatable).</source>
        <translation>Récupérer le document autoconfig depuis TEMPLATE (%1 le domaine, %2 l’adresse) au lieu des emplacements standard (répétable).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PORT:MODE to try on hosts of unknown port (MX, guesses); repeatable.</source>
        <translation>PORT:MODE à essayer sur les hôtes de port inconnu (MX, suppositions) ; répétable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same for POP3 hosts.</source>
        <translation>La même chose pour les hôtes POP3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra trusted CA certificates (PEM) for the probes.</source>
        <translation>Certificats d’AC de confiance supplémentaires (PEM) pour les sondages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds per phase of each probe (default 8).</source>
        <translation>Secondes par phase de chaque sondage (8 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the candidates without probing them.</source>
        <translation>Lister les candidats sans les sonder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe only loopback addresses (for tests).</source>
        <translation>Ne sonder que les adresses de bouclage (pour les tests).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for SMTP only.</source>
        <translation>Rechercher uniquement SMTP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow recommending a server outside the address&apos;s domain that only DNS or http named (check first that it is your provider&apos;s); its certificate is still never trusted automatically.</source>
        <translation>Autoriser la recommandation d’un serveur hors du domaine de l’adresse que seuls le DNS ou http ont indiqué (vérifiez d’abord qu’il s’agit de celui de votre fournisseur) ; son certificat n’est toujours jamais reconnu automatiquement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An e-mail address or a domain.</source>
        <translation>Une adresse e-mail ou un domaine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>detect takes one ADDRESS (user@example.com) or domain.</source>
        <translation>detect attend une ADRESSE (user@example.com) ou un domaine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--nameserver takes an IP address.</source>
        <translation>--nameserver attend une adresse IP.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected PORT:MODE (tls, starttls, plain), got &quot;%1&quot;.</source>
        <translation>PORT:MODE attendu (tls, starttls, plain), reçu « %1 ».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Looking for the mail servers of %1 ...</source>
        <translation>Recherche des serveurs de messagerie de %1 ...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only if you checked that it is the mail server of %1, run again with --accept-foreign-host.</source>
        <translation>Seulement si vous avez vérifié qu’il s’agit du serveur de messagerie de %1, relancez avec --accept-foreign-host.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lookups for %1:
</source>
        <translation>Recherches pour %1 :
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not probed</source>
        <translation>non sondé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found by: %1</source>
        <translation>trouvé par : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps: %1</source>
        <translation>étapes : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 candidates:
</source>
        <translation>%1 candidats :
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only rcpt is allowed here.</source>
        <translation>Seul rcpt est autorisé ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every role address with RCPT, send nothing.</source>
        <translation>Vérifier chaque adresse de rôle par RCPT, ne rien envoyer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--all-roles checks addresses: it stops after rcpt.</source>
        <translation>--all-roles vérifie des adresses : il s’arrête après rcpt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Addresses checked with MAIL FROM / RCPT TO at %1 port %2 (nothing sent):
</source>
        <translation>Adresses vérifiées par MAIL FROM / RCPT TO sur %1 port %2 (rien n’a été envoyé) :
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../app/cli/TestCommand.cpp" line="+29"/>
        <source>Send Test to %1 via %2 port %3 (POP-before-SMTP via %4, relay window %5 minutes)
</source>
        <translation>Test envoyé à %1 via %2 port %3 (POP avant SMTP via %4, fenêtre de relais %5 minutes)
</translation>
    </message>
    <message>
        <location filename="../app/cli/BouncesCommand.cpp" line="+20"/>
        <source>Delete the delivery status notifications that were listed (others stay).</source>
        <translation>Supprimer les notifications d’état de remise listées (les autres restent).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlertsCommand.cpp" line="+17"/>
        <location filename="../app/cli/BouncesCommand.cpp" line="+1"/>
        <location filename="../app/cli/BundleCommand.cpp" line="+20"/>
        <location filename="../app/cli/HistoryCommand.cpp" line="+92"/>
        <location filename="../app/cli/StatusRequestsCommand.cpp" line="+23"/>
        <location filename="../app/cli/VersionCommand.cpp" line="+17"/>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test alert.</source>
        <translation>Envoyer une alerte de test.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: alerts test [--json]</source>
        <translation>usage : alerts test [--json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No second channel is on: set alerts/webhook or alerts/system_log first.</source>
        <translation>Aucun second canal n’est activé : définissez d’abord alerts/webhook ou alerts/system_log.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../app/cli/BouncesCommand.cpp" line="+9"/>
        <source>The bounced-alerts mailbox is read over POP3: set pop3/host and pop3/username first.</source>
        <translation>La boîte des alertes non distribuées est lue par POP3 : définissez d’abord pop3/host et pop3/username.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Bounced-alerts mailbox %1@%2: %n message(s)</source>
        <translation>
            <numerusform>Boîte des alertes non distribuées %1@%2 : %n message</numerusform>
            <numerusform>Boîte des alertes non distribuées %1@%2 : %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n delivery status notification(s)</source>
        <translation>
            <numerusform>%n notification d’état de remise</numerusform>
            <numerusform>%n notifications d’état de remise</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>original %1</source>
        <translation>original %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[new]</source>
        <translation>[nouveau]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[deleted]</source>
        <translation>[supprimé]</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  (%n message(s) larger than %1 octets were not read)</source>
        <translation>
            <numerusform>  (%n message de plus de %1 octets n’a pas été lu)</numerusform>
            <numerusform>  (%n messages de plus de %1 octets n’ont pas été lus)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RoundTripCommand.cpp" line="+16"/>
        <source>Fetch the test message back over POP3.</source>
        <translation>Récupérer le message de test par POP3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up after SECONDS (default 120).</source>
        <translation>Abandonner après SECONDES (120 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look into the mailbox every SECONDS (default 2).</source>
        <translation>Regarder dans la boîte toutes les SECONDES (2 par défaut).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait attend un nombre de secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--poll takes a number of seconds.</source>
        <translation>--poll attend un nombre de secondes.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Round trip: sending to %1 failed
</source>
        <translation>Aller-retour : l’envoi à %1 a échoué
</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Sent to %1 in %2 ms (token %3); looking for it over POP3 at %4...</source>
        <translation>Envoyé à %1 en %2 ms (jeton %3) ; recherche par POP3 sur %4...</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Round trip via POP3 %1
</source>
        <translation>Aller-retour par POP3 %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/QueueCommands.cpp" line="-297"/>
        <source>queue: %n message(s) waiting</source>
        <translation>
            <numerusform>file d’attente : %n message en attente</numerusform>
            <numerusform>file d’attente : %n messages en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, oldest %1 s</source>
        <translation>, la plus ancienne %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, HELD (see &quot;queue list&quot;)</source>
        <translation>, SUSPENDUE (voir « queue list »)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n dead letter(s)</source>
        <translation>
            <numerusform>, %n lettre morte</numerusform>
            <numerusform>, %n lettres mortes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="+37"/>
        <source>job (default), error or console: decides the copies.</source>
        <translation>job (par défaut), error ou console : détermine les copies.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient (repeatable).</source>
        <translation>Destinataire (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject line.</source>
        <translation>Ligne d’objet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a whole RFC 5322 message from standard input and take the recipients from its To, Cc and Bcc fields.</source>
        <translation>Lire un message RFC 5322 complet sur l’entrée standard et prendre les destinataires de ses champs To, Cc et Bcc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted for sendmail compatibility (a lone dot does not end the input anyway).</source>
        <translation>Accepté pour la compatibilité avec sendmail (un point seul ne termine de toute façon pas l’entrée).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--category takes job, error or console.</source>
        <translation>--category accepte job, error ou console.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to %1: %2</source>
        <translation>--to %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mailboxes/from is not set: the message needs a sender.</source>
        <translation>mailboxes/from n’est pas défini : le message a besoin d’un expéditeur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give at least one --to address (or use -t).</source>
        <translation>Indiquez au moins une adresse --to (ou utilisez -t).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mailwright-cli: refused: %1</source>
        <translation>mailwright-cli : refusé : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No permitted recipient; nothing was queued.</source>
        <translation>Aucun destinataire autorisé ; rien n’a été mis en file d’attente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mailwright-cli: no permitted recipient; nothing was queued.</source>
        <translation>mailwright-cli : aucun destinataire autorisé ; rien n’a été mis en file d’attente.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not sent to %1 (not a permitted recipient).</source>
        <translation>Non envoyé à %1 (destinataire non autorisé).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queued in %1.</source>
        <translation>Mis en file d’attente dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued in %1 for the others. %2</source>
        <translation>Mis en file d’attente dans %1 pour les autres. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>queued %1 for %2</source>
        <translation>%1 mis en file pour %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mailwright-cli: %1</source>
        <translation>mailwright-cli : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/QueueCommands.cpp" line="+25"/>
        <source>usage: queue list | flush | run [--once] | retry ID | purge ID | release | show ID</source>
        <translation>usage : queue list | flush | run [--once] | retry ID | purge ID | release | show ID</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The queue is HELD since %1: %2
  It resumes by itself when the queue folder can be written again.</source>
        <translation>La file d’attente est SUSPENDUE depuis %1 : %2
  Elle reprend d’elle-même quand le dossier de file d’attente est de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue is HELD since %1: %2 (%3)%4
  It resumes when the settings change, or try once now with &quot;queue flush&quot;.</source>
        <translation>La file d’attente est SUSPENDUE depuis %1 : %2 (%3)%4
  Elle reprend quand les paramètres changent, ou essayez une fois maintenant avec « queue flush ».</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The server could not be reached %n time(s) in a row: %1 (%2); next try %3.</source>
        <translation>
            <numerusform>Le serveur a été injoignable %n fois de suite : %1 (%2) ; prochain essai %3.</numerusform>
            <numerusform>Le serveur a été injoignable %n fois de suite : %1 (%2) ; prochain essai %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue is empty (%1).</source>
        <translation>La file d’attente est vide (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>next attempt %1</source>
        <translation>prochaine tentative %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sent in the last %n day(s), then bounced:</source>
        <translation>
            <numerusform>Envoyés depuis %n jour, avec rebond reçu :</numerusform>
            <numerusform>Envoyés depuis %n jours, avec rebond reçu :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mailwright-cli: the delivery history could not be read: %1</source>
        <translation>mailwright-cli : l’historique des remises n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>usage: queue run [--once]</source>
        <translation>usage : queue run [--once]</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 will be sent on the next pass.</source>
        <translation>%1 sera envoyé au prochain passage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hold is lifted: the next pass tries again.</source>
        <translation>La suspension est levée : le prochain passage réessaiera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The queue is held: %1</source>
        <translation>La file d’attente est suspendue : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 delivered, %2 deferred, %3 dead-lettered, %4 outcome unknown; %5 still queued.</source>
        <translation>%1 remis, %2 différés, %3 en lettres mortes, %4 au résultat inconnu ; %5 encore en file d’attente.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>mailwright-cli: status requests: %1</source>
        <translation>mailwright-cli : demandes d’état : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+45"/>
        <source>Sign in again with &quot;mailwright-cli oauth login&quot;.</source>
        <translation>Reconnectez-vous avec « mailwright-cli oauth login ».</translation>
    </message>
    <message>
        <location filename="../app/cli/OAuthCommands.cpp" line="+77"/>
        <source>oauth/client_id is not set: enter the client id registered with the provider.</source>
        <translation>oauth/client_id n’est pas défini : saisissez l’identifiant client enregistré auprès du fournisseur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The OAuth2 client secret could not be read: %1</source>
        <translation>Le secret client OAuth2 n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+55"/>
        <source>The secret store did not finish saving the new OAuth2 refresh token in time; the saved sign-in may no longer work.</source>
        <translation>Le magasin de secrets n’a pas fini d’enregistrer à temps le nouveau jeton d’actualisation OAuth2 ; la connexion enregistrée risque de ne plus fonctionner.</translation>
    </message>
    <message>
        <location filename="../app/cli/OAuthCommands.cpp" line="+27"/>
        <source>oauth takes login, status [--check] or logout.</source>
        <translation>oauth accepte login, status [--check] ou logout.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed out: the saved OAuth2 sign-in was removed from the %1 store.</source>
        <translation>Déconnecté : la connexion OAuth2 enregistrée a été retirée du magasin « %1 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider revoked it.</source>
        <translation>Le fournisseur l’a révoquée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signed in as %1 (%2); a refresh token is saved.</source>
        <translation>Connecté en tant que %1 (%2) ; un jeton d’actualisation est enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in required: no OAuth2 sign-in is saved.</source>
        <translation>Connexion requise : aucune connexion OAuth2 n’est enregistrée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in as %1; the provider refreshed the sign-in. Granted scopes: %2</source>
        <translation>Connecté en tant que %1 ; le fournisseur a actualisé la connexion. Portées accordées : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oauth login takes --browser [--open], or nothing.</source>
        <translation>oauth login accepte --browser [--open], ou rien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--open goes with --browser.</source>
        <translation>--open va avec --browser.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>To sign in, open this address in a browser on this computer:</source>
        <translation>Pour vous connecter, ouvrez cette adresse dans un navigateur sur cet ordinateur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the sign-in (at most 5 minutes)...</source>
        <translation>En attente de la connexion (5 minutes au plus)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mailwright-cli: the browser could not be started; open the address yourself.</source>
        <translation>mailwright-cli : le navigateur n’a pas pu être lancé ; ouvrez l’adresse vous-même.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>Pour vous connecter, ouvrez %1 et saisissez le code %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(or open %1)</source>
        <translation>(ou ouvrez %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the sign-in...</source>
        <translation>En attente de la connexion...</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The provider signed you in but issued no refresh token, so Mailwright could not send later. Ask for the offline_access scope (oauth/scopes) or allow refresh tokens for this client.</source>
        <translation>Le fournisseur vous a connecté mais n’a émis aucun jeton d’actualisation : Mailwright ne pourrait pas envoyer plus tard. Demandez la portée offline_access (oauth/scopes) ou autorisez les jetons d’actualisation pour ce client.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed in. Granted scopes: %1. The refresh token is saved in the %2 store.</source>
        <translation>Connecté. Portées accordées : %1. Le jeton d’actualisation est enregistré dans le magasin « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="+43"/>
        <source>usage: policy show [--json]</source>
        <translation>usage : policy show [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: policy templates DIR</source>
        <translation>usage : policy templates DIR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The policy templates are in %1.</source>
        <translation>Les modèles de stratégie sont dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: policy show [--json] | templates DIR</source>
        <translation>usage : policy show [--json] | templates DIR</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>secret %1: locked (%2)</source>
        <translation>secret %1 : verrouillé (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator lock: none</source>
        <translation>verrou administrateur : aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator lock: set (%1)</source>
        <translation>verrou administrateur : défini (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: admin-lock set|clear|digest (the password is read from standard input)</source>
        <translation>usage : admin-lock set|clear|digest (le mot de passe est lu sur l’entrée standard)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--set cannot be combined with admin-lock.</source>
        <translation>--set ne peut pas être combiné avec admin-lock.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The administrator lock is set by your administrator (%1) and cannot be changed here.</source>
        <translation>Le verrou administrateur est défini par votre administrateur (%1) et ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The administrator lock is removed.</source>
        <translation>Le verrou administrateur est supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator lock is set: the settings window opens read-only until it is unlocked.</source>
        <translation>Le verrou administrateur est défini : la fenêtre des paramètres s’ouvre en lecture seule jusqu’à son déverrouillage.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusRequestsCommand.cpp" line="+2"/>
        <source>Check the mailbox for requests now.</source>
        <translation>Vérifier maintenant les demandes dans la boîte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: status-requests check [--json]</source>
        <translation>usage : status-requests check [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remote status requests are switched off: set remote_status/enabled to true first.</source>
        <translation>Les demandes d’état à distance sont désactivées : définissez d’abord remote_status/enabled à true.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote status requests are read over POP3: set pop3/enabled, pop3/host and pop3/username first.</source>
        <translation>Les demandes d’état à distance sont lues par POP3 : définissez d’abord pop3/enabled, pop3/host et pop3/username.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another process is checking the mailbox; try again.</source>
        <translation>Un autre processus vérifie la boîte ; réessayez.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Mailbox %1@%2: %n message(s), </source>
        <translation>
            <numerusform>Boîte %1@%2 : %n message, </numerusform>
            <numerusform>Boîte %1@%2 : %n messages, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n status request(s)</source>
        <translation>
            <numerusform>%n demande d’état</numerusform>
            <numerusform>%n demandes d’état</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="-14"/>
        <source>Only messages since WHEN: an age (90m, 2h, 3d, 1w) or an ISO date or time.</source>
        <translation>Uniquement les messages depuis WHEN : une ancienneté (90m, 2h, 3d, 1w) ou une date ou heure ISO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only messages that were not delivered (dead, deferred, outcome unknown) or that bounced.</source>
        <translation>Uniquement les messages non remis (morts, différés, résultat inconnu) ou ayant reçu un rebond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only messages whose recipient, subject or Message-ID contains TEXT.</source>
        <translation>Uniquement les messages dont le destinataire, l’objet ou le Message-ID contient TEXT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N messages, newest first (default 100).</source>
        <translation>Au plus N messages, les plus récents en premier (100 par défaut).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: history [--since WHEN] [--failed] [--grep TEXT] [--limit N] [--json] | show ID | resend ID</source>
        <translation>usage : history [--since WHEN] [--failed] [--grep TEXT] [--limit N] [--json] | show ID | resend ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a history entry id (a number, as &quot;history&quot; lists them).</source>
        <translation>« %1 » n’est pas un identifiant d’entrée de l’historique (un nombre, tel que « history » les affiche).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The delivery history has no entry %1.</source>
        <translation>L’historique des remises ne contient pas d’entrée %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error class</source>
        <translation>Classe d’erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server said</source>
        <translation>Le serveur a répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue id</source>
        <translation>Identifiant dans la file d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To/Cc</source>
        <translation>To/Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounced</source>
        <translation>Rebond reçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the text of the message was not kept: history/keep_bodies)</source>
        <translation>(le texte du message n’a pas été gardé : history/keep_bodies)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queued again as %1 (Resent-Message-ID %2); it is sent on the next pass.</source>
        <translation>Remis en file d’attente sous %1 (Resent-Message-ID %2) ; il sera envoyé au prochain passage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dead letter %1 is queued again; it is sent on the next pass.</source>
        <translation>La lettre morte %1 est remise en file d’attente ; elle sera envoyée au prochain passage.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--since %1: give an age (90m, 2h, 3d, 1w) or an ISO date or time (2026-12-01, 2026-12-01T08:00).</source>
        <translation>--since %1 : indiquez une ancienneté (90m, 2h, 3d, 1w) ou une date ou heure ISO (2026-12-01, 2026-12-01T08:00).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--limit wants a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message in the delivery history matches (%1).</source>
        <translation>Aucun message de l’historique des remises ne correspond (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message in the delivery history matches; recording is off (history/enabled).</source>
        <translation>Aucun message de l’historique des remises ne correspond ; l’enregistrement est désactivé (history/enabled).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVER</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECIPIENTS</source>
        <translation>DESTINATAIRES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUBJECT</source>
        <translation>OBJET</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bounced</source>
        <translation>rebond reçu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bounced: %1</source>
        <translation>rebond reçu : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/MonitoringCommands.cpp" line="+23"/>
        <source>there is no configuration file at %1</source>
        <translation>il n’y a pas de fichier de configuration dans %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the configuration %1 cannot be used</source>
        <translation>la configuration %1 est inutilisable</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unexpected argument %1 (usage: check [--json])</source>
        <translation>argument inattendu %1 (usage : check [--json])</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument %1 (usage: metrics [--output FILE])</source>
        <translation>argument inattendu %1 (usage : metrics [--output FILE])</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BundleCommand.cpp" line="+2"/>
        <source>The ZIP archive to write.</source>
        <translation>L’archive ZIP à écrire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: bundle FILE [--json]</source>
        <translation>usage : bundle FILE [--json]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Support bundle written to %1.</source>
        <translation>Paquet d’assistance écrit dans %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support bundle written to %1 (%2 files). It holds no password or token; look through it before you send it.</source>
        <translation>Paquet d’assistance écrit dans %1 (%2 fichiers). Il ne contient aucun mot de passe ni jeton ; parcourez-le avant de l’envoyer.</translation>
    </message>
    <message>
        <location filename="../app/cli/VersionCommand.cpp" line="+4"/>
        <source>usage: version [--json]</source>
        <translation>usage : version [--json]</translation>
    </message>
</context>
<context>
    <name>mw::mime</name>
    <message>
        <location filename="../core/delivery/MimeEncoding.cpp" line="+170"/>
        <source>The address literal &quot;%1&quot; is not valid.</source>
        <translation>Le littéral d’adresse « %1 » n’est pas valide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The domain &quot;%1&quot; is not a valid host name.</source>
        <translation>Le domaine « %1 » n’est pas un nom d’hôte valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The domain &quot;%1&quot; is not a valid international domain name.</source>
        <translation>Le domaine « %1 » n’est pas un nom de domaine international valide.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>contains a line break or a NUL character</source>
        <translation>contient un saut de ligne ou un caractère NUL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a control character</source>
        <translation>contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains invalid Unicode</source>
        <translation>contient de l’Unicode invalide</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>The address is empty.</source>
        <translation>L’adresse est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains a line break or a NUL character.</source>
        <translation>L’adresse contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains invalid Unicode.</source>
        <translation>L’adresse contient de l’Unicode invalide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an e-mail address (local-part@domain).</source>
        <translation>« %1 » n’est pas une adresse e-mail (partie-locale@domaine).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>The address &quot;%1&quot; contains a character not allowed in an e-mail address.</source>
        <translation>L’adresse « %1 » contient un caractère interdit dans une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address &quot;%1&quot; has a misplaced dot before the @.</source>
        <translation>L’adresse « %1 » a un point mal placé avant le @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address &quot;%1&quot; has non-ASCII characters before the @; that needs a server that supports SMTPUTF8.</source>
        <translation>L’adresse « %1 » a des caractères non ASCII avant le @ ; il faut un serveur qui prend en charge SMTPUTF8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ of &quot;%1&quot; is longer than 64 octets.</source>
        <translation>La partie avant le @ de « %1 » dépasse 64 octets.</translation>
    </message>
</context>
<context>
    <name>mw::ntlm</name>
    <message>
        <location filename="../core/protocol/Ntlm.cpp" line="+109"/>
        <source>The server&apos;s NTLM challenge is malformed (%1).</source>
        <translation>Le défi NTLM du serveur est mal formé (%1).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The server&apos;s NTLM challenge is too large (%1 bytes).</source>
        <translation>Le défi NTLM du serveur est trop grand (%1 octets).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an NTLM message</source>
        <translation>ce n’est pas un message NTLM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message type %1 instead of 2</source>
        <translation>type de message %1 au lieu de 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the target name lies outside the message</source>
        <translation>le nom de la cible est hors du message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server offers only NTLMv1 (its NTLM challenge carries no target information). Mailwright signs in with NTLMv2 only; choose another sign-in method.</source>
        <translation>Le serveur ne propose que NTLMv1 (son défi NTLM ne contient aucune information de cible). Mailwright ne se connecte qu’en NTLMv2 ; choisissez une autre méthode de connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the target information lies outside the message</source>
        <translation>les informations de cible sont hors du message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s NTLM challenge does not accept Unicode names, which NTLMv2 in Mailwright needs.</source>
        <translation>Le défi NTLM du serveur n’accepte pas les noms Unicode, dont NTLMv2 a besoin dans Mailwright.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a target information entry runs past its end</source>
        <translation>une entrée des informations de cible dépasse leur fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end of the target information has a length</source>
        <translation>la fin des informations de cible a une longueur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a timestamp that is not 8 bytes</source>
        <translation>un horodatage qui ne fait pas 8 octets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the target information has no end marker</source>
        <translation>les informations de cible n’ont pas de marqueur de fin</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>NTLM needs a user name.</source>
        <translation>NTLM a besoin d’un nom d’utilisateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name, domain or password is too long for NTLM.</source>
        <translation>Le nom d’utilisateur, le domaine ou le mot de passe est trop long pour NTLM.</translation>
    </message>
</context>
<context>
    <name>mw::sasl</name>
    <message>
        <location filename="../core/protocol/Sasl.cpp" line="+96"/>
        <source>the access token is invalid or has expired</source>
        <translation>le jeton d’accès est invalide ou a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the access token lacks the permission (scope) the server needs</source>
        <translation>il manque au jeton d’accès l’autorisation (portée) dont le serveur a besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server found the sign-in request malformed</source>
        <translation>le serveur a jugé la demande de connexion mal formée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the access token</source>
        <translation>le serveur a refusé le jeton d’accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the OAuth2 sign-in (%1): %2 (status &quot;%3&quot;).</source>
        <translation>Le serveur a refusé la connexion OAuth2 (%1) : %2 (statut « %3 »).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It needs the scope &quot;%1&quot;.</source>
        <translation>Il faut la portée « %1 ».</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The server did not accept the client certificate (EXTERNAL) for %1.</source>
        <translation>Le serveur n’a pas accepté le certificat client (EXTERNAL) pour %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the Kerberos ticket (GSSAPI) for %1.</source>
        <translation>Le serveur n’a pas accepté le ticket Kerberos (GSSAPI) pour %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the login (%1) for %2.</source>
        <translation>Le serveur a refusé la connexion (%1) pour %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The connection is not encrypted, so no login (%1) was sent: not even CRAM-MD5, whose answer can be cracked offline.</source>
        <translation>La connexion n’est pas chiffrée : aucune authentification (%1) n’a été envoyée, pas même CRAM-MD5, dont la réponse peut être cassée hors ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any method</source>
        <translation>quelle que soit la méthode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offers no authentication on this connection, so %1 cannot be used.</source>
        <translation>Le serveur ne propose pas d’authentification sur cette connexion : %1 ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer %1; it offers %2.</source>
        <translation>Le serveur ne propose pas %1 ; il propose %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EXTERNAL signs in with a TLS client certificate, and none is configured.</source>
        <translation>EXTERNAL se connecte avec un certificat client TLS, et aucun n’est configuré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server offers no authentication on this connection.</source>
        <translation>Le serveur ne propose pas d’authentification sur cette connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers only %1, none of which Mailwright can use with the credentials that are set.</source>
        <translation>Le serveur ne propose que %1, dont aucun n’est utilisable par Mailwright avec les identifiants configurés.</translation>
    </message>
</context>
<context>
    <name>mw::sasl::Client</name>
    <message>
        <location filename="../core/protocol/SaslClient.cpp" line="+89"/>
        <source>The sign-in module (%1) could not be loaded: %2</source>
        <translation>Le module de connexion (%1) n’a pas pu être chargé : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This build of Mailwright cannot sign in with %1.</source>
        <translation>Cette version de Mailwright ne sait pas se connecter avec %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not start (%2).</source>
        <translation>%1 n’a pas pu démarrer (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has nothing more to say.</source>
        <translation>%1 n’a plus rien à dire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sign-in is in progress.</source>
        <translation>Aucune connexion n’est en cours.</translation>
    </message>
</context>
<context>
    <name>mw::sasl::Exchange</name>
    <message>
        <location filename="../core/protocol/SaslExchange.cpp" line="+47"/>
        <source>GSSAPI (Kerberos) could not start: %1. Is there a valid Kerberos ticket (kinit) for this user?</source>
        <translation>GSSAPI (Kerberos) n’a pas pu démarrer : %1. Existe-t-il un ticket Kerberos valide (kinit) pour cet utilisateur ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not start: %2.</source>
        <translation>%1 n’a pas pu démarrer : %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server went on with the sign-in after the client cancelled it.</source>
        <translation>Le serveur a poursuivi la connexion après son annulation par le client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server keeps asking for more authentication data without end.</source>
        <translation>Le serveur demande sans fin davantage de données d’authentification.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server&apos;s AUTH LOGIN prompt is not valid base64; the login was not sent.</source>
        <translation>L’invite AUTH LOGIN du serveur n’est pas du base64 valide ; l’identifiant n’a pas été envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s %1 challenge is not valid base64 or is too long.</source>
        <translation>Le défi %1 du serveur n’est pas du base64 valide ou est trop long.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server asked for more authentication data than %1 uses.</source>
        <translation>Le serveur a demandé plus de données d’authentification que %1 n’en utilise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not prove it knows the password: its %1 signature does not verify (%2).</source>
        <translation>Le serveur n’a pas prouvé qu’il connaît le mot de passe : sa signature %1 ne se vérifie pas (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s %1 challenge could not be answered (%2).</source>
        <translation>Le défi %1 du serveur n’a pas pu recevoir de réponse (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server accepted the %1 login, but the server did not prove it knows the password; the login is not trusted.</source>
        <translation>Le serveur a accepté la connexion %1 sans prouver qu’il connaît le mot de passe ; la connexion n’est pas jugée fiable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server said the login succeeded before %1 was complete.</source>
        <translation>Le serveur a déclaré la connexion réussie avant la fin de %1.</translation>
    </message>
</context>
</TS>
