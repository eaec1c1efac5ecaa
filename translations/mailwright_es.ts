<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuthPage</name>
    <message>
        <location filename="../ui/AuthPage.ui" line="+16"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP authentication method</source>
        <translation>Método de autenticación SMTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP login name</source>
        <translation>Nombre de usuario SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>often the full e-mail address</source>
        <translation>a menudo la dirección de correo completa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passwords stored &amp;in:</source>
        <translation>Contraseñas guardadas &amp;en:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where passwords are stored</source>
        <translation>Dónde se guardan las contraseñas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password &amp;file:</source>
        <translation>&amp;Archivo de contraseñas:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password file</source>
        <translation>Archivo de contraseñas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file only you can read (mode 0600)</source>
        <translation>un archivo que solo usted puede leer (modo 0600)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose password file</source>
        <translation>Elegir el archivo de contraseñas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>POP before SMTP logs in to the POP3 server of the POP3 tab, then sends without an SMTP login.</source>
        <translation>POP antes de SMTP inicia sesión en el servidor POP3 de la pestaña POP3 y luego envía sin inicio de sesión SMTP.</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <location filename="../ui/CopiesPage.ui" line="+16"/>
        <source>Copy &amp;all e-mails to:</source>
        <translation>Copiar &amp;todos los correos a:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy all e-mails to</source>
        <translation>Copiar todos los correos a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: receives a copy of every message</source>
        <translation>opcional: recibe una copia de cada mensaje</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy all &amp;errors to:</source>
        <translation>Copiar todos los &amp;errores a:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy all errors to</source>
        <translation>Copiar todos los errores a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: e.g. the technician on call</source>
        <translation>opcional: p. ej. el técnico de guardia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Co&amp;nsole jobs to:</source>
        <translation>Trabajos de co&amp;nsola a:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Console jobs to</source>
        <translation>Trabajos de consola a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: messages of jobs run from the console</source>
        <translation>opcional: mensajes de los trabajos lanzados desde la consola</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Permitted recipients:</source>
        <translation>Destinatarios &amp;permitidos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permitted recipients</source>
        <translation>Destinatarios permitidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: everyone.  e.g. ops@example.com, @example.com</source>
        <translation>vacío: todos.  p. ej. ops@example.com, @example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Separate permitted addresses with commas; &quot;@example.com&quot; permits a whole domain.</source>
        <translation>Separe las direcciones permitidas con comas; «@example.com» permite un dominio entero.</translation>
    </message>
</context>
<context>
    <name>DeliveryPage</name>
    <message>
        <location filename="../ui/DeliveryPage.ui" line="+16"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery method</source>
        <translation>Método de entrega</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Pickup folder:</source>
        <translation>Carpeta de &amp;recogida:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pickup folder</source>
        <translation>Carpeta de recogida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the local mail server&apos;s pickup folder</source>
        <translation>la carpeta de recogida del servidor de correo local</translation>
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
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Choose pickup folder</source>
        <translation>Elegir la carpeta de recogida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Queue folder:</source>
        <translation>Carpeta de la &amp;cola:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Queue folder</source>
        <translation>Carpeta de la cola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the per-user data folder</source>
        <translation>vacío: la carpeta de datos del usuario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose queue folder</source>
        <translation>Elegir la carpeta de la cola</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Retry every:</source>
        <translation>&amp;Reintentar cada:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry interval in seconds</source>
        <translation>Intervalo de reintento en segundos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messages that cannot be sent wait in the queue folder and are retried one by one.</source>
        <translation>Los mensajes que no se pueden enviar esperan en la carpeta de la cola y se reintentan uno a uno.</translation>
    </message>
</context>
<context>
    <name>MailboxesPage</name>
    <message>
        <location filename="../ui/MailboxesPage.ui" line="+16"/>
        <source>&amp;From address:</source>
        <translation>Dirección del &amp;remitente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Backup server</source>
        <translation>p. ej. servidor de copias de seguridad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System n&amp;otification mailbox:</source>
        <translation>Buzón de n&amp;otificaciones del sistema:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System notification mailbox</source>
        <translation>Buzón de notificaciones del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receives system alerts and the Send Test message</source>
        <translation>recibe las alertas del sistema y el mensaje de prueba</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Bounced-alerts mailbox:</source>
        <translation>&amp;Buzón de alertas rebotadas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bounced-alerts mailbox</source>
        <translation>Buzón de alertas rebotadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receives bounces; empty: the From address</source>
        <translation>recibe los rebotes; vacío: la dirección del remitente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Debug log file:</source>
        <translation>Archivo de registro de &amp;depuración:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Debug log file</source>
        <translation>Archivo de registro de depuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: every session appends its transcript (passwords hidden)</source>
        <translation>opcional: cada sesión añade su transcripción (contraseñas ocultas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose debug log file</source>
        <translation>Elegir el archivo de registro de depuración</translation>
    </message>
</context>
<context>
    <name>Pop3Page</name>
    <message>
        <location filename="../ui/Pop3Page.ui" line="+16"/>
        <source>&amp;Enable POP3 (checked periodically; also used by POP before SMTP)</source>
        <translation>&amp;Activar POP3 (se comprueba periódicamente; también lo usa POP antes de SMTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable POP3</source>
        <translation>Activar POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 ser&amp;ver:</source>
        <translation>Ser&amp;vidor POP3:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 server</source>
        <translation>Servidor POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pop.example.com  or  pop.example.com,995</source>
        <translation>pop.example.com  o  pop.example.com,995</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 port</source>
        <translation>Puerto POP3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Securit&amp;y:</source>
        <translation>Segu&amp;ridad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 connection security</source>
        <translation>Seguridad de la conexión POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 sign-in method</source>
        <translation>Método de inicio de sesión POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 login name</source>
        <translation>Nombre de usuario POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>often the full e-mail address</source>
        <translation>a menudo la dirección de correo completa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 password</source>
        <translation>Contraseña POP3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check &amp;interval:</source>
        <translation>&amp;Intervalo de comprobación:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 check interval in minutes</source>
        <translation>Intervalo de comprobación POP3 en minutos</translation>
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
        <translation>Ventana de &amp;retransmisión:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP before SMTP relay window in minutes</source>
        <translation>Ventana de retransmisión de POP antes de SMTP en minutos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 timeout per step in seconds</source>
        <translation>Tiempo de espera POP3 por paso en segundos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s per step</source>
        <translation> s por paso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted &amp;CA file:</source>
        <translation>Archivo de &amp;CA de confianza:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>POP3 trusted CA certificates file</source>
        <translation>Archivo de certificados de CA de confianza de POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PEM file of extra trusted certificates</source>
        <translation>opcional: archivo PEM con certificados de confianza adicionales</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose POP3 trusted CA certificates file</source>
        <translation>Elegir el archivo de certificados de CA de confianza de POP3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This account receives the &amp;bounced-alerts mailbox: read its delivery reports at every check</source>
        <translation>Esta cuenta recibe el &amp;buzón de alertas rebotadas: leer sus informes de entrega en cada comprobación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch the bounced-alerts mailbox</source>
        <translation>Vigilar el buzón de alertas rebotadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete each delivery report from the server once it is recorded</source>
        <translation>Eli&amp;minar del servidor cada informe de entrega una vez registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete recorded delivery reports</source>
        <translation>Eliminar los informes de entrega registrados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bounced alerts</source>
        <translation>Alertas rebotadas</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Trusted certi&amp;ficate:</source>
        <translation>Certi&amp;ficado de confianza:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>POP3 trusted certificate fingerprint</source>
        <translation>Huella del certificado de confianza de POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: SHA-256 fingerprint of one certificate you trust</source>
        <translation>opcional: huella SHA-256 de un certificado en el que confía</translation>
    </message>
</context>
<context>
    <name>RemoteStatusPage</name>
    <message>
        <location filename="../ui/RemoteStatusPage.ui" line="+24"/>
        <source>Status requests and alerts</source>
        <translation>Solicitudes de estado y alertas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remote status</source>
        <translation>Estado remoto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answ&amp;er status requests sent by e-mail to the POP3 mailbox</source>
        <translation>&amp;Responder a las solicitudes de estado enviadas por correo al buzón POP3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer status requests</source>
        <translation>Responder a las solicitudes de estado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status requests are read from the POP3 mailbox: enable POP3 on the POP3 tab first.</source>
        <translation>Las solicitudes de estado se leen del buzón POP3: active primero POP3 en la pestaña POP3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status requests need POP3</source>
        <translation>Las solicitudes de estado necesitan POP3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status &amp;recipients:</source>
        <translation>&amp;Destinatarios del estado:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status recipients</source>
        <translation>Destinatarios del estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses allowed to request the status; the answer goes to them. All empty: any sender.</source>
        <translation>Direcciones autorizadas a solicitar el estado; la respuesta se envía a ellas. Todas vacías: cualquier remitente.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add address</source>
        <translation>&amp;Añadir dirección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a status recipient</source>
        <translation>Añadir un destinatario del estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another address allowed to request the status</source>
        <translation>Otra dirección autorizada a solicitar el estado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read-only pa&amp;ssword:</source>
        <translation>Contra&amp;seña de solo lectura:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read-only password</source>
        <translation>Contraseña de solo lectura</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the read-only password</source>
        <translation>Borrar la contraseña de solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the stored read-only password now: every status request is refused until a new one is saved</source>
        <translation>Eliminar ahora la contraseña de solo lectura guardada: se rechazará toda solicitud de estado hasta que se guarde una nueva</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Read-only password state</source>
        <translation>Estado de la contraseña de solo lectura</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trusted authserv-&amp;id:</source>
        <translation>authserv-&amp;id de confianza:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trusted authserv-id</source>
        <translation>authserv-id de confianza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: the receiving server in Authentication-Results, e.g. mx.example.com</source>
        <translation>opcional: el servidor receptor en Authentication-Results, p. ej. mx.example.com</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Request format:</source>
        <translation>Formato de la solicitud:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request format</source>
        <translation>Formato de la solicitud</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Co&amp;py example request</source>
        <translation>Co&amp;piar solicitud de ejemplo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy an example status request</source>
        <translation>Copiar una solicitud de estado de ejemplo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies the example request to the clipboard (without any password)</source>
        <translation>Copia la solicitud de ejemplo al portapapeles (sin ninguna contraseña)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Last requests:</source>
        <translation>Últimas solicitudes:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Last status requests</source>
        <translation>Últimas solicitudes de estado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last status requests, newest first</source>
        <translation>Últimas solicitudes de estado, las más recientes primero</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh &amp;list</source>
        <translation>Actualizar &amp;lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the last status requests</source>
        <translation>Actualizar las últimas solicitudes de estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the list of processed status requests again</source>
        <translation>Volver a leer la lista de solicitudes de estado procesadas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send &amp;notices about failing mail to the notification mailbox</source>
        <translation>Enviar avisos de &amp;fallos del correo al buzón de notificaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send notices about failing mail</source>
        <translation>Enviar avisos de fallos del correo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notice when:</source>
        <translation>Avisar cuando:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a message is &amp;dead-lettered</source>
        <translation>un mensaje se marca como &amp;no entregable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when a message is dead-lettered</source>
        <translation>Avisar cuando un mensaje se marca como no entregable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the &amp;queue is held (login refused, sign-in required, storage)</source>
        <translation>la &amp;cola queda retenida (inicio de sesión rechazado, se requiere iniciar sesión, almacenamiento)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when the queue is held</source>
        <translation>Avisar cuando la cola queda retenida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a server certificate e&amp;xpires soon or changes</source>
        <translation>un certificado de servidor caduca pron&amp;to o cambia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when a server certificate expires soon or changes</source>
        <translation>Avisar cuando un certificado de servidor caduca pronto o cambia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the SMTP server does not answer (&amp;outage)</source>
        <translation>el servidor SMTP no responde (interr&amp;upción)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice when the SMTP server does not answer</source>
        <translation>Avisar cuando el servidor SMTP no responde</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outage dela&amp;y:</source>
        <translation>Pla&amp;zo de interrupción:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes without an answer before an outage is noticed</source>
        <translation>Minutos sin respuesta antes de avisar de una interrupción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate &amp;warning:</source>
        <translation>A&amp;viso de certificado:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days before a certificate expires to send a notice</source>
        <translation>Días de antelación a la caducidad de un certificado con que se envía un aviso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> days before expiry</source>
        <translation> días antes de caducar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minimum interval:</source>
        <translation>Intervalo &amp;mínimo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes between two notices about the same kind of event</source>
        <translation>Minutos entre dos avisos sobre el mismo tipo de evento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min between notices of a kind</source>
        <translation> min entre avisos del mismo tipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert webhook format</source>
        <translation>Formato del webhook de alertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also send each notice directly to a chat or monitoring service over HTTPS, not through the mail server</source>
        <translation>Enviar también cada aviso directamente a un servicio de chat o de monitorización por HTTPS, sin pasar por el servidor de correo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook &amp;URL:</source>
        <translation>URL del webh&amp;ook:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert webhook URL</source>
        <translation>URL del webhook de alertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… (kept in the password store: it carries an access token)</source>
        <translation>https://… (se guarda en el almacén de contraseñas: lleva un token de acceso)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook C&amp;A file:</source>
        <translation>Arc&amp;hivo de CA del webhook:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alert webhook trusted CA certificates file</source>
        <translation>Archivo de certificados de CA de confianza del webhook de alertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PEM file used instead of the system&apos;s certificates</source>
        <translation>opcional: archivo PEM que se usa en lugar de los certificados del sistema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose alert webhook trusted CA certificates file</source>
        <translation>Elegir el archivo de certificados de CA de confianza del webhook de alertas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write each notice to the system log</source>
        <translation>Escribir cada aviso en el registro del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write each notice to the system &amp;log</source>
        <translation>Escribir también cada aviso en el re&amp;gistro del sistema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send a test alert</source>
        <translation>Enviar una alerta de prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;test alert</source>
        <translation>&amp;Enviar alerta de prueba</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/ServerPage.ui" line="+16"/>
        <source>&amp;Enable outgoing mail through an SMTP server</source>
        <translation>&amp;Activar el correo saliente a través de un servidor SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enable outgoing mail</source>
        <translation>Activar el correo saliente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;vidor SMTP:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>smtp.example.com  or  smtp.example.com,587</source>
        <translation>smtp.example.com  o  smtp.example.com,587</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Securit&amp;y:</source>
        <translation>Segu&amp;ridad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP connection security</source>
        <translation>Seguridad de la conexión SMTP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EHLO &amp;name:</source>
        <translation>&amp;Nombre EHLO:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EHLO name</source>
        <translation>Nombre EHLO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: this computer&apos;s name</source>
        <translation>vacío: el nombre de este equipo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP timeout per step in seconds</source>
        <translation>Tiempo de espera SMTP por paso en segundos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> s per step</source>
        <translation> s por paso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted &amp;CA file:</source>
        <translation>Archivo de &amp;CA de confianza:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SMTP trusted CA certificates file</source>
        <translation>Archivo de certificados de CA de confianza de SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: PEM file of extra trusted certificates</source>
        <translation>opcional: archivo PEM con certificados de confianza adicionales</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose sMTP trusted CA certificates file</source>
        <translation>Elegir el archivo de certificados de CA de confianza de SMTP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trusted certi&amp;ficate:</source>
        <translation>Certi&amp;ficado de confianza:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP trusted certificate fingerprint</source>
        <translation>Huella del certificado de confianza de SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: SHA-256 fingerprint of one certificate you trust</source>
        <translation>opcional: huella SHA-256 de un certificado en el que confía</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/FirstPaint.cpp" line="+75"/>
        <source>TLS unavailable</source>
        <translation>TLS no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS library could not be loaded, so no encrypted connection (STARTTLS or TLS) can be made. Reinstall Mailwright or install OpenSSL 3.</source>
        <translation>No se pudo cargar la biblioteca TLS, así que no es posible ninguna conexión cifrada (STARTTLS o TLS). Reinstale Mailwright o instale OpenSSL 3.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+34"/>
        <source>Sets up and tests how this system sends e-mail.</source>
        <translation>Configura y prueba cómo envía este sistema el correo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open this configuration file instead of the per-user one.</source>
        <translation>Abrir este archivo de configuración en lugar del del usuario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start hidden, with the status in the tray (when the tray is on in the window and the desktop has one).</source>
        <translation>Iniciar oculto, con el estado en la bandeja del sistema (si la bandeja está activada en la ventana y el escritorio tiene una).</translation>
    </message>
</context>
<context>
    <name>mw</name>
    <message>
        <location filename="../core/protocol/Result.cpp" line="+120"/>
        <source>Completed successfully.</source>
        <translation>Completado correctamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings are incomplete or invalid.</source>
        <translation>La configuración está incompleta o no es válida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name could not be found.</source>
        <translation>No se encontró el nombre del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network connection failed.</source>
        <translation>Falló la conexión de red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection (TLS) could not be established.</source>
        <translation>No se pudo establecer la conexión segura (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>El certificado del servidor no es de confianza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not offer STARTTLS, so no secure connection is possible.</source>
        <translation>El servidor no ofrece STARTTLS, así que no es posible una conexión segura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers no login method that can be used safely.</source>
        <translation>El servidor no ofrece ningún método de inicio de sesión que se pueda usar con seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the login name or password.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the sender address.</source>
        <translation>El servidor rechazó la dirección del remitente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the recipient address.</source>
        <translation>El servidor rechazó la dirección del destinatario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the message.</source>
        <translation>El servidor rechazó el mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported a temporary problem.</source>
        <translation>El servidor informó de un problema temporal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered in a way that does not follow the protocol.</source>
        <translation>El servidor respondió de un modo que no sigue el protocolo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Correct the field named in the message and try again.</source>
        <translation>Corrija el campo indicado en el mensaje e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the spelling of the server name and that this machine&apos;s DNS works.</source>
        <translation>Compruebe la ortografía del nombre del servidor y que el DNS de este equipo funcione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the port number, and that the mail service is running and not blocked by a firewall.</source>
        <translation>Compruebe el número de puerto y que el servicio de correo esté en marcha y no lo bloquee un cortafuegos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that a firewall does not drop the connection, or raise the timeout.</source>
        <translation>Compruebe que un cortafuegos no descarte la conexión, o aumente el tiempo de espera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network connection and try again.</source>
        <translation>Compruebe la conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the security setting: port 465 expects implicit TLS, ports 587 and 25 expect STARTTLS.</source>
        <translation>Compruebe la seguridad: el puerto 465 espera TLS implícito, los puertos 587 y 25 esperan STARTTLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you know this certificate is right, trust its fingerprint; otherwise ask the server&apos;s administrator.</source>
        <translation>Si sabe que este certificado es correcto, confíe en su huella; si no, pregunte al administrador del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use implicit TLS (port 465) if the server offers it, or ask the server&apos;s administrator to enable STARTTLS.</source>
        <translation>Use TLS implícito (puerto 465) si el servidor lo ofrece, o pida al administrador del servidor que active STARTTLS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another authentication method or a secure connection.</source>
        <translation>Elija otro método de autenticación o una conexión segura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the login name and password; some providers need an app password.</source>
        <translation>Compruebe el nombre de usuario y la contraseña; algunos proveedores exigen una contraseña de aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a From address that the server allows this account to send as.</source>
        <translation>Use una dirección de remitente que el servidor permita a esta cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the recipient address, and that the server relays for this login.</source>
        <translation>Compruebe la dirección del destinatario y que el servidor retransmita para este usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the server&apos;s reply: the message may be too large or look like spam.</source>
        <translation>Lea la respuesta del servidor: el mensaje puede ser demasiado grande o parecer spam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again later; the message stays queued.</source>
        <translation>Inténtelo más tarde; el mensaje sigue en la cola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the host and port belong to a mail server of the right kind.</source>
        <translation>Compruebe que el host y el puerto corresponden a un servidor de correo del tipo correcto.</translation>
    </message>
    <message>
        <location filename="../core/session/KerberosTicket.cpp" line="+27"/>
        <source>No Kerberos ticket — run kinit or log in to the domain.</source>
        <translation>No hay ticket de Kerberos: ejecute kinit o inicie sesión en el dominio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Kerberos ticket of %1 expired at %2 — run kinit or log in to the domain again.</source>
        <translation>El ticket de Kerberos de %1 caducó a las %2: ejecute kinit o vuelva a iniciar sesión en el dominio.</translation>
    </message>
</context>
<context>
    <name>mw::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+30"/>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service (libsecret) or KWallet, over D-Bus</source>
        <translation>Secret Service (libsecret) o KWallet, por D-Bus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not available: encrypted connections cannot be made</source>
        <translation>no disponible: no se pueden hacer conexiones cifradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (Qt backend: %2)</source>
        <translation>%1 (backend de Qt: %2)</translation>
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
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QtKeychain %1, %2</source>
        <translation>QtKeychain %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords stored in</source>
        <translation>Contraseñas guardadas en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About Mailwright</source>
        <translation>Acerca de Mailwright</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sets up, proves and keeps working how this system sends its notification e-mail.</source>
        <translation>Configura, comprueba y mantiene en marcha cómo envía este sistema sus correos de notificación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>mw::AccessTokenSource</name>
    <message>
        <location filename="../core/oauth/AccessTokenSource.cpp" line="+49"/>
        <source>The provider issued a new OAuth2 refresh token, but the secret store could not save it: %1</source>
        <translation>El proveedor emitió un nuevo token de actualización OAuth2, pero el almacén de secretos no pudo guardarlo: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>oauth/client_id is not set: enter the client id registered with the provider.</source>
        <translation>oauth/client_id no está definido: escriba el identificador de cliente registrado en el proveedor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No secret store is available for the OAuth2 sign-in.</source>
        <translation>No hay almacén de secretos disponible para el inicio de sesión OAuth2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The OAuth2 client secret could not be read: %1</source>
        <translation>No se pudo leer el secreto de cliente OAuth2: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The provider signed you in but issued no refresh token, so Mailwright could not send later. Ask for the offline_access scope (oauth/scopes) or allow refresh tokens for this client.</source>
        <translation>El proveedor inició su sesión pero no emitió token de actualización, así que Mailwright no podría enviar más tarde. Pida el ámbito offline_access (oauth/scopes) o permita tokens de actualización para este cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No secret store is available.</source>
        <translation>No hay almacén de secretos disponible.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Signed out here; the provider could not be reached to revoke the sign-in (%1).</source>
        <translation>Sesión cerrada aquí; no se pudo contactar con el proveedor para revocar el inicio de sesión (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out here; the provider offers no revocation, so the sign-in ends when it expires there.</source>
        <translation>Sesión cerrada aquí; el proveedor no ofrece revocación, así que el inicio de sesión termina allí cuando caduque.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed out here; the provider did not confirm the revocation (%1).</source>
        <translation>Sesión cerrada aquí; el proveedor no confirmó la revocación (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
</context>
<context>
    <name>mw::AddressVerifier</name>
    <message>
        <location filename="../core/diagnostics/AddressVerifier.cpp" line="+67"/>
        <source>No role address (notification, copies, console) is set.</source>
        <translation>No hay ninguna dirección de rol (notificación, copias, consola).</translation>
    </message>
</context>
<context>
    <name>mw::AlertChannels</name>
    <message>
        <location filename="../core/notify/AlertChannels.cpp" line="+89"/>
        <source>No secret store: the alert webhook&apos;s URL cannot be read.</source>
        <translation>No hay almacén de secretos: no se puede leer la URL del webhook de alertas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The alert webhook&apos;s URL could not be read: %1</source>
        <translation>No se pudo leer la URL del webhook de alertas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No URL is stored for the alert webhook (secret %1).</source>
        <translation>No hay ninguna URL guardada para el webhook de alertas (secreto %1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mailwright: test alert</source>
        <translation>Mailwright: alerta de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a test alert from Mailwright on %1. Alerts about failing mail reach you this way.</source>
        <translation>Esta es una alerta de prueba de Mailwright en %1. Las alertas de fallos del correo le llegarán por esta vía.</translation>
    </message>
</context>
<context>
    <name>mw::AlertEngine</name>
    <message>
        <location filename="../core/notify/AlertEngine.cpp" line="+28"/>
        <source>The server said nothing.</source>
        <translation>El servidor no dijo nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Message %1 (subject &quot;%2&quot;, Message-ID %3, queued %4) to %5 was refused for good at %6 and moved to the dead letters.</source>
        <translation>El mensaje %1 (asunto «%2», Message-ID %3, puesto en cola el %4) para %5 fue rechazado definitivamente el %6 y se movió a los mensajes no entregables.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1 (%2)</source>
        <translation>Error: %1 (%2)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Since %1 the queue is held: %2 (%3).</source>
        <translation>Desde %1, la cola está retenida: %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) wait in the queue.</source>
        <translation>
            <numerusform>%n mensaje espera en la cola.</numerusform>
            <numerusform>%n mensajes esperan en la cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>From %1 to %2 (%n minute(s)) the SMTP server %3 could not be reached.</source>
        <translation>
            <numerusform>Desde %1 hasta %2 (%n minuto) no se pudo contactar con el servidor SMTP %3.</numerusform>
            <numerusform>Desde %1 hasta %2 (%n minutos) no se pudo contactar con el servidor SMTP %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last error: %1 (%2)</source>
        <translation>Último error: %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The certificate of %1 changed at %2.</source>
        <translation>El certificado de %1 cambió el %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: SHA-256 %1</source>
        <translation>Antes: SHA-256 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: SHA-256 %1, %2, valid until %3</source>
        <translation>Ahora: SHA-256 %1, %2, válido hasta %3</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The certificate of %1 expires at %2 (in %n day(s)).</source>
        <translation>
            <numerusform>El certificado de %1 caduca el %2 (dentro de %n día).</numerusform>
            <numerusform>El certificado de %1 caduca el %2 (dentro de %n días).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 expired at %2.</source>
        <translation>El certificado de %1 caducó el %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1, issued by %2, SHA-256 %3</source>
        <translation>Certificado: %1, emitido por %2, SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../core/notify/AlertFailover.cpp" line="+19"/>
        <source>At %1 the mail queue moved to the backup SMTP server %2: the primary server %3 cannot take mail (%4).</source>
        <translation>El %1, la cola de correo pasó al servidor SMTP de respaldo %2: el servidor principal %3 no puede aceptar correo (%4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The primary server has been unreachable since %1.</source>
        <translation>No se puede contactar con el servidor principal desde %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1 the primary SMTP server %2 answered again: the mail queue is back on it.</source>
        <translation>El %1, el servidor SMTP principal %2 volvió a responder: la cola de correo vuelve a usarlo.</translation>
    </message>
</context>
<context>
    <name>mw::AlertNotice</name>
    <message numerus="yes">
        <location filename="../core/notify/AlertNotice.cpp" line="+31"/>
        <source>Mailwright: %n message(s) could not be delivered</source>
        <translation>
            <numerusform>Mailwright: no se pudo entregar %n mensaje</numerusform>
            <numerusform>Mailwright: no se pudieron entregar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail queue is held</source>
        <translation>Mailwright: la cola de correo está retenida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail server&apos;s certificate expires soon</source>
        <translation>Mailwright: el certificado del servidor de correo caduca pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail server&apos;s certificate changed</source>
        <translation>Mailwright: el certificado del servidor de correo ha cambiado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: the mail server could not be reached</source>
        <translation>Mailwright: no se pudo contactar con el servidor de correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: mail goes through the backup SMTP server</source>
        <translation>Mailwright: el correo pasa por el servidor SMTP de respaldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailwright: mail goes through the primary SMTP server again</source>
        <translation>Mailwright: el correo vuelve a pasar por el servidor SMTP principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailwright: notice about failing mail</source>
        <translation>Mailwright: aviso de fallos del correo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the recipient addresses and the server&apos;s reply. &quot;mailwright-cli queue list&quot; shows the dead letters, &quot;mailwright-cli queue retry ID&quot; sends one again, &quot;mailwright-cli queue purge ID&quot; removes it.</source>
        <translation>Compruebe las direcciones de los destinatarios y la respuesta del servidor. &quot;mailwright-cli queue list&quot; muestra los mensajes no entregables, &quot;mailwright-cli queue retry ID&quot; vuelve a enviar uno y &quot;mailwright-cli queue purge ID&quot; lo elimina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is sent until the cause is fixed: store the right password (&quot;mailwright-cli secret set smtp&quot;), sign in again (&quot;mailwright-cli oauth login&quot;), accept what the server offers now (&quot;mailwright-cli probe --accept-changes&quot;) or free space for the queue folder; then &quot;mailwright-cli queue flush&quot;. This notice waits in the queue until then.</source>
        <translation>No se envía nada hasta que se corrija la causa: guarde la contraseña correcta (&quot;mailwright-cli secret set smtp&quot;), vuelva a iniciar sesión (&quot;mailwright-cli oauth login&quot;), acepte lo que el servidor ofrece ahora (&quot;mailwright-cli probe --accept-changes&quot;) o libere espacio para la carpeta de la cola; después, ejecute &quot;mailwright-cli queue flush&quot;. Este aviso espera en la cola hasta entonces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the administrator of the mail server to renew the certificate. If its fingerprint is pinned (smtp/pin_sha256), update the pin after the renewal.</source>
        <translation>Pida al administrador del servidor de correo que renueve el certificado. Si su huella está fijada (smtp/pin_sha256), actualice la huella fijada tras la renovación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the certificate was not renewed on purpose, check that nobody intercepts the connection to the mail server.</source>
        <translation>Si el certificado no se renovó a propósito, compruebe que nadie intercepta la conexión con el servidor de correo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The messages queued meanwhile are sent now. Check the network and the mail server&apos;s logs for the time above.</source>
        <translation>Los mensajes puestos en cola entretanto se envían ahora. Revise la red y los registros del servidor de correo del periodo indicado arriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail is delivered meanwhile. Fix the primary server (or its password: &quot;mailwright-cli secret set smtp&quot;); the queue goes back to it as soon as it answers.</source>
        <translation>Mientras tanto, el correo se entrega. Corrija el servidor principal (o su contraseña: &quot;mailwright-cli secret set smtp&quot;); la cola vuelve a él en cuanto responda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do: this is for the record.</source>
        <translation>No hay nada que hacer: es solo para que conste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sender (mailboxes/from) is set: a notice cannot be sent.</source>
        <translation>No se ha definido ningún remitente (mailboxes/from): no se puede enviar ningún aviso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No notification mailbox (mailboxes/notify) or error copy address is set, or none is permitted: a notice cannot be sent.</source>
        <translation>No se ha definido ningún buzón de notificaciones (mailboxes/notify) ni ninguna dirección de copia de errores, o ninguno está permitido: no se puede enviar ningún aviso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mailwright on %1 reports:</source>
        <translation>Mailwright en %1 informa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notices about failing mail are set in the [alerts] section of the configuration (alerts/enabled, alerts/%1...).</source>
        <translation>Los avisos de fallos del correo se configuran en la sección [alerts] de la configuración (alerts/enabled, alerts/%1...).</translation>
    </message>
</context>
<context>
    <name>mw::AlertWebhook</name>
    <message>
        <location filename="../core/notify/AlertWebhook.cpp" line="+130"/>
        <source>The alert webhook URL is not a valid URL.</source>
        <translation>La URL del webhook de alertas no es una URL válida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The alert webhook URL must start with https:// (it carries an access token, which must not travel in clear); %1 was refused.</source>
        <translation>La URL del webhook de alertas debe empezar por https:// (lleva un token de acceso, que no debe viajar en claro); se rechazó %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No certificate could be read from %1 (alerts/webhook_ca_file).</source>
        <translation>No se pudo leer ningún certificado de %1 (alerts/webhook_ca_file).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The webhook at %1 answered HTTP %2.</source>
        <translation>El webhook de %1 respondió HTTP %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The webhook at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>El webhook de %1 no respondió en %n segundo.</numerusform>
            <numerusform>El webhook de %1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook at %1 could not be reached (%2).</source>
        <translation>No se pudo contactar con el webhook de %1 (%2).</translation>
    </message>
</context>
<context>
    <name>mw::AuthPage</name>
    <message>
        <location filename="../ui/AuthPage.cpp" line="+67"/>
        <source>Automatic (the best method the server offers)</source>
        <translation>Automático (el mejor método que ofrezca el servidor)</translation>
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
        <translation>Certificado de cliente TLS (EXTERNAL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 sign-in (XOAUTH2)</source>
        <translation>Inicio de sesión OAuth2 (XOAUTH2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth2 sign-in (OAUTHBEARER)</source>
        <translation>Inicio de sesión OAuth2 (OAUTHBEARER)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP before SMTP</source>
        <translation>POP antes de SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No authentication</source>
        <translation>Sin autenticación</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The system keychain</source>
        <translation>El llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password file (for hosts without a keychain)</source>
        <translation>Un archivo de contraseñas (para equipos sin llavero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory only (forgotten when Mailwright quits)</source>
        <translation>Solo en memoria (se olvida al cerrar Mailwright)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados de cliente (*.pem *.crt *.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OAuth2 sign-in</source>
        <translation>Inicio de sesión OAuth2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth2 provider</source>
        <translation>Proveedor OAuth2</translation>
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
        <translation>Otro proveedor OpenID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 issuer URL</source>
        <translation>URL del emisor OAuth2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft tenant</source>
        <translation>Inquilino de Microsoft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>common, organizations or your tenant id</source>
        <translation>common, organizations o el identificador de su inquilino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 client ID</source>
        <translation>Identificador de cliente OAuth2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the application registered with the provider</source>
        <translation>la aplicación registrada en el proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth2 client secret</source>
        <translation>Secreto de cliente OAuth2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OAuth2 scopes</source>
        <translation>Ámbitos OAuth2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: what the provider needs for mail</source>
        <translation>vacío: lo que el proveedor necesita para el correo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>P&amp;rovider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issu&amp;er URL:</source>
        <translation>URL del em&amp;isor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant:</source>
        <translation>In&amp;quilino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client I&amp;D:</source>
        <translation>ID de clien&amp;te:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client se&amp;cret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;opes:</source>
        <translation>Ám&amp;bitos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with bro&amp;wser…</source>
        <translation>Iniciar sesión con el na&amp;vegador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the provider&apos;s sign-in page in the browser of this computer</source>
        <translation>Abrir la página de inicio de sesión del proveedor en el navegador de este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with &amp;a code…</source>
        <translation>Iniciar sesión con un códi&amp;go…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show an address and a code to sign in from any device (phone, another computer)</source>
        <translation>Mostrar una dirección y un código para iniciar sesión desde cualquier dispositivo (teléfono, otro equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sig&amp;n out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the saved sign-in and remove it from the secret store</source>
        <translation>Revocar el inicio de sesión guardado y eliminarlo del almacén de secretos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth2 sign-in status</source>
        <translation>Estado del inicio de sesión OAuth2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cop&amp;y code</source>
        <translation>Copia&amp;r el código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page</source>
        <translation>Abrir la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/AuthPage.h" line="+40"/>
        <location filename="../ui/SettingsWindow.cpp" line="+194"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
</context>
<context>
    <name>mw::AuthorizationCodeFlow</name>
    <message>
        <location filename="../core/oauth/AuthorizationCodeFlow.cpp" line="+44"/>
        <source>The sign-in in the browser was not finished in time; start it again.</source>
        <translation>El inicio de sesión en el navegador no terminó a tiempo; empiécelo de nuevo.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Mailwright is signed in. You can close this window and return to Mailwright.</source>
        <translation>Mailwright ha iniciado sesión. Puede cerrar esta ventana y volver a Mailwright.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No client id is set for the OAuth2 provider.</source>
        <translation>No hay identificador de cliente para el proveedor OAuth2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider offers no browser sign-in (no authorization endpoint); sign in with a code instead.</source>
        <translation>El proveedor no ofrece inicio de sesión en el navegador (no hay punto final de autorización); inicie sesión con un código.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>No se pudo escuchar en 127.0.0.1 para recibir la respuesta del navegador: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Only the browser&apos;s sign-in answer is expected here.</source>
        <translation>Aquí solo se espera la respuesta de inicio de sesión del navegador.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not the sign-in Mailwright started.</source>
        <translation>Este no es el inicio de sesión que empezó Mailwright.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider&apos;s answer holds no authorization code.</source>
        <translation>La respuesta del proveedor no contiene código de autorización.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The provider&apos;s token endpoint did not answer: %1</source>
        <translation>El punto final de token del proveedor no respondió: %1</translation>
    </message>
</context>
<context>
    <name>mw::AutoDetector</name>
    <message>
        <location filename="../core/diagnostics/AutoDetector.cpp" line="+90"/>
        <source>&quot;%1&quot; has no domain to look up (expected user@example.com or example.com).</source>
        <translation>«%1» no tiene dominio que consultar (se esperaba user@example.com o example.com).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>provider table: %1 (address domain)</source>
        <translation>tabla de proveedores: %1 (dominio de la dirección)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>guess: %1</source>
        <translation>suposición: %1</translation>
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
        <translation>«.» (el dominio no ofrece este servicio)</translation>
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
        <translation>ningún registro</translation>
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
        <translation>tabla de proveedores: %1 (MX %2)</translation>
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
        <translation>autoconfig %1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>autoconfig %1</source>
        <translation>autoconfig %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no SMTP or POP3 server</source>
        <translation>ningún servidor SMTP ni POP3</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>the name %1 does not resolve</source>
        <translation>el nombre %1 no se resuelve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a loopback address (tests only probe loopback)</source>
        <translation>no es una dirección de bucle local (las pruebas solo sondean el bucle local)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>POP3 candidates are probed by name with the system resolver, which this run does not use</source>
        <translation>Los candidatos POP3 se sondean por nombre con el resolutor del sistema, que esta ejecución no usa</translation>
    </message>
</context>
<context>
    <name>mw::AutoconfigParser</name>
    <message>
        <location filename="../core/diagnostics/AutoconfigParser.cpp" line="+102"/>
        <source>the autoconfig document is too large</source>
        <translation>el documento autoconfig es demasiado grande</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the autoconfig document is not valid XML: %1</source>
        <translation>el documento autoconfig no es XML válido: %1</translation>
    </message>
</context>
<context>
    <name>mw::Autostart</name>
    <message>
        <location filename="../ui/Autostart_mac.cpp" line="+36"/>
        <location filename="../ui/Autostart_unix.cpp" line="+44"/>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../ui/Autostart_unix.cpp" line="+18"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/Autostart_unix.cpp" line="+12"/>
        <source>%1 could not be removed: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/Autostart_win.cpp" line="+28"/>
        <source>The registry value %1 could not be written.</source>
        <translation>No se pudo escribir el valor del registro %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The registry value %1 could not be removed.</source>
        <translation>No se pudo eliminar el valor del registro %1.</translation>
    </message>
</context>
<context>
    <name>mw::BundleArchive</name>
    <message>
        <location filename="../core/support/BundleArchive.cpp" line="+29"/>
        <source>the archive module (%1) could not be loaded: %2</source>
        <translation>no se pudo cargar el módulo de archivo (%1): %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/support/archive/ArchiveModule.cpp" line="+51"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>mw::CertificateReport</name>
    <message>
        <location filename="../core/diagnostics/CertificateReport.cpp" line="+62"/>
        <source>trust exactly this certificate (SHA-256 %1)</source>
        <translation>confiar exactamente en este certificado (SHA-256 %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names: %1</source>
        <translation>Nombres: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1%2</source>
        <translation>Emisor: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (self-signed)</source>
        <translation> (autofirmado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid: %1 to %2</source>
        <translation>Válido: del %1 al %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired %1 days ago</source>
        <translation>caducó hace %1 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days left</source>
        <translation>quedan %1 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted by its pinned fingerprint.</source>
        <translation>De confianza por su huella fijada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALARM: the pinned certificate (SHA-256 %1) was replaced by this one.</source>
        <translation>ALARMA: el certificado fijado (SHA-256 %1) fue sustituido por este.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pinned certificate changed (now SHA-256 %1): check with the server&apos;s administrator before trusting it.</source>
        <translation>El certificado fijado cambió (ahora SHA-256 %1): consúltelo con el administrador del servidor antes de confiar en él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate expired %1 days ago.</source>
        <translation>El certificado del servidor caducó hace %1 días.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>El certificado del servidor aún no es válido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate expires today.</source>
        <translation>El certificado del servidor caduca hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate expires in %1 days.</source>
        <translation>El certificado del servidor caduca dentro de %1 días.</translation>
    </message>
</context>
<context>
    <name>mw::ClientIdentity</name>
    <message>
        <location filename="../core/session/ClientIdentity.cpp" line="+167"/>
        <source>The client certificate %1 is a folder, not a file.</source>
        <translation>El certificado de cliente %1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client certificate file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de certificado de cliente %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 is larger than 1 MiB; it is not a certificate.</source>
        <translation>El archivo de certificado de cliente %1 supera 1 MiB; no es un certificado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>El archivo de certificado de cliente %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 holds no private key; put the key (PEM) in the same file as the certificate.</source>
        <translation>El archivo de certificado de cliente %1 no contiene clave privada; ponga la clave (PEM) en el mismo archivo que el certificado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The private key in %1 is encrypted and no passphrase is stored.</source>
        <translation>La clave privada de %1 está cifrada y no hay ninguna frase de contraseña guardada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored passphrase does not open the private key in %1.</source>
        <translation>La frase de contraseña guardada no abre la clave privada de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key in %1 cannot be read (RSA, EC or DSA in PEM expected).</source>
        <translation>No se puede leer la clave privada de %1 (se espera RSA, EC o DSA en PEM).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PKCS#12 file %1 is encrypted and no passphrase is stored.</source>
        <translation>El archivo PKCS#12 %1 está cifrado y no hay ninguna frase de contraseña guardada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored passphrase does not open the PKCS#12 file %1.</source>
        <translation>La frase de contraseña guardada no abre el archivo PKCS#12 %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PKCS#12 file %1 holds no certificate.</source>
        <translation>El archivo PKCS#12 %1 no contiene ningún certificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PKCS#12 file %1 holds no private key.</source>
        <translation>El archivo PKCS#12 %1 no contiene clave privada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate file %1 is neither PEM (certificate and key) nor PKCS#12.</source>
        <translation>El archivo de certificado de cliente %1 no es ni PEM (certificado y clave) ni PKCS#12.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The private key in %1 does not belong to its certificate.</source>
        <translation>La clave privada de %1 no corresponde a su certificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client certificate in %1 expired on %2.</source>
        <translation>El certificado de cliente de %1 caducó el %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client certificate in %1 is not valid before %2.</source>
        <translation>El certificado de cliente de %1 no es válido antes del %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mw::ClientIdentity::Description</name>
    <message>
        <location line="-1"/>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, issued by %2, valid until %3 (%4)</source>
        <translation>%1, emitido por %2, válido hasta %3 (%4)</translation>
    </message>
</context>
<context>
    <name>mw::CopiesPage</name>
    <message>
        <location filename="../ui/CopiesPage.h" line="+20"/>
        <location filename="../ui/SettingsWindow.cpp" line="+5"/>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
</context>
<context>
    <name>mw::CredentialResolver</name>
    <message numerus="yes">
        <location filename="../core/session/CredentialResolver.cpp" line="+31"/>
        <source>The Kerberos ticket cache could not be read within %n second(s).</source>
        <translation>
            <numerusform>No se pudo leer la caché de tickets de Kerberos en %n segundo.</numerusform>
            <numerusform>No se pudo leer la caché de tickets de Kerberos en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the password store did not answer within %n second(s)</source>
        <translation>
            <numerusform>el almacén de contraseñas no respondió en %n segundo</numerusform>
            <numerusform>el almacén de contraseñas no respondió en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 client certificate could not be loaded: %2</source>
        <translation>No se pudo cargar el certificado de cliente %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+221"/>
        <source>The %1 password could not be read: %2</source>
        <translation>No se pudo leer la contraseña de %1: %2</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>The passphrase of the %1 client certificate could not be read: %2</source>
        <translation>No se pudo leer la frase de contraseña del certificado de cliente %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+147"/>
        <source>No password store is available.</source>
        <translation>No hay almacén de contraseñas disponible.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Type the key&apos;s passphrase on the POP3 tab.</source>
        <translation>Escriba la frase de contraseña de la clave en la pestaña POP3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the key&apos;s passphrase on the Authentication tab.</source>
        <translation>Escriba la frase de contraseña de la clave en la pestaña Autenticación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the client certificate file on the POP3 tab.</source>
        <translation>Elija el archivo de certificado de cliente en la pestaña POP3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the client certificate file on the Authentication tab.</source>
        <translation>Elija el archivo de certificado de cliente en la pestaña Autenticación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the key&apos;s passphrase with &quot;mailwright-cli secret set %1&quot;.</source>
        <translation>Guarde la frase de contraseña de la clave con «mailwright-cli secret set %1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the file with &quot;mailwright-cli config set %1/client_cert FILE&quot;.</source>
        <translation>Indique el archivo con «mailwright-cli config set %1/client_cert ARCHIVO».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the client certificate in the settings window and save.</source>
        <translation>Compruebe el certificado de cliente en la ventana de configuración y guarde.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>OAuth2 sign-in is chosen but no sign-in is available here.</source>
        <translation>Se ha elegido el inicio de sesión OAuth2, pero aquí no hay ninguno disponible.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No %1 password is stored.</source>
        <translation>No hay contraseña de %1 guardada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign in on the Authentication tab.</source>
        <translation>Inicie sesión en la pestaña «Autenticación».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the password again, or keep passwords in a file.</source>
        <translation>Escriba de nuevo la contraseña, o guarde las contraseñas en un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it in the Password field of the POP3 tab.</source>
        <translation>Escríbala en el campo «Contraseña» de la pestaña «POP3».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it in the Password field of the Authentication tab.</source>
        <translation>Escríbala en el campo «Contraseña» de la pestaña «Autenticación».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with &quot;mailwright-cli oauth login&quot;.</source>
        <translation>Inicie sesión con «mailwright-cli oauth login».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it with &quot;mailwright-cli secret set %1&quot; or set %2.</source>
        <translation>Guárdela con «mailwright-cli secret set %1» o defina %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again in the settings window.</source>
        <translation>Vuelva a iniciar sesión en la ventana de configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter it in the settings window and save.</source>
        <translation>Introdúzcala en la ventana de configuración y guarde.</translation>
    </message>
</context>
<context>
    <name>mw::DeliveryHistory</name>
    <message>
        <location filename="../core/history/DeliveryHistory.cpp" line="+187"/>
        <source>The SQLite driver of Qt SQL (QSQLITE) is not installed; the delivery history is not available.</source>
        <translation>El controlador SQLite de Qt SQL (QSQLITE) no está instalado; el historial de entregas no está disponible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Cannot open the delivery history %1: %2</source>
        <translation>No se puede abrir el historial de entregas %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The delivery history %1 was written by a newer Mailwright (schema %2); this one reads schema %3.</source>
        <translation>El historial de entregas %1 lo escribió una versión más reciente de Mailwright (esquema %2); esta lee el esquema %3.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot create the delivery history %1: %2</source>
        <translation>No se puede crear el historial de entregas %1: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The delivery history %1 was damaged (%2); it was moved aside to %3 and a new, empty one was started.</source>
        <translation>El historial de entregas %1 estaba dañado (%2); se apartó a %3 y se empezó uno nuevo, vacío.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+20"/>
        <location line="+19"/>
        <source>Cannot write to the delivery history %1: %2</source>
        <translation>No se puede escribir en el historial de entregas %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The delivery history is not open.</source>
        <translation>El historial de entregas no está abierto.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot read the delivery history %1: %2</source>
        <translation>No se puede leer el historial de entregas %1: %2</translation>
    </message>
</context>
<context>
    <name>mw::DeliveryPage</name>
    <message>
        <location filename="../ui/DeliveryPage.cpp" line="+15"/>
        <source>Send through the SMTP server</source>
        <translation>Enviar por el servidor SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop into a pickup folder (local mail server)</source>
        <translation>Dejar en una carpeta de recogida (servidor de correo local)</translation>
    </message>
    <message>
        <location filename="../ui/DeliveryPage.h" line="+20"/>
        <location filename="../ui/SettingsWindow.cpp" line="+2"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
</context>
<context>
    <name>mw::DetectDialog</name>
    <message>
        <location filename="../ui/DetectDialog.cpp" line="+37"/>
        <source>Get SMTP server address</source>
        <translation>Obtener la dirección del servidor SMTP</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Probing candidates: %n checked…</source>
        <translation>
            <numerusform>Sondeando candidatos: %n comprobado…</numerusform>
            <numerusform>Sondeando candidatos: %n comprobados…</numerusform>
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
        <translation>&amp;Dirección de correo o dominio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail address or domain to look up</source>
        <translation>Dirección de correo o dominio que consultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search progress</source>
        <translation>Progreso de la búsqueda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Servers found</source>
        <translation>Servidores encontrados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each lookup found</source>
        <translation>Lo que encontró cada consulta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Confirm the server outside the address&apos;s domain</source>
        <translation>Confirmar el servidor fuera del dominio de la dirección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use the selected server</source>
        <translation>&amp;Usar el servidor seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search cancelled.</source>
        <translation>Búsqueda cancelada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applied to the form: Save keeps it, Discard changes reverts it.
</source>
        <translation>Aplicado al formulario: «Guardar» lo conserva, «Descartar los cambios» lo revierte.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type an e-mail address or a domain first.</source>
        <translation>Escriba primero una dirección de correo o un dominio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking up %1: SRV records, autoconfig, MX, provider table, guesses…</source>
        <translation>Consultando %1: registros SRV, autoconfig, MX, tabla de proveedores, suposiciones…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not probed: %1</source>
        <translation>no sondeado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n server(s) found that work; every candidate was probed before it is offered.</source>
        <translation>
            <numerusform>Se encontró %n servidor que funciona; cada candidato se sondeó antes de ofrecerlo.</numerusform>
            <numerusform>Se encontraron %n servidores que funcionan; cada candidato se sondeó antes de ofrecerlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended: %1 port %2 with %3, found by %4.</source>
        <translation>Recomendado: %1 puerto %2 con %3, encontrado por %4.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>I have checked that %1 is the mail server of %2</source>
        <translation>He comprobado que %1 es el servidor de correo de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm first that this server outside %1 is the right one.</source>
        <translation>Confirme primero que este servidor fuera de %1 es el correcto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a server that answered the probe can be used.</source>
        <translation>Solo se puede usar un servidor que respondió al sondeo.</translation>
    </message>
</context>
<context>
    <name>mw::DetectionReport</name>
    <message>
        <location filename="../core/diagnostics/DetectionReport.cpp" line="+101"/>
        <source>the user name format %1 gives</source>
        <translation>el formato de nombre de usuario que da %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answers but is outside %2 and was found only through unauthenticated lookups (%3); it is recommended only once you confirm that it is the mail server of %2.</source>
        <translation>%1 responde, pero está fuera de %2 y solo se encontró mediante consultas no autenticadas (%3); solo se recomienda cuando confirme que es el servidor de correo de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the certificate of %1 is not trusted, though this provider&apos;s servers have publicly trusted certificates: the name or the network path may be forged, so it is never trusted automatically.</source>
        <translation>el certificado de %1 no es de confianza, aunque los servidores de este proveedor tienen certificados de confianza pública: el nombre o la ruta de red pueden estar falsificados, así que nunca se confía en él automáticamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the certificate of %1 is not trusted and the server was found only through unauthenticated lookups: such a certificate is never trusted automatically.</source>
        <translation>el certificado de %1 no es de confianza y el servidor solo se encontró mediante consultas no autenticadas: nunca se confía automáticamente en un certificado así.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is outside %2 and was found only through unauthenticated lookups (%3), which anyone on the network path can forge: use it only if you know that it is the mail server of %2.</source>
        <translation>%1 está fuera de %2 y solo se encontró mediante consultas no autenticadas (%3), que cualquiera en la ruta de red puede falsificar: úselo solo si sabe que es el servidor de correo de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its certificate is not trusted, though this provider&apos;s servers have publicly trusted certificates: the name or the network path may be forged. It is not trusted automatically.</source>
        <translation>Su certificado no es de confianza, aunque los servidores de este proveedor tienen certificados de confianza pública: el nombre o la ruta de red pueden estar falsificados. No se confía en él automáticamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its certificate is not trusted and the server was found only through unauthenticated lookups: the certificate is not trusted automatically; check its fingerprint with the server&apos;s administrator first.</source>
        <translation>Su certificado no es de confianza y el servidor solo se encontró mediante consultas no autenticadas: no se confía automáticamente en el certificado; compruebe primero su huella con el administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>mw::DeviceAuthorization</name>
    <message>
        <location filename="../core/oauth/DeviceAuthorization.cpp" line="+59"/>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No client id is set for the OAuth2 provider.</source>
        <translation>No hay identificador de cliente para el proveedor OAuth2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider offers no device sign-in (RFC 8628); sign in with the browser instead.</source>
        <translation>El proveedor no ofrece inicio de sesión por dispositivo (RFC 8628); inicie sesión con el navegador.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The provider&apos;s device sign-in did not answer: %1</source>
        <translation>El inicio de sesión por dispositivo del proveedor no respondió: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The provider&apos;s device sign-in answer lacks the code or the address.</source>
        <translation>A la respuesta del inicio de sesión por dispositivo del proveedor le falta el código o la dirección.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sign-in code expired before it was approved; start again.</source>
        <translation>El código de inicio de sesión caducó antes de aprobarse; empiece de nuevo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The provider stopped answering: %1</source>
        <translation>El proveedor dejó de responder: %1</translation>
    </message>
</context>
<context>
    <name>mw::DowngradeGuard</name>
    <message>
        <location filename="../core/session/DowngradeGuard.cpp" line="+57"/>
        <source>If the server&apos;s administrator changed this on purpose, check the server again and accept what it offers now (Check what the server supports in the settings window, or mailwright-cli probe --accept-changes).</source>
        <translation>Si el administrador del servidor lo cambió a propósito, compruebe de nuevo el servidor y acepte lo que ofrece ahora («Comprobar qué admite el servidor» en la ventana de configuración, o mailwright-cli probe --accept-changes).</translation>
    </message>
</context>
<context>
    <name>mw::FormBinder</name>
    <message>
        <location filename="../ui/FormBinderLocks.cpp" line="+45"/>
        <source>Set by your administrator</source>
        <translation>Definido por su administrador</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use organisation default</source>
        <translation>Usar el valor predeterminado de la organización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use organisation default for %1</source>
        <translation>Usar el valor predeterminado de la organización para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces your value of %1 with the one your organisation set</source>
        <translation>Sustituye su valor de %1 por el que definió su organización</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Read-only while the settings are locked</source>
        <translation>Solo lectura mientras la configuración esté bloqueada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed from your organisation&apos;s default</source>
        <translation>Cambiado respecto al valor predeterminado de su organización</translation>
    </message>
</context>
<context>
    <name>mw::HealthCheck</name>
    <message>
        <location filename="../core/notify/HealthCheck.cpp" line="+33"/>
        <source>backup SMTP server</source>
        <translation>servidor SMTP de respaldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POP3 server</source>
        <translation>servidor POP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP server</source>
        <translation>servidor SMTP</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the certificate of the %1 has expired</source>
        <translation>el certificado del %1 ha caducado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>the certificate of the %1 expires in %2 day(s)</source>
        <translation>el certificado del %1 caduca en %2 día(s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: sign-in required</source>
        <translation>%1: es necesario iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the login was refused</source>
        <translation>%1: se rechazó el inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the spool %1 cannot be read</source>
        <translation>no se puede leer la carpeta de la cola %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no SMTP server is configured (smtp/host)</source>
        <translation>no hay ningún servidor SMTP configurado (smtp/host)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the queue is held</source>
        <translation>la cola está retenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the queue is held: %1</source>
        <translation>la cola está retenida: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 message(s) waiting (critical from %2)</source>
        <translation>%1 mensaje(s) en espera (crítico a partir de %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 message(s) waiting (warning from %2)</source>
        <translation>%1 mensaje(s) en espera (aviso a partir de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the oldest message has waited %1 minute(s) (critical from %2)</source>
        <translation>el mensaje más antiguo lleva %1 minuto(s) esperando (crítico a partir de %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the oldest message has waited %1 minute(s) (warning from %2)</source>
        <translation>el mensaje más antiguo lleva %1 minuto(s) esperando (aviso a partir de %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dead letter(s)</source>
        <translation>%1 mensaje(s) no entregable(s)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>mail goes through the backup SMTP server</source>
        <translation>el correo pasa por el servidor SMTP de respaldo</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>queue empty</source>
        <translation>cola vacía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 message(s) waiting</source>
        <translation>%1 mensaje(s) en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no successful session recorded yet</source>
        <translation>aún no hay ninguna sesión correcta registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last successful session %1 s ago</source>
        <translation>última sesión correcta hace %1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>last check %1</source>
        <translation>última comprobación %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate %1 day(s) left</source>
        <translation>certificado: quedan %1 día(s)</translation>
    </message>
</context>
<context>
    <name>mw::HistoryModel</name>
    <message>
        <location filename="../ui/HistoryModel.cpp" line="+41"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet delivered, will be retried</source>
        <translation>Aún no entregado, se reintentará</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused for good</source>
        <translation>Rechazado definitivamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown (the connection broke after the message was sent)</source>
        <translation>Resultado desconocido (la conexión se cortó después de enviar el mensaje)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary SMTP</source>
        <translation>SMTP principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup SMTP</source>
        <translation>SMTP de respaldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup folder</source>
        <translation>Carpeta de recogida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No bounce</source>
        <translation>Sin rebote</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounce</source>
        <translation>Rebote</translation>
    </message>
</context>
<context>
    <name>mw::HistoryRecorder</name>
    <message>
        <location filename="../core/history/HistoryRecorder.cpp" line="+158"/>
        <source>The delivery history was not written: %1</source>
        <translation>No se escribió el historial de entregas: %1</translation>
    </message>
</context>
<context>
    <name>mw::HistoryResend</name>
    <message>
        <location filename="../core/history/HistoryResend.cpp" line="+36"/>
        <source>The delivery history has no entry %1.</source>
        <translation>El historial de entregas no tiene ninguna entrada %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No sender is set (mailboxes/from) for the Resent-From field.</source>
        <translation>No se ha definido ningún remitente (mailboxes/from) para el campo Resent-From.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The text of this message was not kept and it is no longer in the queue&apos;s dead letters; enable history/keep_bodies to be able to resend messages from the history.</source>
        <translation>El texto de este mensaje no se conservó y ya no está entre los mensajes no entregables de la cola; active history/keep_bodies para poder reenviar mensajes desde el historial.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The queue is busy (a pass is running); try again.</source>
        <translation>La cola está ocupada (hay una pasada en curso); inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>mw::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="+41"/>
        <source>Delivery history</source>
        <translation>Historial de entregas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient, subject or Message-ID</source>
        <translation>Destinatario, asunto o Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a recipient, subject or Message-ID</source>
        <translation>Buscar un destinatario, asunto o Message-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ailed only</source>
        <translation>Solo &amp;fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show failed messages only</source>
        <translation>Mostrar solo los mensajes fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused, not yet delivered, outcome unknown or bounced</source>
        <translation>Rechazados, aún no entregados, con resultado desconocido o rebotados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+270"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-269"/>
        <location line="+9"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+269"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the history again (F5)</source>
        <translation>Volver a leer el historial (F5)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Messages handed over, newest first</source>
        <translation>Mensajes transferidos, los más recientes primero</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details of the selected message</source>
        <translation>Detalles del mensaje seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a message to see its details.</source>
        <translation>Seleccione un mensaje para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;esend</source>
        <translation>R&amp;eenviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the selected message again (its text must have been kept, or it must still be among the dead letters)</source>
        <translation>Volver a poner en cola el mensaje seleccionado (su texto debe haberse conservado o debe seguir entre los mensajes no entregables)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The history is turned off (history/enabled): nothing new is recorded. %n message(s) shown.</source>
        <translation>
            <numerusform>El historial está desactivado (history/enabled): no se registra nada nuevo. Se muestra %n mensaje.</numerusform>
            <numerusform>El historial está desactivado (history/enabled): no se registra nada nuevo. Se muestran %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No message matches.</source>
        <translation>Ningún mensaje coincide.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s), newest first.</source>
        <translation>
            <numerusform>%n mensaje, el más reciente primero.</numerusform>
            <numerusform>%n mensajes, los más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envelope sender</source>
        <translation>Remitente del sobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope recipients</source>
        <translation>Destinatarios del sobre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To and Cc</source>
        <translation>To y Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue id</source>
        <translation>Identificador en la cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text of this message was not kept (history/keep_bodies is off when it was sent).</source>
        <translation>El texto de este mensaje no se conservó (history/keep_bodies estaba desactivado cuando se envió).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Message text: loading…</source>
        <translation>Texto del mensaje: cargando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text of this message could not be read.</source>
        <translation>No se pudo leer el texto de este mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text:</source>
        <translation>Texto del mensaje:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resending…</source>
        <translation>Reenviando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queued again as %1 (Resent-Message-ID %2).</source>
        <translation>Puesto de nuevo en cola como %1 (Resent-Message-ID %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dead letter %1 is queued again.</source>
        <translation>El mensaje no entregable %1 vuelve a estar en cola.</translation>
    </message>
</context>
<context>
    <name>mw::Localization</name>
    <message>
        <location filename="../core/i18n/Localization.cpp" line="+37"/>
        <source>Use this language (e.g. de, fr, es, en) instead of the system&apos;s.</source>
        <translation>Usar este idioma (p. ej. de, fr, es, en) en lugar del del sistema.</translation>
    </message>
</context>
<context>
    <name>mw::MailConnection</name>
    <message>
        <location filename="../core/protocol/MailConnection.cpp" line="+129"/>
        <source>Looking up the server name took too long.</source>
        <translation>La búsqueda del nombre del servidor tardó demasiado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept the connection in time (a firewall may drop it).</source>
        <translation>El servidor no aceptó la conexión a tiempo (puede que un cortafuegos la descarte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS handshake did not finish in time.</source>
        <translation>La negociación TLS no terminó a tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The address %1 is not of the family this connection must use.</source>
        <translation>La dirección %1 no es de la familia que debe usar esta conexión.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server name %1 could not be found (%2).</source>
        <translation>No se encontró el nombre de servidor %1 (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server name %1 has no address of the family this connection must use (%2).</source>
        <translation>El nombre de servidor %1 no tiene dirección de la familia que debe usar esta conexión (%2).</translation>
    </message>
    <message>
        <location line="+185"/>
        <location line="+10"/>
        <source>The connection could not be handed to the TLS layer.</source>
        <translation>No se pudo pasar la conexión a la capa TLS.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server sent data after agreeing to start TLS and before the handshake (a sign of command injection); the connection was dropped.</source>
        <translation>El servidor envió datos tras aceptar iniciar TLS y antes de la negociación (señal de inyección de órdenes); se cortó la conexión.</translation>
    </message>
    <message>
        <location filename="../core/protocol/TlsTrust.cpp" line="+175"/>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>El certificado del servidor no es de confianza: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate: %1.</source>
        <translation>Certificado: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It does not match the pinned fingerprint %1.</source>
        <translation>No coincide con la huella fijada %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server&apos;s certificate changed: it does not match the pinned fingerprint %1. Certificate: %2.</source>
        <translation>El certificado del servidor cambió: no coincide con la huella fijada %1. Certificado: %2.</translation>
    </message>
    <message>
        <location filename="../core/protocol/MailConnection.cpp" line="+73"/>
        <source>Connecting to %1 port %2 failed: %3</source>
        <translation>Falló la conexión a %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 failed at every address: %3</source>
        <translation>Falló la conexión a %1 puerto %2 en todas sus direcciones: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../core/protocol/MailConnectionTls.cpp" line="+212"/>
        <source>The TLS handshake failed: %1</source>
        <translation>Falló la negociación TLS: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/protocol/MailConnectionTls.cpp" line="+2"/>
        <source>The connection failed: %1</source>
        <translation>Falló la conexión: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>The server sent a line longer than %1 octets.</source>
        <translation>El servidor envió una línea de más de %1 octetos.</translation>
    </message>
    <message>
        <location filename="../core/protocol/MailConnectionTls.cpp" line="-148"/>
        <source>The TLS module could not be loaded (%1); reinstall Mailwright.</source>
        <translation>No se pudo cargar el módulo TLS (%1); reinstale Mailwright.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The TLS client certificate cannot be used: %1</source>
        <translation>No se puede usar el certificado de cliente TLS: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS could not be set up: %1</source>
        <translation>No se pudo configurar TLS: %1</translation>
    </message>
</context>
<context>
    <name>mw::MailSession</name>
    <message>
        <location filename="../core/protocol/MailSession.cpp" line="+95"/>
        <source>The session was cancelled.</source>
        <translation>Se canceló la sesión.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server closed the connection unexpectedly.</source>
        <translation>El servidor cerró la conexión inesperadamente.</translation>
    </message>
</context>
<context>
    <name>mw::MailboxesPage</name>
    <message>
        <location filename="../ui/MailboxesPage.cpp" line="+15"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Archivos de registro (*.log *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/MailboxesPage.h" line="+20"/>
        <location filename="../ui/SettingsWindow.cpp" line="-4"/>
        <source>Mailboxes</source>
        <translation>Buzones</translation>
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
        <translation>%1: el nombre visible %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no sender (From) address.</source>
        <translation>No hay dirección de remitente (From).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no recipient (To) address.</source>
        <translation>No hay dirección de destinatario (To).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject %1.</source>
        <translation>El asunto %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The X-Mailer value %1.</source>
        <translation>El valor de X-Mailer %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>«%1» no es un nombre de cabecera válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The header %1 is written by the message builder itself and cannot be set as an extra header.</source>
        <translation>La cabecera %1 la escribe el propio generador de mensajes y no se puede definir como cabecera adicional.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value of header %1 %2.</source>
        <translation>El valor de la cabecera %1 %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The In-Reply-To value is not a message identifier.</source>
        <translation>El valor de In-Reply-To no es un identificador de mensaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message text contains invalid Unicode.</source>
        <translation>El texto del mensaje contiene Unicode no válido.</translation>
    </message>
</context>
<context>
    <name>mw::MessageImport</name>
    <message>
        <location filename="../core/delivery/MessageImport.cpp" line="+37"/>
        <source>The message on standard input does not start with header fields (line &quot;%1&quot;).</source>
        <translation>El mensaje de la entrada estándar no empieza con campos de cabecera (línea «%1»).</translation>
    </message>
</context>
<context>
    <name>mw::ModeMismatch</name>
    <message>
        <location filename="../core/diagnostics/ModeMismatch.cpp" line="+28"/>
        <source>This port answered in clear text, not with TLS: it expects %1 (or no encryption), not implicit TLS.</source>
        <translation>Este puerto respondió en claro, no con TLS: espera %1 (o sin cifrado), no TLS implícito.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port speaks clear text first</source>
        <translation>el puerto habla primero en claro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server accepted the connection but sent no greeting: this port expects implicit TLS (the client must start the TLS handshake).</source>
        <translation>El servidor aceptó la conexión pero no envió saludo: este puerto espera TLS implícito (el cliente debe iniciar la negociación TLS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the port waits for a TLS handshake</source>
        <translation>el puerto espera una negociación TLS</translation>
    </message>
</context>
<context>
    <name>mw::ModeReport</name>
    <message>
        <location filename="../core/diagnostics/ModeReport.cpp" line="+41"/>
        <source>none offered</source>
        <translation>ninguno ofrecido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>can use: %1</source>
        <translation>utilizables: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not supported: %1</source>
        <translation>no compatibles: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Works without encryption: everything, passwords included, would cross the network in clear.</source>
        <translation>Funciona sin cifrado: todo, contraseñas incluidas, viajaría en claro por la red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works with %1 (%2, %3).</source>
        <translation>Funciona con %1 (%2, %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALARM: the certificate is not the pinned one. %1</source>
        <translation>ALARMA: el certificado no es el fijado. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS works but the certificate is not trusted (%1); it can be trusted by its fingerprint.</source>
        <translation>TLS funciona pero el certificado no es de confianza (%1); se puede confiar en él por su huella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS works but the certificate is not acceptable (%1).</source>
        <translation>TLS funciona pero el certificado no es aceptable (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer %1 on this port.</source>
        <translation>El servidor no ofrece %1 en este puerto.</translation>
    </message>
</context>
<context>
    <name>mw::NameLookup</name>
    <message>
        <location filename="../core/protocol/NameLookup.cpp" line="+171"/>
        <source>Not a valid host name</source>
        <translation>Nombre de host no válido</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+12"/>
        <source>Host not found</source>
        <translation>Host no encontrado</translation>
    </message>
</context>
<context>
    <name>mw::OAuthEndpoints</name>
    <message>
        <location filename="../core/oauth/OAuthEndpoints.cpp" line="+96"/>
        <source>The provider&apos;s discovery document names the issuer &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>El documento de descubrimiento del proveedor nombra al emisor «%1», no «%2».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider&apos;s discovery document has no token endpoint.</source>
        <translation>El documento de descubrimiento del proveedor no tiene punto final de token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s endpoint %1 is not an https address.</source>
        <translation>El punto final %1 del proveedor no es una dirección https.</translation>
    </message>
</context>
<context>
    <name>mw::OAuthFailure</name>
    <message>
        <location filename="../core/oauth/OAuthFailure.cpp" line="+50"/>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in required: the provider no longer accepts the saved sign-in (it was revoked, expired or the password changed). Provider: %1</source>
        <translation>Es necesario iniciar sesión: el proveedor ya no acepta el inicio de sesión guardado (revocado, caducado o contraseña cambiada). Proveedor: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider refused the requested permissions (scopes): %1</source>
        <translation>El proveedor rechazó los permisos solicitados (ámbitos): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider does not accept this client id (or client secret): %1</source>
        <translation>El proveedor no acepta este identificador de cliente (o secreto de cliente): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was declined: %1</source>
        <translation>Se rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in code expired before it was approved; start again.</source>
        <translation>El código de inicio de sesión caducó antes de aprobarse; empiece de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider refused: %1</source>
        <translation>El proveedor se negó: %1</translation>
    </message>
</context>
<context>
    <name>mw::OAuthHttp</name>
    <message>
        <location filename="../core/oauth/OAuthHttp.cpp" line="+45"/>
        <source>The provider did not answer in time (or sent too much).</source>
        <translation>El proveedor no respondió a tiempo (o envió demasiado).</translation>
    </message>
</context>
<context>
    <name>mw::OAuthSignIn</name>
    <message>
        <location filename="../ui/OAuthSignIn.cpp" line="+55"/>
        <source>The secret store did not answer, so the sign-in may not be saved. Check the password store and sign in again.</source>
        <translation>El almacén de secretos no respondió, así que puede que el inicio de sesión no se haya guardado. Compruebe el almacén de contraseñas y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sign-in took too long and was stopped; nothing was saved. Start again.</source>
        <translation>El inicio de sesión tardó demasiado y se detuvo; no se guardó nada. Empiece de nuevo.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The sign-in did not start: save the settings first (see the message at the bottom of the window).</source>
        <translation>El inicio de sesión no empezó: guarde primero la configuración (vea el mensaje en la parte inferior de la ventana).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No OAuth2 sign-in is available in this window.</source>
        <translation>No hay inicio de sesión OAuth2 disponible en esta ventana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding the provider…</source>
        <translation>Buscando el proveedor…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting for the browser… Sign in on the page that opened; Mailwright continues by itself when the provider sends the browser back.</source>
        <translation>Esperando al navegador… Inicie sesión en la página que se abrió; Mailwright continúa por sí solo cuando el proveedor devuelve el navegador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The browser could not be started. Open this address in a browser on this computer and sign in; Mailwright waits for it.</source>
        <translation>No se pudo iniciar el navegador. Abra esta dirección en un navegador de este equipo e inicie sesión; Mailwright lo espera.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>On any device, open the address below, sign in and enter the code. Waiting for the sign-in…</source>
        <translation>En cualquier dispositivo, abra la dirección de abajo, inicie sesión e introduzca el código. Esperando el inicio de sesión…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign-in cancelled; nothing was saved.</source>
        <translation>Inicio de sesión cancelado; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed: %1 Nothing was saved.</source>
        <translation>Falló el inicio de sesión: %1 No se guardó nada.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Signed out: the sign-in was revoked and removed from the secret store.</source>
        <translation>Sesión cerrada: el inicio de sesión se revocó y se eliminó del almacén de secretos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing out failed: %1</source>
        <translation>Falló el cierre de sesión: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the sign-in…</source>
        <translation>Preparando el inicio de sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in required.</source>
        <translation>Es necesario iniciar sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as %1 — token valid until %2</source>
        <translation>Sesión iniciada como %1 — token válido hasta el %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scopes granted: %1</source>
        <translation>Ámbitos concedidos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1; the sign-in is saved in the secret store.</source>
        <translation>Sesión iniciada como %1; el inicio de sesión está guardado en el almacén de secretos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in.</source>
        <translation>No se ha iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>mw::OAuthToken</name>
    <message>
        <location filename="../core/oauth/OAuthToken.cpp" line="+19"/>
        <source>The provider&apos;s answer holds no access token.</source>
        <translation>La respuesta del proveedor no contiene token de acceso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provider issued a &quot;%1&quot; token; SMTP needs a bearer token.</source>
        <translation>El proveedor emitió un token «%1»; SMTP necesita un token bearer.</translation>
    </message>
</context>
<context>
    <name>mw::OpenIdDiscovery</name>
    <message>
        <location filename="../core/oauth/OpenIdDiscovery.cpp" line="+30"/>
        <source>The issuer &quot;%1&quot; is not an https address.</source>
        <translation>El emisor «%1» no es una dirección https.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered with HTTP status %2 and no OpenID configuration.</source>
        <translation>%1 respondió con el estado HTTP %2 y sin configuración OpenID.</translation>
    </message>
</context>
<context>
    <name>mw::PasswordDigest</name>
    <message>
        <location filename="../core/settings/PasswordDigest.cpp" line="+86"/>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at most %1 characters.</source>
        <translation>La contraseña debe tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must be on one line.</source>
        <translation>La contraseña debe estar en una sola línea.</translation>
    </message>
</context>
<context>
    <name>mw::PasswordField</name>
    <message>
        <location filename="../ui/PasswordField.cpp" line="+22"/>
        <location line="+131"/>
        <source>Show password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+128"/>
        <source>Show password (Ctrl+Shift+R)</source>
        <translation>Mostrar la contraseña (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+122"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Hide password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide password (Ctrl+Shift+R)</source>
        <translation>Ocultar la contraseña (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+61"/>
        <source>No password store is available.</source>
        <translation>No hay almacén de contraseñas disponible.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>nowhere</source>
        <translation>a ninguna parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain</source>
        <translation>el llavero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password file</source>
        <translation>el archivo de contraseñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in %1 as a digest only. Type a new one to replace it.</source>
        <translation>Guardada en %1 solo como resumen. Escriba una nueva para sustituirla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by %1 (environment)</source>
        <translation>Definida por %1 (entorno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in %1, not shown. Type to replace it.</source>
        <translation>Guardada en %1, no se muestra. Escriba para sustituirla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading from %1…</source>
        <translation>Cargando desde %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password stored yet</source>
        <translation>Aún no hay contraseña guardada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the stored password will be removed</source>
        <translation>Vacío: se eliminará la contraseña guardada</translation>
    </message>
</context>
<context>
    <name>mw::Pickup</name>
    <message>
        <location filename="../core/delivery/Pickup.cpp" line="+30"/>
        <source>The pickup folder %1 does not exist.</source>
        <translation>La carpeta de recogida %1 no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recipient contains a line break.</source>
        <translation>Un destinatario contiene un salto de línea.</translation>
    </message>
</context>
<context>
    <name>mw::Pop3Page</name>
    <message>
        <location filename="../ui/Pop3Page.cpp" line="+21"/>
        <source>Automatic (TLS on port 995, else STLS when offered; no login without it)</source>
        <translation>Automático (TLS en el puerto 995, si no STLS cuando se ofrezca; sin cifrado no hay inicio de sesión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STLS (port 110)</source>
        <translation>STLS (puerto 110)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 995)</source>
        <translation>TLS desde el principio (puerto 995)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: clear text (not recommended)</source>
        <translation>Ninguna: texto en claro (no recomendado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (the best method the server offers)</source>
        <translation>Automático (el mejor método que ofrece el servidor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USER/PASS</source>
        <translation>USER/PASS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APOP (the password is not sent)</source>
        <translation>APOP (la contraseña no se envía)</translation>
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
        <translation>Certificado de cliente TLS (EXTERNAL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados de cliente (*.pem *.crt *.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The bounced-alerts mailbox could not be read: %1</source>
        <translation>No se pudo leer el buzón de alertas rebotadas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No delivery reports in the bounced-alerts mailbox so far.</source>
        <translation>Por ahora no hay informes de entrega en el buzón de alertas rebotadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery report(s) recorded</source>
        <translation>
            <numerusform>%n informe de entrega registrado</numerusform>
            <numerusform>%n informes de entrega registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 (%3) for %4</source>
        <translation>%1 %2 (%3) para %4</translation>
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
        <translation>No hay servidor POP3 (host y puerto) configurado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No POP3 login name is set.</source>
        <translation>No hay nombre de usuario POP3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No POP3 password is set.</source>
        <translation>No hay contraseña POP3.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Reply.cpp" line="+133"/>
        <source>Message %1 is larger than %2 octets; it was not read.</source>
        <translation>El mensaje %1 supera los %2 octetos; no se leyó.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s answer has more than %1 lines; it does not end.</source>
        <translation>La respuesta del servidor tiene más de %1 líneas; no termina.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Session.cpp" line="+157"/>
        <location filename="../core/protocol/Pop3SessionAnswers.cpp" line="+33"/>
        <source>The server sent a line nobody asked for.</source>
        <translation>El servidor envió una línea que nadie pidió.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Reply.cpp" line="+5"/>
        <source>The server&apos;s answer is larger than %1 octets; it was not read.</source>
        <translation>La respuesta del servidor supera los %1 octetos; no se leyó.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>This server speaks SMTP, not POP3: check the port number.</source>
        <translation>Este servidor habla SMTP, no POP3: compruebe el número de puerto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks IMAP, not POP3: check the port number.</source>
        <translation>Este servidor habla IMAP, no POP3: compruebe el número de puerto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks HTTP, not POP3: check the port number.</source>
        <translation>Este servidor habla HTTP, no POP3: compruebe el número de puerto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server speaks SSH, not POP3: check the port number.</source>
        <translation>Este servidor habla SSH, no POP3: compruebe el número de puerto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer is not a POP3 status line (+OK or -ERR).</source>
        <translation>La respuesta del servidor no es una línea de estado POP3 (+OK o -ERR).</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3SessionAnswers.cpp" line="+51"/>
        <source>The server refused to serve this client.</source>
        <translation>El servidor se negó a atender a este cliente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent more lines before the client&apos;s first command.</source>
        <translation>El servidor envió más líneas antes de la primera orden del cliente.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server refused to start TLS (STLS); nothing was sent in clear.</source>
        <translation>El servidor se negó a iniciar TLS (STLS); no se envió nada en claro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server rejected the POP3 login name.</source>
        <translation>El servidor rechazó el nombre de usuario POP3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+127"/>
        <source>The server refused the login for now (mailbox busy or logins too frequent).</source>
        <translation>El servidor rechaza el inicio de sesión por ahora (buzón ocupado o inicios de sesión demasiado frecuentes).</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>The POP3 server rejected the login name or password.</source>
        <translation>El servidor POP3 rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused STAT.</source>
        <translation>El servidor rechazó STAT.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s answer to STAT is malformed.</source>
        <translation>La respuesta del servidor a STAT está mal formada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server refused to list the mailbox.</source>
        <translation>El servidor se negó a listar el buzón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused to send message %1.</source>
        <translation>El servidor se negó a enviar el mensaje %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server refused to delete message %1.</source>
        <translation>El servidor se negó a borrar el mensaje %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server could not complete the session (messages marked for deletion may remain).</source>
        <translation>El servidor no pudo completar la sesión (pueden quedar mensajes marcados para borrar).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The server&apos;s answer to LIST is malformed.</source>
        <translation>La respuesta del servidor a LIST está mal formada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server&apos;s answer to UIDL is malformed.</source>
        <translation>La respuesta del servidor a UIDL está mal formada.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Reply.cpp" line="+38"/>
        <location filename="../core/protocol/Pop3SessionAnswers.cpp" line="+28"/>
        <source>The server sent an unexpected multi-line answer.</source>
        <translation>El servidor envió una respuesta de varias líneas inesperada.</translation>
    </message>
    <message>
        <location filename="../core/protocol/Pop3Session.cpp" line="+38"/>
        <source>The server does not offer STLS, so no secure connection is possible; nothing was sent in clear.</source>
        <translation>El servidor no ofrece STLS, así que no es posible una conexión segura; no se envió nada en claro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server does not offer STLS (or someone on the way removed it), and security &quot;Automatic&quot; never logs in without encryption; neither the password nor an APOP digest was sent.</source>
        <translation>El servidor no ofrece STLS (o alguien en el camino lo eliminó), y la seguridad «Automático» nunca inicia sesión sin cifrado; no se envió ni la contraseña ni un resumen APOP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use security &quot;TLS&quot; (port 995) if the server offers it, or ask its administrator to enable STLS. Only on a trusted network: security &quot;None&quot; allows a login in clear.</source>
        <translation>Use la seguridad «TLS» (puerto 995) si el servidor lo ofrece, o pida a su administrador que active STLS. Solo en una red de confianza: la seguridad «Ninguna» permite un inicio de sesión en claro.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The connection is not encrypted, so no login was sent (neither USER/PASS nor an APOP digest, which can be cracked offline).</source>
        <translation>La conexión no está cifrada, así que no se envió ningún inicio de sesión (ni USER/PASS ni un resumen APOP, que se puede romper sin conexión).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use security STLS or TLS, or choose security &quot;none&quot; explicitly to allow a login in clear.</source>
        <translation>Use la seguridad STLS o TLS, o elija expresamente la seguridad «none» para permitir un inicio de sesión en claro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>APOP is switched on, but the server&apos;s greeting carries no APOP timestamp, so APOP cannot be used. USER/PASS was not tried instead.</source>
        <translation>APOP está activado, pero el saludo del servidor no lleva marca de tiempo APOP, así que APOP no se puede usar. No se intentó USER/PASS en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch APOP off and use security STLS or TLS, or check that this is the right server.</source>
        <translation>Desactive APOP y use la seguridad STLS o TLS, o compruebe que es el servidor correcto.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>This port may expect STLS or no encryption: try security &quot;STLS&quot; (port 110).</source>
        <translation>Puede que este puerto espere STLS o ningún cifrado: pruebe la seguridad «STLS» (puerto 110).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server that stays silent after connecting often expects implicit TLS: try security &quot;TLS&quot; (port 995).</source>
        <translation>Un servidor que calla tras conectar suele esperar TLS implícito: pruebe la seguridad «TLS» (puerto 995).</translation>
    </message>
</context>
<context>
    <name>mw::PopBeforeSmtp</name>
    <message>
        <location filename="../core/delivery/PopBeforeSmtp.cpp" line="+87"/>
        <source>POP-before-SMTP needs a POP3 server and login name.</source>
        <translation>POP antes de SMTP necesita un servidor POP3 y un nombre de usuario.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The session was cancelled.</source>
        <translation>Se canceló la sesión.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>POP-before-SMTP: the POP3 login to %1 failed: %2</source>
        <translation>POP antes de SMTP: falló el inicio de sesión POP3 en %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The SMTP server name %1 could not be found (%2).</source>
        <translation>No se encontró el nombre del servidor SMTP %1 (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The POP3 login came from an %1 address, but the SMTP server %2 has no %1 address, so it would see a different source address and not honour the login.</source>
        <translation>El inicio de sesión POP3 vino de una dirección %1, pero el servidor SMTP %2 no tiene dirección %1, así que vería otra dirección de origen y no reconocería el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use POP3 and SMTP server names that resolve to the same address family (for example both IPv4).</source>
        <translation>Use nombres de servidor POP3 y SMTP que resuelvan a la misma familia de direcciones (por ejemplo, ambos IPv4).</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The POP3 login worked, but the SMTP server did not honour it and refused to relay (its relay window may have expired, or it saw a different source address than the POP3 server).</source>
        <translation>El inicio de sesión POP3 funcionó, pero el servidor SMTP no lo reconoció y se negó a retransmitir (puede que su ventana de retransmisión haya caducado o que viera otra dirección de origen que el servidor POP3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the POP3 and SMTP servers belong together and share the POP-before-SMTP database, that no proxy or NAT changes the source address between the two, and that the relay window (%1 minutes here) is not longer than the server&apos;s.</source>
        <translation>Compruebe que los servidores POP3 y SMTP van juntos y comparten la base de datos de POP antes de SMTP, que ningún proxy o NAT cambia la dirección de origen entre ambos y que la ventana de retransmisión (aquí %1 minutos) no es más larga que la del servidor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>POP-before-SMTP: logged in to %1 at %2; the relay window is %3 minutes.</source>
        <translation>POP antes de SMTP: sesión iniciada en %1 a las %2; la ventana de retransmisión es de %3 minutos.</translation>
    </message>
</context>
<context>
    <name>mw::Preflight</name>
    <message>
        <location filename="../core/session/Preflight.cpp" line="+198"/>
        <source>The round trip fetches the test message over POP3 from the notification mailbox: set pop3/host and pop3/username of the account that receives %1.</source>
        <translation>La ida y vuelta recupera el mensaje de prueba por POP3 del buzón de notificaciones: defina pop3/host y pop3/username de la cuenta que recibe %1.</translation>
    </message>
</context>
<context>
    <name>mw::ProbeMode</name>
    <message>
        <location filename="../core/diagnostics/ProbeMode.cpp" line="+33"/>
        <source>implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
</context>
<context>
    <name>mw::ProbeReport</name>
    <message>
        <location filename="../core/diagnostics/ProbeReport.cpp" line="+108"/>
        <source>The pinned certificate of %1 changed: the server now presents %2 (SHA-256 %3) instead of SHA-256 %4. This happens when the certificate is renewed, and when someone intercepts the connection: check with the server&apos;s administrator before trusting the new one.</source>
        <translation>El certificado fijado de %1 cambió: el servidor presenta ahora %2 (SHA-256 %3) en lugar de SHA-256 %4. Esto ocurre cuando se renueva el certificado y cuando alguien intercepta la conexión: consúltelo con el administrador del servidor antes de confiar en el nuevo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 on port %2</source>
        <translation>%1 en el puerto %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recommended: %1 — the safest combination that works.</source>
        <translation>Recomendado: %1 — la combinación más segura que funciona.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recommended: %1 after trusting the server&apos;s certificate (%2); check its fingerprint with the server&apos;s administrator.</source>
        <translation>Recomendado: %1 tras confiar en el certificado del servidor (%2); compruebe su huella con el administrador del servidor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1 works: the server offers no encryption. Everything, passwords included, crosses the network in clear; use it only on a trusted network.</source>
        <translation>Solo funciona %1: el servidor no ofrece cifrado. Todo, contraseñas incluidas, viaja en claro por la red; úselo solo en una red de confianza.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is recommended: %1</source>
        <translation>Ninguna recomendación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is recommended: the server&apos;s certificate has expired and must be renewed; sending without encryption instead is not safe.</source>
        <translation>Ninguna recomendación: el certificado del servidor ha caducado y debe renovarse; enviar sin cifrado en su lugar no es seguro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: the server offers TLS but no secure combination works; sending without encryption instead is not safe.</source>
        <translation>Ninguna recomendación: el servidor ofrece TLS pero ninguna combinación segura funciona; enviar sin cifrado en su lugar no es seguro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: no combination works on %1.</source>
        <translation>Ninguna recomendación: ninguna combinación funciona en %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server that was checked</source>
        <translation>el servidor comprobado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port where %1 works</source>
        <translation>el puerto donde funciona %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the safest mode that works</source>
        <translation>el modo más seguro que funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server offers no encryption</source>
        <translation>el servidor no ofrece cifrado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server offers no login Mailwright can use in this mode</source>
        <translation>el servidor no ofrece en este modo ningún inicio de sesión que Mailwright pueda usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>%1 is not offered; %2 is the strongest of %3</source>
        <translation>%1 no se ofrece; %2 es el más fuerte de %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the server offers</source>
        <translation>lo que ofrece el servidor</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the server&apos;s greeting has no APOP timestamp</source>
        <translation>el saludo del servidor no tiene marca de tiempo APOP</translation>
    </message>
</context>
<context>
    <name>mw::ProbeText</name>
    <message>
        <location filename="../ui/ProbeText.cpp" line="+26"/>
        <source>%1 on port %2: %3</source>
        <translation>%1 en el puerto %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %3 ms</source>
        <translation>%1 %2 %3 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps: %1</source>
        <translation>Pasos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable: yes</source>
        <translation>Accesible: sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reachable: no</source>
        <translation>Accesible: no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting: %1</source>
        <translation>Saludo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extensions: %1</source>
        <translation>Extensiones: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in mechanisms in this mode: %1</source>
        <translation>Mecanismos de inicio de sesión en este modo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>APOP: offered (the greeting has a timestamp)</source>
        <translation>APOP: ofrecido (el saludo tiene marca de tiempo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APOP: not offered</source>
        <translation>APOP: no ofrecido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest message: %1 octets</source>
        <translation>Mensaje más grande: %1 octetos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
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
        <translation>No se puede usar la carpeta de la cola: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The message has no recipient.</source>
        <translation>El mensaje no tiene destinatario.</translation>
    </message>
    <message>
        <location line="+208"/>
        <location filename="../core/delivery/QueueDeadLetters.cpp" line="+94"/>
        <location line="+13"/>
        <location line="+27"/>
        <source>No queued message has the id %1.</source>
        <translation>Ningún mensaje en cola tiene el identificador %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches %2 messages; give more of the id.</source>
        <translation>%1 coincide con %2 mensajes; indique más del identificador.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/delivery/QueueDeadLetters.cpp" line="-85"/>
        <source>Cannot remove %1 from the queue.</source>
        <translation>No se puede quitar %1 de la cola.</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueJournal.cpp" line="+36"/>
        <source>Cannot write the queue journal: %1</source>
        <translation>No se puede escribir el diario de la cola: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read the queue journal: %1</source>
        <translation>No se puede leer el diario de la cola: %1</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueHold.cpp" line="+29"/>
        <source>spool storage: the queue folder %1 could not be written (is the disk full?); retried as space comes back.</source>
        <translation>almacenamiento de la cola: no se pudo escribir en la carpeta de la cola %1 (¿está lleno el disco?); se reintenta cuando vuelva a haber espacio.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>spool storage: %1</source>
        <translation>almacenamiento de la cola: %1</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueLock.cpp" line="+53"/>
        <location line="+19"/>
        <source>The queue lock %1 is a symbolic link; refused.</source>
        <translation>El archivo de bloqueo de la cola %1 es un enlace simbólico; rechazado.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cannot open the queue lock %1: %2</source>
        <translation>No se puede abrir el archivo de bloqueo de la cola %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot lock the queue lock %1: %2</source>
        <translation>No se puede bloquear el archivo de bloqueo de la cola %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot create the queue lock %1: permission denied.</source>
        <translation>No se puede crear el archivo de bloqueo de la cola %1: permiso denegado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot create the queue lock %1.</source>
        <translation>No se puede crear el archivo de bloqueo de la cola %1.</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueJournal.cpp" line="+16"/>
        <source>The queue runner stopped while this message was being sent; the server may have it already.</source>
        <translation>El procesador de la cola se detuvo mientras se enviaba este mensaje; puede que el servidor ya lo tenga.</translation>
    </message>
</context>
<context>
    <name>mw::QueueBounces</name>
    <message>
        <location filename="../core/history/QueueBounces.cpp" line="+47"/>
        <source>bounced %1: %2 (sent %3 to %4, &quot;%5&quot;, %6)</source>
        <translation>rebotado %1: %2 (enviado %3 a %4, «%5», %6)</translation>
    </message>
</context>
<context>
    <name>mw::QueueModel</name>
    <message>
        <location filename="../ui/QueueModel.cpp" line="+49"/>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead letter</source>
        <translation>No entregable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En espera</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>mw::QueueOperations</name>
    <message>
        <location filename="../core/delivery/QueueOperations.cpp" line="+79"/>
        <source>The queue runner is busy; try again.</source>
        <translation>El procesador de la cola está ocupado; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The queue is not held.</source>
        <translation>La cola no está retenida.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No queued message has the id %1.</source>
        <translation>Ningún mensaje en cola tiene el identificador %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue id: %1</source>
        <translation>Identificador en la cola: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued: %1</source>
        <translation>Puesto en cola: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope sender: %1</source>
        <translation>Remitente del sobre: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope recipients: %1</source>
        <translation>Destinatarios del sobre: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already delivered to: %1</source>
        <translation>Ya entregado a: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
</context>
<context>
    <name>mw::QueueRunner</name>
    <message>
        <location filename="../core/delivery/QueueRunner.cpp" line="+192"/>
        <source>Another queue runner is busy with this queue.</source>
        <translation>Otro procesador de cola está trabajando con esta cola.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+3"/>
        <source>the previous runner stopped while sending it</source>
        <translation>el procesador anterior se detuvo mientras lo enviaba</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueRunnerSession.cpp" line="+55"/>
        <source>No SMTP server is set (%1/host).</source>
        <translation>No hay servidor SMTP definido (%1/host).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing mail is switched off (%1/enabled).</source>
        <translation>El correo saliente está desactivado (%1/enabled).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OAuth2 sign-in is chosen but this runner has no access to the sign-in.</source>
        <translation>Se eligió el inicio de sesión OAuth2 pero este procesador de la cola no tiene acceso al inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../core/delivery/QueueRunnerOutcomes.cpp" line="+169"/>
        <source>The server refused the recipient for good.</source>
        <translation>El servidor rechazó el destinatario definitivamente.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The connection was lost after the message was sent; the server may have it already.</source>
        <translation>La conexión se perdió después de enviar el mensaje; puede que el servidor ya lo tenga.</translation>
    </message>
</context>
<context>
    <name>mw::QueueSummary</name>
    <message>
        <location filename="../ui/QueueSummary.cpp" line="+28"/>
        <source>Open the queue: waiting, held and dead-lettered messages</source>
        <translation>Abrir la cola: mensajes en espera, retenidos y no entregables</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POP-before-SMTP: the SMTP server lets this computer relay for pop3/relay_window minutes after the runner&apos;s POP3 login</source>
        <translation>POP antes de SMTP: el servidor SMTP permite a este equipo retransmitir durante pop3/relay_window minutos después del inicio de sesión POP3 del procesador de la cola</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Queue…</source>
        <translation>Cola…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Queue: empty</source>
        <translation>Cola: vacía</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n retenido</numerusform>
            <numerusform>%n retenidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest %1</source>
        <translation>el más antiguo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n mensaje no entregable</numerusform>
            <numerusform>%n mensajes no entregables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: %1</source>
        <translation>Cola: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>relay authorised until %1</source>
        <translation>retransmisión autorizada hasta %1</translation>
    </message>
</context>
<context>
    <name>mw::QueueView</name>
    <message>
        <location filename="../ui/QueueView.cpp" line="+39"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Queued messages, oldest first</source>
        <translation>Mensajes en cola, el más antiguo primero</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected message: headers and body</source>
        <translation>El mensaje seleccionado: cabeceras y cuerpo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a message and choose Show message.</source>
        <translation>Seleccione un mensaje y elija «Mostrar el mensaje».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent recently, then bounced</source>
        <translation>Enviados recientemente y luego rebotados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected message on the next pass</source>
        <translation>Enviar el mensaje seleccionado en la próxima pasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move back</source>
        <translation>&amp;Devolver a la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected dead letter back to the queue</source>
        <translation>Devolver a la cola el mensaje no entregable seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected message from the queue</source>
        <translation>Eliminar el mensaje seleccionado de la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lease hold</source>
        <translation>&amp;Liberar la retención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the next pass try again (it holds the queue again if the trouble is still there)</source>
        <translation>Permitir que la próxima pasada lo intente de nuevo (la cola vuelve a quedar retenida si el problema persiste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show message</source>
        <translation>&amp;Mostrar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The queue is empty.</source>
        <translation>La cola está vacía.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n held</source>
        <translation>
            <numerusform>%n retenido</numerusform>
            <numerusform>%n retenidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n mensaje no entregable</numerusform>
            <numerusform>%n mensajes no entregables</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue is held since %1: %2</source>
        <translation>La cola está retenida desde %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server could not be reached: %1 Next try at %2.</source>
        <translation>No se pudo contactar con el servidor: %1 Próximo intento a las %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The delivery history could not be read: %1</source>
        <translation>No se pudo leer el historial de entregas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounces are linked through the delivery history, which is turned off (history/enabled).</source>
        <translation>Los rebotes se vinculan a través del historial de entregas, que está desactivado (history/enabled).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No message sent in the last %n day(s) bounced.</source>
        <translation>
            <numerusform>Ningún mensaje enviado en el último %n día rebotó.</numerusform>
            <numerusform>Ningún mensaje enviado en los últimos %n días rebotó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent in the last %n day(s), then bounced:</source>
        <translation>
            <numerusform>Enviados en el último %n día y luego rebotados:</numerusform>
            <numerusform>Enviados en los últimos %n días y luego rebotados:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete message</source>
        <translation>Eliminar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; to %2 from the queue? It will not be sent.</source>
        <translation>¿Eliminar de la cola «%1» para %2? No se enviará.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 removed.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hold is lifted: the next pass tries again.</source>
        <translation>Se levantó la retención: la próxima pasada lo intenta de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is back in the queue.</source>
        <translation>%1 vuelve a estar en la cola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will be sent on the next pass.</source>
        <translation>%1 se enviará en la próxima pasada.</translation>
    </message>
</context>
<context>
    <name>mw::RefreshTokenStore</name>
    <message>
        <location filename="../core/oauth/RefreshTokenStore.cpp" line="+97"/>
        <source>The saved OAuth2 sign-in is damaged; sign in again.</source>
        <translation>El inicio de sesión OAuth2 guardado está dañado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Part of the saved OAuth2 sign-in is missing; sign in again.</source>
        <translation>Falta parte del inicio de sesión OAuth2 guardado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The refresh token is empty.</source>
        <translation>El token de actualización está vacío.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The provider&apos;s refresh token is %1 characters long; Mailwright keeps at most %2 (the OS keychain limits each entry). It was not saved.</source>
        <translation>El token de actualización del proveedor tiene %1 caracteres; Mailwright guarda como máximo %2 (el llavero del sistema limita cada entrada). No se guardó.</translation>
    </message>
</context>
<context>
    <name>mw::RememberedCapabilities</name>
    <message>
        <location filename="../core/session/CapabilityMemory.cpp" line="+74"/>
        <source>TLS was used at the last check (%1): this session requires it.</source>
        <translation>En la última comprobación (%1) se usó TLS: esta sesión lo exige.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 logged in at the last check: this session requires it.</source>
        <translation>%1 inició sesión en la última comprobación: esta sesión lo exige.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server offered encryption at the last check (%1) and does not now: the session refused to continue in clear (a possible downgrade attack).</source>
        <translation>El servidor ofrecía cifrado en la última comprobación (%1) y ahora no: la sesión se negó a continuar en claro (posible ataque de degradación).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Login methods offered at the last check (%1) are missing now: %2.</source>
        <translation>Faltan ahora métodos de inicio de sesión ofrecidos en la última comprobación (%1): %2.</translation>
    </message>
</context>
<context>
    <name>mw::RemoteStatusPage</name>
    <message>
        <location filename="../ui/RemoteStatusPage.cpp" line="+86"/>
        <source>Reading the last requests…</source>
        <translation>Leyendo las últimas solicitudes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking whether one is set…</source>
        <translation>Comprobando si hay una definida…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic JSON</source>
        <translation>JSON genérico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Teams (workflow)</source>
        <translation>Microsoft Teams (flujo de trabajo)</translation>
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
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The alert webhook&apos;s URL could not be read: %1</source>
        <translation>No se pudo leer la URL del webhook de alertas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the alert webhook&apos;s URL first.</source>
        <translation>Escriba primero la URL del webhook de alertas.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Status recipient %1</source>
        <translation>Destinatario del estado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address 1 (all empty: any sender)</source>
        <translation>Dirección de correo 1 (todas vacías: cualquier remitente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address %1</source>
        <translation>Dirección de correo %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&lt;the POP3 mailbox&apos;s address&gt;</source>
        <translation>&lt;la dirección del buzón POP3&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;your read-only password&gt;</source>
        <translation>&lt;su contraseña de solo lectura&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sending a test alert…</source>
        <translation>Enviando una alerta de prueba…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System log</source>
        <translation>Registro del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: sent (%2)</source>
        <translation>%1: enviado (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: failed: %2</source>
        <translation>%1: falló: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No second channel is on: choose a webhook or the system log.</source>
        <translation>No hay ningún segundo canal activo: elija un webhook o el registro del sistema.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No status request has been processed yet.</source>
        <translation>Aún no se ha procesado ninguna solicitud de estado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) processed, newest first.</source>
        <translation>
            <numerusform>%n solicitud procesada, la más reciente primero.</numerusform>
            <numerusform>%n solicitudes procesadas, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Set (only its digest is stored).</source>
        <translation>Definida (solo se guarda su resumen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set: every status request is refused.</source>
        <translation>No definida: se rechaza toda solicitud de estado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a digest: every request is refused. Type a new one.</source>
        <translation>No es un resumen: se rechaza toda solicitud. Escriba una nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown: the password store cannot be read.</source>
        <translation>Desconocido: no se puede leer el almacén de contraseñas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The read-only password could not be removed: %1</source>
        <translation>No se pudo eliminar la contraseña de solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../ui/RemoteStatusPage.h" line="+43"/>
        <location filename="../ui/SettingsWindow.cpp" line="+11"/>
        <source>Status requests and alerts</source>
        <translation>Solicitudes de estado y alertas</translation>
    </message>
</context>
<context>
    <name>mw::RemoteStatusSecret</name>
    <message>
        <location filename="../core/notify/RemoteStatusSecret.cpp" line="+21"/>
        <source>No password store is available.</source>
        <translation>No hay almacén de contraseñas disponible.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The password digest could not be computed.</source>
        <translation>No se pudo calcular el resumen de la contraseña.</translation>
    </message>
</context>
<context>
    <name>mw::Result</name>
    <message>
        <location filename="../core/protocol/Result.cpp" line="+7"/>
        <source>subject %1, issuer %2, valid %3 to %4, SHA-256 %5</source>
        <translation>sujeto %1, emisor %2, válido del %3 al %4, SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>mw::RoundTrip</name>
    <message>
        <location filename="../core/notify/RoundTrip.cpp" line="+37"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the message</source>
        <translation>Esperando el mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched over POP3</source>
        <translation>Recuperado por POP3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from the mailbox</source>
        <translation>Eliminado del buzón</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The message was sent, but fetching it over POP3 failed: %1</source>
        <translation>El mensaje se envió, pero falló su recuperación por POP3: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The test message came back through %1 after %2 ms; it was deleted from the mailbox.</source>
        <translation>El mensaje de prueba volvió a través de %1 al cabo de %2 ms; se eliminó del buzón.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The test message was accepted for %1 but did not arrive in the POP3 mailbox %2 within %3 s.</source>
        <translation>El mensaje de prueba se aceptó para %1 pero no llegó al buzón POP3 %2 en %3 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that this POP3 account receives the notification mailbox, and look for a bounce in the bounced-alerts mailbox (mailwright-cli bounces).</source>
        <translation>Compruebe que esta cuenta POP3 recibe el buzón de notificaciones y busque un rebote en el buzón de alertas rebotadas (mailwright-cli bounces).</translation>
    </message>
</context>
<context>
    <name>mw::Router</name>
    <message>
        <location filename="../core/delivery/Router.cpp" line="+51"/>
        <source>%1 is not a permitted recipient (permitted: %2).</source>
        <translation>%1 no es un destinatario permitido (permitidos: %2).</translation>
    </message>
</context>
<context>
    <name>mw::ServerCheckController</name>
    <message>
        <location filename="../ui/ServerCheckController.cpp" line="+113"/>
        <location line="+15"/>
        <location line="+9"/>
        <source>Check &amp;what the server supports…</source>
        <translation>Comprobar &amp;qué admite el servidor…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Try implicit TLS, STARTTLS and clear text on the usual ports of the server typed above, and recommend the safest combination that works</source>
        <translation>Probar TLS implícito, STARTTLS y texto en claro en los puertos habituales del servidor escrito arriba, y recomendar la combinación más segura que funcione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Get SMTP server address…</source>
        <translation>&amp;Obtener la dirección del servidor SMTP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the server from the domain of the From address (DNS SRV and MX records, autoconfig, known providers)</source>
        <translation>Encontrar el servidor a partir del dominio de la dirección del remitente (registros DNS SRV y MX, autoconfig, proveedores conocidos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try implicit TLS, STARTTLS and clear text on the usual ports of the backup server typed above</source>
        <translation>Probar TLS implícito, STARTTLS y texto en claro en los puertos habituales del servidor de respaldo escrito arriba</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try implicit TLS, STLS and clear text on the usual POP3 ports of the server typed above</source>
        <translation>Probar TLS implícito, STLS y texto en claro en los puertos POP3 habituales del servidor escrito arriba</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Not offered by %1 on port %2 in this mode.</source>
        <translation>No lo ofrece %1 en el puerto %2 en este modo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 offers no login on port %2 in this mode: only No authentication and POP before SMTP can be chosen.</source>
        <translation>%1 no ofrece inicio de sesión en el puerto %2 en este modo: solo se pueden elegir «Sin autenticación» y «POP antes de SMTP».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 offers %2 on port %3 in this mode; the other methods are unavailable.</source>
        <translation>%1 ofrece %2 en el puerto %3 en este modo; los demás métodos no están disponibles.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate is not trusted.</source>
        <translation>El certificado no es de confianza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust the new certificate</source>
        <translation>Con&amp;fiar en el nuevo certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>Con&amp;fiar en este certificado</translation>
    </message>
</context>
<context>
    <name>mw::ServerCheckDialog</name>
    <message>
        <location filename="../ui/ServerCheckDialog.cpp" line="+41"/>
        <source>What the SMTP server supports</source>
        <translation>Qué admite el servidor SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the POP3 server supports</source>
        <translation>Qué admite el servidor POP3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m combinations checked</source>
        <translation>%v de %m combinaciones comprobadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security modes, safest first</source>
        <translation>Modos de seguridad, el más seguro primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details of the selected mode</source>
        <translation>Detalles del modo seleccionado</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Apply recommended settings</source>
        <translation>&amp;Aplicar la configuración recomendada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the recommended server, port, security and login method into the form; Save keeps them, Discard reverts them</source>
        <translation>Pone en el formulario el servidor, el puerto, la seguridad y el método de inicio de sesión recomendados; «Guardar» los conserva, «Descartar los cambios» los revierte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acce&amp;pt what the server offers now</source>
        <translation>Ace&amp;ptar lo que el servidor ofrece ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers less than at the last successful session. Accept it only if its administrator changed it on purpose.</source>
        <translation>El servidor ofrece menos que en la última sesión correcta. Acéptelo solo si su administrador lo cambió a propósito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check cancelled.</source>
        <translation>Comprobación cancelada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied to the form: Save keeps these settings, Discard changes reverts them.
</source>
        <translation>Aplicado al formulario: «Guardar» conserva esta configuración, «Descartar los cambios» la revierte.
</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Accepted: sessions now expect what the server offers today.</source>
        <translation>Aceptado: las sesiones esperan ahora lo que el servidor ofrece hoy.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Type the server&apos;s name first.</source>
        <translation>Escriba primero el nombre del servidor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking %1 in every security mode (nothing is sent, no login)…</source>
        <translation>Comprobando %1 en cada modo de seguridad (no se envía nada, sin inicio de sesión)…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Each combination has its own timeout of %n seconds per step.</source>
        <translation>
            <numerusform>Cada combinación tiene su propio tiempo de espera de %n segundo por paso.</numerusform>
            <numerusform>Cada combinación tiene su propio tiempo de espera de %n segundos por paso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 server %2: every mode, safest first</source>
        <translation>Servidor %1 %2: todos los modos, el más seguro primero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in there: %1 (the strongest offered that the settings can use)</source>
        <translation>Inicio de sesión allí: %1 (el más fuerte ofrecido que la configuración puede usar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The form already uses it.</source>
        <translation>El formulario ya lo usa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes:
</source>
        <translation>Cambios que se aplicarán:
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
        <translation>Automático (TLS en el puerto 465, si no STARTTLS cuando se ofrezca; sin cifrado no hay inicio de sesión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 587 or 25)</source>
        <translation>STARTTLS (puerto 587 o 25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (port 465)</source>
        <translation>TLS desde el principio (puerto 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: clear text (not recommended)</source>
        <translation>Ninguna: texto en claro (no recomendado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/SettingsWindow.cpp" line="-4"/>
        <source>Backup server</source>
        <translation>Servidor de respaldo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backup: %1</source>
        <translation>Respaldo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use a backup SMTP server when the primary cannot take mail</source>
        <translation>&amp;Usar un servidor SMTP de respaldo cuando el principal no pueda aceptar correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a backup SMTP server</source>
        <translation>Usar un servidor SMTP de respaldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued mail goes to this server while the primary one fails to connect, or at once while the primary refuses the login; it goes back to the primary when it answers</source>
        <translation>El correo en cola va a este servidor mientras el principal no consiga conectar, o de inmediato mientras el principal rechace el inicio de sesión; vuelve al principal cuando este responda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup ser&amp;ver:</source>
        <translation>Servidor de respal&amp;do:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before the backup is used</source>
        <translation>Segundos antes de usar el respaldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long (in seconds; 120 = 2 minutes) the primary server must fail to connect before queued mail goes to the backup. A refused login switches at once.</source>
        <translation>Cuánto tiempo (en segundos; 120 = 2 minutos) debe fallar la conexión con el servidor principal antes de que el correo en cola vaya al de respaldo. Un inicio de sesión rechazado cambia de inmediato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch a&amp;fter:</source>
        <translation>Cam&amp;biar tras:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: SMTP authentication method</source>
        <translation>Respaldo: método de autenticación SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login &amp;method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: SMTP login name</source>
        <translation>Respaldo: nombre de usuario SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>often the full e-mail address</source>
        <translation>a menudo la dirección de correo completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Login name:</source>
        <translation>Nombre de usuar&amp;io:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup: SMTP password</source>
        <translation>Respaldo: contraseña SMTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup SMTP</source>
        <translation>SMTP de respaldo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados de cliente (*.pem *.crt *.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>mw::ServerStatus</name>
    <message>
        <location filename="../core/diagnostics/ServerStatus.cpp" line="+41"/>
        <source>Stop</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection in progress</source>
        <translation>Conexión en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating</source>
        <translation>En funcionamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to connect</source>
        <translation>No se puede conectar</translation>
    </message>
</context>
<context>
    <name>mw::SettingsModel</name>
    <message>
        <location filename="../core/settings/SettingsModel.cpp" line="+71"/>
        <source>The settings are locked; unlock them to make changes.</source>
        <translation>La configuración está bloqueada; desbloquéela para hacer cambios.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set by your administrator (%1).</source>
        <translation>Definido por su administrador (%1).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The settings are locked; unlock them to save.</source>
        <translation>La configuración está bloqueada; desbloquéela para guardar.</translation>
    </message>
</context>
<context>
    <name>mw::SettingsValidator</name>
    <message>
        <location filename="../core/settings/SettingsValidator.cpp" line="+56"/>
        <source>The part before the @ is empty.</source>
        <translation>La parte anterior a la @ está vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The part before the @ is longer than 64 octets (RFC 5321 §4.5.3.1.1).</source>
        <translation>La parte anterior a la @ supera los 64 octetos (RFC 5321 §4.5.3.1.1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A backslash in the quoted part before the @ must be followed by a printable character.</source>
        <translation>En la parte entre comillas anterior a la @, una barra invertida debe ir seguida de un carácter imprimible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A quote inside the quoted part before the @ must be written as \&quot;.</source>
        <translation>Una comilla dentro de la parte entrecomillada antes de la @ debe escribirse como \&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>La parte anterior a la @ contiene un carácter no permitido.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The part before the @ must not begin or end with a dot.</source>
        <translation>La parte anterior a la @ no debe empezar ni terminar con un punto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ must not contain two dots in a row.</source>
        <translation>La parte anterior a la @ no debe contener dos puntos seguidos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ contains &quot;%1&quot;; put that part in double quotes or remove the character.</source>
        <translation>La parte anterior a la @ contiene «%1»; ponga esa parte entre comillas dobles o elimine el carácter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The address literal must end with ].</source>
        <translation>El literal de dirección debe terminar con ].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IPv6 address literal is not a valid IPv6 address.</source>
        <translation>El literal de dirección IPv6 no es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An address literal is [IPv4 address] or [IPv6:address] (RFC 5321 §4.1.3).</source>
        <translation>Un literal de dirección es [dirección IPv4] o [IPv6:dirección] (RFC 5321 §4.1.3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+260"/>
        <source>A host name may contain letters, digits, hyphens and dots only (&quot;%1&quot; is not allowed).</source>
        <translation>Un nombre de host solo puede contener letras, dígitos, guiones y puntos (no se permite «%1»).</translation>
    </message>
    <message>
        <location line="-254"/>
        <source>The name contains a character that is not allowed.</source>
        <translation>El nombre contiene un carácter no permitido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name is not a valid internationalised domain name.</source>
        <translation>El nombre no es un nombre de dominio internacional válido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than 253 characters.</source>
        <translation>El nombre supera los 253 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name contains an empty label (two dots in a row, or a leading dot).</source>
        <translation>El nombre contiene una etiqueta vacía (dos puntos seguidos o un punto inicial).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each part of the name between dots must be at most 63 characters (RFC 1035 §2.3.4).</source>
        <translation>Cada parte del nombre entre puntos debe tener como máximo 63 caracteres (RFC 1035 §2.3.4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the name must not begin or end with a hyphen.</source>
        <translation>Una parte del nombre no debe empezar ni terminar con un guion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name is not a valid host name.</source>
        <translation>El nombre no es un nombre de host válido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This looks like an IPv4 address but is not a valid one.</source>
        <translation>Parece una dirección IPv4, pero no es válida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Must be a whole number from %1 to %2.</source>
        <translation>Debe ser un número entero de %1 a %2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server name is empty.</source>
        <translation>El nombre del servidor está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name must be on one line.</source>
        <translation>El nombre del servidor debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Between [ and ] must be an IPv6 address.</source>
        <translation>Entre [ y ] debe haber una dirección IPv6.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid IPv6 address.</source>
        <translation>No es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address must be on one line.</source>
        <translation>La dirección debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the address without &lt; and &gt;.</source>
        <translation>Introduzca la dirección sin &lt; ni &gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An e-mail address needs an @ between the name and the domain.</source>
        <translation>Una dirección de correo necesita una @ entre el nombre y el dominio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain after the @ is empty.</source>
        <translation>El dominio después de la @ está vacío.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The domain after the @ is longer than 255 octets (RFC 5321 §4.5.3.1.2).</source>
        <translation>El dominio después de la @ supera los 255 octetos (RFC 5321 §4.5.3.1.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After the @: </source>
        <translation>Después de la @: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address is longer than 254 octets (RFC 5321 §4.5.3.1.3).</source>
        <translation>La dirección supera los 254 octetos (RFC 5321 §4.5.3.1.3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits (colons allowed); this one has %1.</source>
        <translation>Una huella SHA-256 tiene 64 dígitos hexadecimales (se admiten dos puntos); esta tiene %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A SHA-256 fingerprint contains only the digits 0-9 and the letters A-F.</source>
        <translation>Una huella SHA-256 solo contiene los dígitos 0-9 y las letras A-F.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name must be on one line.</source>
        <translation>El nombre debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The port after the server name must be a number from 1 to 65535.</source>
        <translation>El puerto después del nombre del servidor debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The [ before the IPv6 address is not closed by ].</source>
        <translation>El [ antes de la dirección IPv6 no se cierra con ].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Between [ and ] must be an IPv6 address; write a host name or an IPv4 address without brackets.</source>
        <translation>Entre [ y ] debe haber una dirección IPv6; escriba un nombre de host o una dirección IPv4 sin corchetes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After ] only :port or ,port may follow.</source>
        <translation>Después de ] solo puede seguir :port o ,port.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsModel.cpp" line="-99"/>
        <location filename="../core/settings/SettingsValidator.cpp" line="+49"/>
        <source>Unknown setting.</source>
        <translation>Ajuste desconocido.</translation>
    </message>
    <message>
        <location filename="../core/settings/SettingsValidator.cpp" line="+3"/>
        <source>Must be on one line (line breaks are not allowed).</source>
        <translation>Debe ocupar una sola línea (no se permiten saltos de línea).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Must be true or false.</source>
        <translation>Debe ser true o false.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Must be one of: %1.</source>
        <translation>Debe ser uno de estos valores: %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Must be on one line.</source>
        <translation>Debe ocupar una sola línea.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Must be at most 255 octets.</source>
        <translation>Debe tener como máximo 255 octetos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Must be at most 256 characters.</source>
        <translation>Debe tener como máximo 256 caracteres.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Enter the SMTP server; it is required while sending through SMTP is enabled.</source>
        <translation>Introduzca el servidor SMTP; es obligatorio mientras el envío por SMTP esté activado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the SMTP login name; the chosen authentication method needs one.</source>
        <translation>Introduzca el nombre de usuario SMTP; el método de autenticación elegido lo necesita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+51"/>
        <source>Enter the client certificate file; EXTERNAL signs in with the TLS client certificate.</source>
        <translation>Indique el archivo de certificado de cliente; EXTERNAL inicia sesión con el certificado de cliente TLS.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Enter the mail account (address) to sign in as; OAuth2 sends it with the token.</source>
        <translation>Introduzca la cuenta de correo (dirección) con la que iniciar sesión; OAuth2 la envía con el token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the client id registered with the OAuth2 provider.</source>
        <translation>Introduzca el identificador de cliente registrado en el proveedor OAuth2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the issuer URL of the OpenID provider.</source>
        <translation>Introduzca la URL del emisor del proveedor OpenID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Must be an https:// URL without query or fragment (http:// only for this machine).</source>
        <translation>Debe ser una URL https:// sin consulta ni fragmento (http:// solo para este equipo).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the POP3 server; POP-before-SMTP logs in there before sending.</source>
        <translation>Introduzca el servidor POP3; POP antes de SMTP inicia sesión en él antes de enviar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the POP3 server; it is required while POP3 is enabled.</source>
        <translation>Introduzca el servidor POP3; es obligatorio mientras POP3 esté activado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the POP3 login name; a POP3 login needs one.</source>
        <translation>Introduzca el nombre de usuario POP3; un inicio de sesión POP3 lo necesita.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the pickup folder; it is required when the delivery method is pickup.</source>
        <translation>Introduzca la carpeta de recogida; es obligatoria cuando el método de entrega es la carpeta de recogida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the sender address; every message needs a From: address.</source>
        <translation>Introduzca la dirección del remitente; cada mensaje necesita una dirección From:.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the secret file; it is required when passwords are kept in a file.</source>
        <translation>Indique el archivo de contraseñas; es obligatorio cuando las contraseñas se guardan en un archivo.</translation>
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
        <translation>Act&amp;ualizar el estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the saved servers now (connect and log in, nothing is sent)</source>
        <translation>Comprobar ahora los servidores guardados (conectar e iniciar sesión, no se envía nada)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keep passwords in a &amp;file instead</source>
        <translation>Guardar las contraseñas en un &amp;archivo en su lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gn in again</source>
        <translation>V&amp;olver a iniciar sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Discard c&amp;hanges</source>
        <translation>Descartar los &amp;cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+135"/>
        <source>Save the settings and passwords (Ctrl+S)</source>
        <translation>Guardar la configuración y las contraseñas (Ctrl+S)</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;bout</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>H&amp;istory…</source>
        <translation>H&amp;istorial…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every message the queue handed over, with its outcome</source>
        <translation>Cada mensaje que la cola transfirió, con su resultado</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New configuration: it will be created at %1 when you save.</source>
        <translation>Configuración nueva: se creará en %1 al guardar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Saving is disabled so that the file is not overwritten.</source>
        <translation>%1 Guardar está desactivado para no sobrescribir el archivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passwords cannot be stored: %1</source>
        <translation>No se pueden guardar las contraseñas: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1[*] — Mailwright e-mail settings</source>
        <translation>%1[*] — Configuración de correo de Mailwright</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving is disabled: the configuration file could not be read.</source>
        <translation>Guardar está desactivado: no se pudo leer el archivo de configuración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save yet: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3</source>
        <translation>Aún no se puede guardar: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The keychain could not be used: %1 You can keep the passwords in a file that only you can read instead.</source>
        <translation>No se pudo usar el llavero: %1 Puede guardar las contraseñas en un archivo que solo usted pueda leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password store could not be used: %1</source>
        <translation>No se pudo usar el almacén de contraseñas: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving is disabled: %1</source>
        <translation>Guardar está desactivado: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowStatus.cpp" line="+101"/>
        <source>Warning: the POP3 server works, but not encrypted: it offers no STLS (or someone on the way removed it). With security &quot;Automatic&quot; Mailwright goes on in clear text only because no login is set. Ask the server&apos;s administrator to enable STLS, or use TLS (port 995).</source>
        <translation>Advertencia: el servidor POP3 funciona, pero sin cifrar: no ofrece STLS (o alguien en el camino lo eliminó). Con la seguridad «Automático», Mailwright continúa en claro solo porque no hay ningún inicio de sesión configurado. Pida al administrador del servidor que active STLS, o use TLS (puerto 995).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: the SMTP server works, but not encrypted: it offers no STARTTLS (or someone on the way removed it). With security &quot;Automatic&quot; messages go out in clear text, without a login, and a configured login would be refused. Ask the server&apos;s administrator to enable STARTTLS, or use TLS (port 465).</source>
        <translation>Advertencia: el servidor SMTP funciona, pero sin cifrar: no ofrece STARTTLS (o alguien en el camino lo eliminó). Con la seguridad «Automático», los mensajes salen en claro, sin inicio de sesión, y se rechazaría un inicio de sesión configurado. Pida al administrador del servidor que active STARTTLS, o use TLS (puerto 465).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-in required: the saved OAuth2 sign-in is no longer accepted. Nothing is sent until you sign in again.</source>
        <translation>Es necesario iniciar sesión: el inicio de sesión OAuth2 guardado ya no se acepta. No se envía nada hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Nothing is sent until you sign in again.</source>
        <translation>%1 No se envía nada hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The queue is held: %1</source>
        <translation>La cola está retenida: %1</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowTest.cpp" line="+80"/>
        <source>Set the POP3 server and login name of the account that receives the notification mailbox (POP3 tab) to fetch the test message back</source>
        <translation>Defina el servidor POP3 y el nombre de usuario de la cuenta que recibe el buzón de notificaciones (pestaña POP3) para recuperar el mensaje de prueba</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix “%1” first: %2</source>
        <translation>Corrija primero «%1»: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field is marked on its tab.</source>
        <translation>El campo está marcado en su pestaña.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OAuth2 settings have changed since they were saved.</source>
        <translation>La configuración OAuth2 cambió desde que se guardó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them and sign in again, then test.</source>
        <translation>Guárdela y vuelva a iniciar sesión; después, pruebe.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindow.cpp" line="+104"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings have changed. Save them before closing?</source>
        <translation>La configuración ha cambiado. ¿Guardarla antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowPolicy.cpp" line="+45"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the administrator password to change the settings</source>
        <translation>Introduzca la contraseña de administrador para cambiar la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Managed by your organisation: these settings are read-only (%1). Sending a test and checking the servers still work.</source>
        <translation>Gestionada por su organización: esta configuración es de solo lectura (%1). Enviar una prueba y comprobar los servidores sigue funcionando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some settings are managed by your organisation (%1): they are marked with a lock.</source>
        <translation>Algunos ajustes los gestiona su organización (%1): están marcados con un candado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy: %1</source>
        <translation>Directiva: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked by an administrator: the settings are read-only until you unlock them. Sending a test and checking the servers still work.</source>
        <translation>Bloqueada por un administrador: la configuración es de solo lectura hasta que la desbloquee. Enviar una prueba y comprobar los servidores sigue funcionando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocked: the settings can be changed. Lock them again when you are done.</source>
        <translation>Desbloqueada: se puede cambiar la configuración. Vuelva a bloquearla cuando termine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the settings read-only again (save or discard your changes first)</source>
        <translation>Volver a poner la configuración en solo lectura (guarde o descarte antes sus cambios)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only while the settings are locked</source>
        <translation>Solo lectura mientras la configuración esté bloqueada</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowBackup.cpp" line="+19"/>
        <source>Backup SMTP</source>
        <translation>SMTP de respaldo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server to test</source>
        <translation>Servidor que se prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which SMTP server Send test, Check login and Verify addresses use</source>
        <translation>Qué servidor SMTP usan «Enviar prueba», «Solo comprobar el inicio de sesión» y «Verificar las direcciones»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowBundle.cpp" line="+20"/>
        <source>Save support &amp;bundle…</source>
        <translation>Guardar el paquete de &amp;soporte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One ZIP file for a support request: diagnostics, transcripts, the last server check with its certificates, the queue and versions. It holds no password.</source>
        <translation>Un único archivo ZIP para una solicitud de soporte: diagnóstico, transcripciones, la última comprobación del servidor con sus certificados, la cola y las versiones. No contiene ninguna contraseña.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save support bundle</source>
        <translation>Guardar el paquete de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing the support bundle…</source>
        <translation>Escribiendo el paquete de soporte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the support bundle… (%1 of %2 files)</source>
        <translation>Escribiendo el paquete de soporte… (%1 de %2 archivos)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The support bundle was not saved. %1</source>
        <translation>No se guardó el paquete de soporte. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support bundle saved to %1 (%2 files). It holds no password; look through it before you send it.</source>
        <translation>Paquete de soporte guardado en %1 (%2 archivos). No contiene ninguna contraseña; revíselo antes de enviarlo.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowQueue.cpp" line="+21"/>
        <source>&amp;Queue…</source>
        <translation>&amp;Cola…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting, held and dead-lettered messages; bounces of sent ones</source>
        <translation>Mensajes en espera, retenidos y no entregables; rebotes de los enviados</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowSetup.cpp" line="+25"/>
        <source>No mail server is set up yet. Mailwright can find the settings from the address the notifications are sent from.</source>
        <translation>Aún no hay ningún servidor de correo configurado. Mailwright puede encontrar la configuración a partir de la dirección desde la que se envían las notificaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up from an e-mail &amp;address…</source>
        <translation>Configurar a partir de una &amp;dirección de correo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up manually</source>
        <translation>Configurar manualmente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this offer and fill in the tabs yourself</source>
        <translation>Ocultar esta propuesta y rellenar las pestañas manualmente</translation>
    </message>
    <message>
        <location filename="../ui/SettingsWindowTray.cpp" line="+40"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show status in the tra&amp;y</source>
        <translation>Mostrar el estado en la &amp;bandeja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show status in the tray</source>
        <translation>Mostrar el estado en la bandeja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An icon with the worst server status, a notification when a server cannot be reached or the queue is held; Close then keeps Mailwright running in the tray</source>
        <translation>Un icono con el peor estado de los servidores y una notificación cuando no se puede contactar con un servidor o la cola queda retenida; «Cerrar» mantiene entonces Mailwright en ejecución en la bandeja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at lo&amp;gin (in the tray)</source>
        <translation>Abrir al &amp;iniciar sesión (en la bandeja)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at login in the tray</source>
        <translation>Abrir al iniciar sesión en la bandeja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For you on this computer only, applied at once (not part of the configuration file).</source>
        <translation>Solo para usted en este equipo; se aplica de inmediato (no forma parte del archivo de configuración).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This desktop has no system tray (notification area), so the status cannot be shown there.</source>
        <translation>Este escritorio no tiene bandeja del sistema (área de notificación), así que el estado no se puede mostrar allí.</translation>
    </message>
</context>
<context>
    <name>mw::SetupAssistant</name>
    <message>
        <location filename="../ui/SetupAssistant.cpp" line="+42"/>
        <source>Set up from an e-mail address</source>
        <translation>Configurar a partir de una dirección de correo</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Probing the servers found: %n checked…</source>
        <translation>
            <numerusform>Sondeando los servidores encontrados: %n comprobado…</numerusform>
            <numerusform>Sondeando los servidores encontrados: %n comprobados…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the address the notifications are sent from. Mailwright looks up its mail servers (known providers, the domain&apos;s autoconfig document, DNS records), tries every one, and proposes the safest that works.</source>
        <translation>Escriba la dirección desde la que se envían las notificaciones. Mailwright busca sus servidores de correo (proveedores conocidos, el documento autoconfig del dominio, registros DNS), prueba cada uno y propone el más seguro que funciona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alerts@example.com</source>
        <translation>alerts@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail &amp;address:</source>
        <translation>&amp;Dirección de correo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept in the secret store, never in the settings file</source>
        <translation>se guarda en el almacén de secretos, nunca en el archivo de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set up &amp;manually</source>
        <translation>Configurar &amp;manualmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this assistant and fill in the tabs yourself</source>
        <translation>Cerrar este asistente y rellenar las pestañas manualmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find settings</source>
        <translation>&amp;Buscar la configuración</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search progress</source>
        <translation>Progreso de la búsqueda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Servers found</source>
        <translation>Servidores encontrados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use these settings</source>
        <translation>&amp;Usar esta configuración</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Choose another server</source>
        <translation>&amp;Elegir otro servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test message</source>
        <translation>Enviar un mensaje de &amp;prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>These settings are now in the form (not saved yet):
%1

</source>
        <translation>Esta configuración ya está en el formulario (aún sin guardar):
%1

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the OAuth2 client ID on the Authentication tab, Save, and sign in there; then send a test message.</source>
        <translation>Escriba el identificador de cliente OAuth2 en la pestaña «Autenticación», guarde e inicie sesión allí; después envíe un mensaje de prueba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test message to prove them, then Save.</source>
        <translation>Envíe un mensaje de prueba para verificarla y después guarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending a test message…</source>
        <translation>Enviando un mensaje de prueba…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign in with %1 (OAuth2) instead of a password</source>
        <translation>Iniciar sesión con %1 (OAuth2) en lugar de una contraseña</translation>
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
        <translation>Escriba la dirección completa, por ejemplo alerts@example.com.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the servers of %1…</source>
        <translation>Consultando los servidores de %1…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not probed: %1</source>
        <translation>no sondeado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n working server(s) found; every one was tried before it is offered.</source>
        <translation>
            <numerusform>Se encontró %n servidor que funciona; se probó antes de ofrecerlo.</numerusform>
            <numerusform>Se encontraron %n servidores que funcionan; cada uno se probó antes de ofrecerlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I have checked that %1 is the mail server of %2</source>
        <translation>He comprobado que %1 es el servidor de correo de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No server was found for this address: set it up manually.</source>
        <translation>No se encontró ningún servidor para esta dirección: configúrelo manualmente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not answer the probe: it cannot be used.</source>
        <translation>%1 no respondió al sondeo: no se puede usar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed: %1</source>
        <translation>Propuesto: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ The test message was sent. Save keeps these settings.</source>
        <translation>✓ Se envió el mensaje de prueba. «Guardar» conserva esta configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ %1
%2
The Test panel of the window has the details.</source>
        <translation>✗ %1
%2
Los detalles están en el panel «Prueba» de la ventana.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings could not be saved: the window says why.</source>
        <translation>No se pudo guardar la configuración: la ventana indica el motivo.</translation>
    </message>
</context>
<context>
    <name>mw::SetupProposal</name>
    <message>
        <location filename="../core/diagnostics/SetupProposal.cpp" line="+49"/>
        <source>DNS SRV record</source>
        <translation>registro DNS SRV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>autoconfig document</source>
        <translation>documento autoconfig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider table</source>
        <translation>tabla de proveedores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MX record</source>
        <translation>registro MX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>guess</source>
        <translation>suposición</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the address you typed</source>
        <translation>la dirección que escribió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notifications go to the same address until you change it</source>
        <translation>las notificaciones van a la misma dirección hasta que la cambie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login name you typed</source>
        <translation>el nombre de usuario que escribió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>most servers take the address as the login name</source>
        <translation>la mayoría de los servidores usan la dirección como nombre de usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you chose the provider&apos;s sign-in</source>
        <translation>eligió el inicio de sesión del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider of the address</source>
        <translation>el proveedor de la dirección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the probe verified the certificate with this CA file</source>
        <translation>el sondeo verificó el certificado con este archivo de CA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 port %2 with %3, found by %4 (%5). It answered the probe: %6</source>
        <translation>%1 puerto %2 con %3, encontrado por %4 (%5). Respondió al sondeo: %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The safest of %n working server(s): encrypted before any password, named by the most trustworthy source.</source>
        <translation>El más seguro de los %n servidores que funcionan: cifrado antes de cualquier contraseña, indicado por la fuente más fiable.</translation>
    </message>
</context>
<context>
    <name>mw::SignInBackends</name>
    <message>
        <location filename="../ui/SignInBackends.cpp" line="+58"/>
        <source>Ticket for %1, valid until %2</source>
        <translation>Ticket de %1, válido hasta %2</translation>
    </message>
</context>
<context>
    <name>mw::SignInFields</name>
    <message>
        <location filename="../ui/SignInFields.cpp" line="+63"/>
        <source>%1 domain or Kerberos realm</source>
        <translation>Dominio %1 o reino de Kerberos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTLM: the Windows domain; Kerberos: empty for the default realm</source>
        <translation>NTLM: el dominio de Windows; Kerberos: vacío para el reino predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain / rea&amp;lm:</source>
        <translation>Dominio / rei&amp;no:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 client certificate file</source>
        <translation>Archivo de certificado de cliente %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM (certificate and key) or PKCS#12 file</source>
        <translation>Archivo PEM (certificado y clave) o PKCS#12</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1 client certificate file</source>
        <translation>Elegir el archivo de certificado de cliente %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificado de cliente:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 client certificate key passphrase</source>
        <translation>Frase de contraseña de la clave del certificado de cliente %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 client certificate details</source>
        <translation>Detalles del certificado de cliente %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kerberos ticket</source>
        <translation>Ticket de Kerberos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the Kerberos ticket again (after kinit or a domain log-in)</source>
        <translation>Volver a leer el ticket de Kerberos (tras kinit o un inicio de sesión en el dominio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kerberos:</source>
        <translation>Kerberos:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Reading the certificate…</source>
        <translation>Leyendo el certificado…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Looking for a Kerberos ticket…</source>
        <translation>Buscando un ticket de Kerberos…</translation>
    </message>
</context>
<context>
    <name>mw::SmtpSession</name>
    <message>
        <location filename="../core/protocol/SmtpWire.cpp" line="+98"/>
        <source>Line %1 of the message is %2 octets long; SMTP allows at most %3.</source>
        <translation>La línea %1 del mensaje mide %2 octetos; SMTP permite como máximo %3.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpSession.cpp" line="+48"/>
        <source>No SMTP server (host and port) is configured.</source>
        <translation>No hay servidor SMTP (host y puerto) configurado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Authentication is on but no login name is set.</source>
        <translation>La autenticación está activada pero no hay nombre de usuario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authentication is on but no password is set.</source>
        <translation>La autenticación está activada pero no hay contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OAuth2 sign-in is chosen but no access token is available: sign in first.</source>
        <translation>Se eligió el inicio de sesión OAuth2 pero no hay token de acceso: inicie sesión primero.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>This server speaks POP3, not SMTP: check the port number.</source>
        <translation>Este servidor habla POP3, no SMTP: compruebe el número de puerto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server speaks IMAP, not SMTP: check the port number.</source>
        <translation>Este servidor habla IMAP, no SMTP: compruebe el número de puerto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server speaks HTTP, not SMTP: check the port number.</source>
        <translation>Este servidor habla HTTP, no SMTP: compruebe el número de puerto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server speaks SSH, not SMTP: check the port number.</source>
        <translation>Este servidor habla SSH, no SMTP: compruebe el número de puerto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer is not a valid SMTP reply (%1).</source>
        <translation>La respuesta del servidor no es una respuesta SMTP válida (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server is closing the connection.</source>
        <translation>El servidor está cerrando la conexión.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+55"/>
        <source>The server sent a reply nobody asked for.</source>
        <translation>El servidor envió una respuesta que nadie pidió.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server refused to serve this client.</source>
        <translation>El servidor se negó a atender a este cliente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent replies before the client&apos;s first command.</source>
        <translation>El servidor envió respuestas antes de la primera orden del cliente.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The server did not accept the greeting (EHLO).</source>
        <translation>El servidor no aceptó el saludo (EHLO).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The server accepted neither EHLO nor HELO.</source>
        <translation>El servidor no aceptó ni EHLO ni HELO.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The server announced STARTTLS but refused to start it; nothing was sent in clear.</source>
        <translation>El servidor anunció STARTTLS pero se negó a iniciarlo; no se envió nada en claro.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The server does not offer STARTTLS, and the settings require it; no password or message was sent.</source>
        <translation>El servidor no ofrece STARTTLS y la configuración lo exige; no se envió ni contraseña ni mensaje.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server does not offer STARTTLS (or someone on the way removed it), and security &quot;Automatic&quot; never logs in without encryption; no password or message was sent.</source>
        <translation>El servidor no ofrece STARTTLS (o alguien en el camino lo eliminó), y la seguridad «Automático» nunca inicia sesión sin cifrado; no se envió ninguna contraseña ni ningún mensaje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use security &quot;TLS&quot; (port 465) if the server offers it, or ask its administrator to enable STARTTLS. Only on a trusted network: security &quot;None&quot; allows a login in clear.</source>
        <translation>Use la seguridad «TLS» (puerto 465) si el servidor lo ofrece, o pida a su administrador que active STARTTLS. Solo en una red de confianza: la seguridad «Ninguna» permite un inicio de sesión en claro.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpAuthenticator.cpp" line="+143"/>
        <source>The server keeps asking for more authentication data without end.</source>
        <translation>El servidor pide sin fin más datos de autenticación.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server answered the %1 sign-in with a challenge that is not the base64 JSON error RFC 7628 §3.2.2 describes.</source>
        <translation>El servidor respondió al inicio de sesión %1 con un desafío que no es el error JSON en base64 que describe la RFC 7628 §3.2.2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server asked for more authentication data than %1 uses.</source>
        <translation>El servidor pidió más datos de autenticación de los que usa %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server refused the OAuth2 access token (%1) for %2.</source>
        <translation>El servidor rechazó el token de acceso OAuth2 (%1) para %2.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The server could not check the login just now.</source>
        <translation>El servidor no pudo comprobar el inicio de sesión en este momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not accept %1 here.</source>
        <translation>El servidor no acepta %1 aquí.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpWire.cpp" line="+188"/>
        <source>The message has no recipient.</source>
        <translation>El mensaje no tiene destinatario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address %1 cannot be used in an SMTP command (it contains a line break or an angle bracket).</source>
        <translation>La dirección %1 no se puede usar en un comando SMTP (contiene un salto de línea o un corchete angular).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The message is %1 octets; the server accepts at most %2.</source>
        <translation>El mensaje tiene %1 octetos; el servidor acepta como máximo %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The message contains 8-bit data and the server does not offer 8BITMIME.</source>
        <translation>El mensaje contiene datos de 8 bits y el servidor no ofrece 8BITMIME.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An address has non-ASCII characters and the server does not offer SMTPUTF8.</source>
        <translation>Una dirección tiene caracteres no ASCII y el servidor no ofrece SMTPUTF8.</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpTransaction.cpp" line="+333"/>
        <source>The server rejected the sender address %1.</source>
        <translation>El servidor rechazó la dirección del remitente %1.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The message was sent, but the server rejected some recipients: %1</source>
        <translation>El mensaje se envió, pero el servidor rechazó algunos destinatarios: %1</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+28"/>
        <source>The server refused to reset the transaction.</source>
        <translation>El servidor se negó a reiniciar la transacción.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>The server rejected the recipient: %1</source>
        <translation>El servidor rechazó el destinatario: %1</translation>
    </message>
    <message>
        <location filename="../core/protocol/SmtpSession.cpp" line="-234"/>
        <source>This port may expect STARTTLS or no encryption: try security &quot;STARTTLS&quot; (ports 587 or 25).</source>
        <translation>Puede que este puerto espere STARTTLS o ningún cifrado: pruebe la seguridad «STARTTLS» (puertos 587 o 25).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This port answered in clear text, not with TLS: it expects STARTTLS (or no encryption), not implicit TLS. (%1)</source>
        <translation>Este puerto respondió en claro, no con TLS: espera STARTTLS (o sin cifrado), no TLS implícito. (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server that stays silent after connecting often expects implicit TLS: try security &quot;TLS&quot; (port 465).</source>
        <translation>Un servidor que calla tras conectar suele esperar TLS implícito: pruebe la seguridad «TLS» (puerto 465).</translation>
    </message>
</context>
<context>
    <name>mw::SpoolFiles</name>
    <message>
        <location filename="../core/settings/SpoolFiles.cpp" line="+35"/>
        <location line="+61"/>
        <location line="+36"/>
        <source>%1 is a symbolic link; refused.</source>
        <translation>%1 es un enlace simbólico; rechazado.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file of this user; refused.</source>
        <translation>%1 no es un archivo normal de este usuario; rechazado.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>The folder %1 is a symbolic link; refused (give the real folder).</source>
        <translation>La carpeta %1 es un enlace simbólico; rechazada (indique la carpeta real).</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 belongs to another user (uid %2); refused.</source>
        <translation>La carpeta %1 pertenece a otro usuario (uid %2); rechazada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot make the folder %1 private (chmod 700): %2</source>
        <translation>No se puede hacer privada la carpeta %1 (chmod 700): %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot make %1 private (chmod 600): %2</source>
        <translation>No se puede hacer privado %1 (chmod 600): %2</translation>
    </message>
</context>
<context>
    <name>mw::StatusIndicator</name>
    <message>
        <location filename="../ui/StatusIndicator.cpp" line="+92"/>
        <source>Sign-in required</source>
        <translation>Es necesario iniciar sesión</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>— unencrypted</source>
        <translation>— sin cifrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— pinned certificate changed!</source>
        <translation>— ¡el certificado fijado cambió!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— certificate expired</source>
        <translation>— certificado caducado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>— certificate expires in %n day(s)</source>
        <translation>
            <numerusform>— el certificado caduca dentro de %n día</numerusform>
            <numerusform>— el certificado caduca dentro de %n días</numerusform>
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
        <translation>Desactivado o sin servidor definido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing tried since start or since the settings changed.</source>
        <translation>No se ha intentado nada desde el inicio o desde que cambió la configuración.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check: %1</source>
        <translation>Última comprobación: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency: %1 ms</source>
        <translation>Latencia: %1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Certificate valid for %n more day(s), until %1.</source>
        <translation>
            <numerusform>Certificado válido %n día más, hasta el %1.</numerusform>
            <numerusform>Certificado válido %n días más, hasta el %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate: %1, SHA-256 %2</source>
        <translation>Certificado: %1, SHA-256 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: the last session was not encrypted. The server offers no STARTTLS (or someone on the way removed it), so it went on in clear text only because no login is configured; with a login it would have stopped.</source>
        <translation>Advertencia: la última sesión no estaba cifrada. El servidor no ofrece STARTTLS (o alguien en el camino lo eliminó), así que continuó en claro solo porque no hay ningún inicio de sesión configurado; con un inicio de sesión se habría detenido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in required: the saved OAuth2 sign-in was refused. Sign in again on the Authentication tab; until then nothing is sent.</source>
        <translation>Es necesario iniciar sesión: se rechazó el inicio de sesión OAuth2 guardado. Vuelva a iniciar sesión en la pestaña «Autenticación»; hasta entonces no se envía nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login was rejected: automatic checks will not log in again until the settings or the password change (Refresh Status still does).</source>
        <translation>Se rechazó el inicio de sesión: las comprobaciones automáticas no volverán a iniciar sesión hasta que cambien la configuración o la contraseña («Actualizar el estado» sí lo hace).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 status</source>
        <translation>Estado de %1</translation>
    </message>
</context>
<context>
    <name>mw::StatusMonitor</name>
    <message>
        <location filename="../core/diagnostics/StatusMonitor.cpp" line="+374"/>
        <source>OAuth2 sign-in is chosen but no sign-in is available here: sign in first.</source>
        <translation>Se eligió el inicio de sesión OAuth2 pero aquí no hay ningún inicio de sesión disponible: inicie sesión primero.</translation>
    </message>
</context>
<context>
    <name>mw::StatusReport</name>
    <message>
        <location filename="../core/notify/StatusReport.cpp" line="+17"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (not configured)</source>
        <translation>%1: %2 (sin configurar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, last check %3</source>
        <translation>%1: %2, última comprobación %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: %1 (%2)</source>
        <translation>motivo: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 certificate: unknown (no TLS session recorded)</source>
        <translation>Certificado de %1: desconocido (no hay ninguna sesión TLS registrada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 certificate: %2 day(s) left (until %3)</source>
        <translation>Certificado de %1: quedan %2 día(s) (hasta %3)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Mailwright status: %1</source>
        <translation>Estado de Mailwright: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mailwright %1 on %2, %3 (UTC)</source>
        <translation>Mailwright %1 en %2, %3 (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue: %1 message(s) waiting</source>
        <translation>Cola: %1 mensaje(s) en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, oldest %1 s</source>
        <translation>, el más antiguo: %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue HELD since %1: %2 (%3)</source>
        <translation>Cola RETENIDA desde %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue not held</source>
        <translation>Cola no retenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letters: %1</source>
        <translation>Mensajes no entregables: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last Send Test: %1, %2</source>
        <translation>Último envío de prueba: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last Send Test: unknown (none recorded)</source>
        <translation>Último envío de prueba: desconocido (no hay ninguno registrado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an automatic answer to a status request.</source>
        <translation>Esta es una respuesta automática a una solicitud de estado.</translation>
    </message>
</context>
<context>
    <name>mw::StatusRequestCheck</name>
    <message>
        <location filename="../core/notify/StatusRequestCheck.cpp" line="+36"/>
        <source>The request is malformed: %1</source>
        <translation>La solicitud está mal formada: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not permitted to ask for the status (remote_status/permitted).</source>
        <translation>%1 no tiene permiso para solicitar el estado (remote_status/permitted).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message failed authentication: %1 (Authentication-Results of %2).</source>
        <translation>El mensaje no superó la autenticación: %1 (Authentication-Results de %2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remote status requests are switched off (remote_status/enabled).</source>
        <translation>Las solicitudes de estado remotas están desactivadas (remote_status/enabled).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote status requests are read over POP3: switch on pop3/enabled.</source>
        <translation>Las solicitudes de estado remotas se leen por POP3: active pop3/enabled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret store holds the remote status password.</source>
        <translation>Ningún almacén de secretos contiene la contraseña de estado remoto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No remote status password is stored (secret &quot;remote-status&quot;); the mailbox was not read.</source>
        <translation>No hay ninguna contraseña de estado remoto guardada (secreto &quot;remote-status&quot;); no se leyó el buzón.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>This request was processed before (a replay).</source>
        <translation>Esta solicitud ya se procesó antes (una repetición).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 was answered less than %n minute(s) ago (rate limit).</source>
        <translation>
            <numerusform>A %1 se le respondió hace menos de %n minuto (límite de frecuencia).</numerusform>
            <numerusform>A %1 se le respondió hace menos de %n minutos (límite de frecuencia).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The answer may not be sent: %1</source>
        <translation>No se permite enviar la respuesta: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password is wrong.</source>
        <translation>La contraseña es incorrecta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer could not be queued: %1</source>
        <translation>No se pudo poner en cola la respuesta: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>answered to %1</source>
        <translation>respondida a %1</translation>
    </message>
</context>
<context>
    <name>mw::StatusRequestParser</name>
    <message>
        <location filename="../core/notify/StatusRequest.cpp" line="+247"/>
        <source>The header holds a NUL character.</source>
        <translation>La cabecera contiene un carácter NUL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message starts with a continuation line.</source>
        <translation>El mensaje empieza con una línea de continuación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A header field is too long.</source>
        <translation>Un campo de cabecera es demasiado largo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A header line has no field name.</source>
        <translation>Una línea de cabecera no tiene nombre de campo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header has too many fields.</source>
        <translation>La cabecera tiene demasiados campos.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The request has no From address.</source>
        <translation>La solicitud no tiene dirección From.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request has more than one From address.</source>
        <translation>La solicitud tiene más de una dirección From.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The envelope sender (Return-Path %1) is not the From address %2.</source>
        <translation>El remitente del sobre (Return-Path %1) no es la dirección From %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Sender field (%1) is not the From address %2, and there is no Return-Path to confirm it.</source>
        <translation>El campo Sender (%1) no es la dirección From %2, y no hay ningún Return-Path que lo confirme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message has no header.</source>
        <translation>El mensaje no tiene cabecera.</translation>
    </message>
</context>
<context>
    <name>mw::StatusRequestService</name>
    <message>
        <location filename="../core/notify/StatusRequestService.cpp" line="+70"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>mw::SystemLog</name>
    <message>
        <location filename="../core/notify/SystemLog_unix.cpp" line="+52"/>
        <source>The system log socket path is too long.</source>
        <translation>La ruta del socket del registro del sistema es demasiado larga.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The system log at %1 took nothing: %2</source>
        <translation>El registro del sistema en %1 no aceptó nada: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/SystemLog_win.cpp" line="+21"/>
        <source>The event log could not be opened (error %1).</source>
        <translation>No se pudo abrir el registro de eventos (error %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The event log took nothing (error %1).</source>
        <translation>El registro de eventos no aceptó nada (error %1).</translation>
    </message>
</context>
<context>
    <name>mw::TestMessage</name>
    <message>
        <location filename="../core/delivery/TestMessage.cpp" line="+36"/>
        <source>Mailwright test message from %1</source>
        <translation>Mensaje de prueba de Mailwright de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (plain text)</source>
        <translation>ninguna (texto en claro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS (implicit)</source>
        <translation>TLS (implícito)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>none</source>
        <translation>ninguna</translation>
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
        <translation>POP antes de SMTP</translation>
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
        <translation>Certificado de cliente TLS (EXTERNAL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a test message sent by Mailwright %1 to check how this system sends its notification e-mail.</source>
        <translation>Este es un mensaje de prueba enviado por Mailwright %1 para comprobar cómo envía este sistema sus correos de notificación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you are reading it, the settings below work: no action is needed.</source>
        <translation>Si está leyendo esto, la configuración de abajo funciona: no hace falta hacer nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent from host: %1</source>
        <translation>Enviado desde el equipo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at: %1 (UTC)</source>
        <translation>Enviado a las: %1 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time: %1</source>
        <translation>Hora local: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings used:</source>
        <translation>Configuración usada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Delivery: pickup folder %1</source>
        <translation>  Entrega: carpeta de recogida %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  SMTP server: %1</source>
        <translation>  Servidor SMTP: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Port: %1</source>
        <translation>  Puerto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Security: %1</source>
        <translation>  Seguridad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Authentication: %1</source>
        <translation>  Autenticación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Login name: %1</source>
        <translation>  Nombre de usuario: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  POP3 server: %1 port %2 (login name %3)</source>
        <translation>  Servidor POP3: %1 puerto %2 (usuario %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  From: %1</source>
        <translation>  De: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Notification mailbox: %1</source>
        <translation>  Buzón de notificaciones: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (Passwords are never included in this message.)</source>
        <translation>  (Las contraseñas nunca se incluyen en este mensaje.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test token: %1</source>
        <translation>Token de prueba: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No sender (From) address is set.</source>
        <translation>No hay dirección de remitente (From).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notification mailbox is set: the test message has nowhere to go.</source>
        <translation>No hay buzón de notificaciones: el mensaje de prueba no tiene adónde ir.</translation>
    </message>
</context>
<context>
    <name>mw::TestPanel</name>
    <message>
        <location filename="../ui/TestPanel.cpp" line="+54"/>
        <source>Send te&amp;st</source>
        <translation>&amp;Enviar prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test message to the system notification mailbox with the settings as shown (saved or not)</source>
        <translation>Enviar un mensaje de prueba al buzón de notificaciones del sistema con la configuración mostrada (guardada o no)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k login only</source>
        <translation>Solo &amp;comprobar el inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect and log in, without sending a message</source>
        <translation>Conectar e iniciar sesión sin enviar ningún mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify addresses</source>
        <translation>Verificar &amp;las direcciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the server whether it accepts the bounce mailbox and every role address (MAIL FROM, RCPT TO, RSET): nothing is sent</source>
        <translation>Preguntar al servidor si acepta el buzón de alertas rebotadas y cada dirección de rol (MAIL FROM, RCPT TO, RSET): no se envía nada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Test steps</source>
        <translation>Pasos de la prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+57"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+235"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-235"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Address verification</source>
        <translation>Verificación de direcciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelBanner.cpp" line="+50"/>
        <location line="+92"/>
        <source>&amp;Trust this certificate</source>
        <translation>Con&amp;fiar en este certificado</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Pins this certificate&apos;s SHA-256 fingerprint in the form (Trusted certificate field); only this certificate is accepted then</source>
        <translation>Fija la huella SHA-256 de este certificado en el formulario (campo «Certificado de confianza»); entonces solo se acepta este certificado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificate is pinned in the form: save, then test again.</source>
        <translation>El certificado está fijado en el formulario: guarde y vuelva a probar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The security setting is changed in the form: test again, then save.</source>
        <translation>La seguridad se cambió en el formulario: vuelva a probar y luego guarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Sh&amp;ow transcript</source>
        <translation>Mostrar la trans&amp;cripción</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Copy dia&amp;gnostics</source>
        <translation>Copiar el dia&amp;gnóstico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions, result, settings without passwords and the transcript, for a support request</source>
        <translation>Versiones, resultado, configuración sin contraseñas y transcripción, para una solicitud de soporte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hide transcri&amp;pt</source>
        <translation>Ocultar la trans&amp;cripción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnóstico copiado al portapapeles.</translation>
    </message>
    <message>
        <location filename="../ui/TestPanel.cpp" line="-196"/>
        <source>Name lookup</source>
        <translation>Resolución del nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
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
        <translation>AUTH (inicio de sesión)</translation>
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
        <translation>DATA (mensaje)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in with %1</source>
        <translation>Sesión iniciada con %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not part of this check</source>
        <translation>No forma parte de esta comprobación</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Verifying %n address(es) without sending…</source>
        <translation>
            <numerusform>Verificando %n dirección sin enviar…</numerusform>
            <numerusform>Verificando %n direcciones sin enviar…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(not set)</source>
        <translation>(no definido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ accepted</source>
        <translation>✓ aceptada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ refused</source>
        <translation>✗ rechazada</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+114"/>
        <source>the backup server %1</source>
        <translation>el servidor de respaldo %1</translation>
    </message>
    <message numerus="yes">
        <location line="-109"/>
        <source>The server accepts every address (%n checked).</source>
        <translation>
            <numerusform>El servidor acepta todas las direcciones (%n comprobada).</numerusform>
            <numerusform>El servidor acepta todas las direcciones (%n comprobadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The server refuses %n address(es).</source>
        <translation>
            <numerusform>El servidor rechaza %n dirección.</numerusform>
            <numerusform>El servidor rechaza %n direcciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the refused addresses on the Mailboxes and Copies tabs, or ask the server&apos;s administrator.</source>
        <translation>Corrija las direcciones rechazadas en las pestañas «Buzones» y «Copias», o pregunte al administrador del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked against %1 with MAIL FROM, RCPT TO and RSET; no message was sent.</source>
        <translation>Comprobado contra %1 con MAIL FROM, RCPT TO y RSET; no se envió ningún mensaje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No message was sent.</source>
        <translation>No se envió ningún mensaje.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
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
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+0"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not needed with these settings</source>
        <translation>No es necesario con esta configuración</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+17"/>
        <source>Not reached</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent to %1 through %2. Check that it arrived in that mailbox.</source>
        <translation>Enviado a %1 a través de %2. Compruebe que llegó a ese buzón.</translation>
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
        <translation>La prueba era para %1 a través de %2; no se entregó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="-2"/>
        <source>(no recipient)</source>
        <translation>(sin destinatario)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login check against %1; no message was sent.</source>
        <translation>Comprobación de inicio de sesión contra %1; no se envió ningún mensaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: the connection was not encrypted.</source>
        <translation>Nota: la conexión no estaba cifrada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test message was accepted by the server.</source>
        <translation>El servidor aceptó el mensaje de prueba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered; no login is configured.</source>
        <translation>El servidor respondió; no hay inicio de sesión configurado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the login (%1).</source>
        <translation>El servidor aceptó el inicio de sesión (%1).</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+122"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+5"/>
        <source>The server said: “%1”</source>
        <translation>El servidor dijo: «%1»</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+121"/>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="+4"/>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed at: %1</source>
        <translation>Falló en: %1</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelBanner.cpp" line="+17"/>
        <source>ALARM: this is not the certificate you trusted. Check with the server&apos;s administrator before trusting the new one.</source>
        <translation>ALARMA: este no es el certificado en el que confió. Consúltelo con el administrador del servidor antes de confiar en el nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust the new certificate</source>
        <translation>Con&amp;fiar en el nuevo certificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An expired or not yet valid certificate must be replaced on the server; it cannot be trusted.</source>
        <translation>Un certificado caducado o aún no válido debe sustituirse en el servidor; no se puede confiar en él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pins SHA-256 %1 in the form (Trusted certificate field); only this certificate is accepted then.</source>
        <translation>Fija SHA-256 %1 en el formulario (campo «Certificado de confianza»); entonces solo se acepta este certificado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Use implicit TLS on this port</source>
        <translation>Usar TLS &amp;implícito en este puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use STARTTLS on this port</source>
        <translation>Usar S&amp;TARTTLS en este puerto</translation>
    </message>
    <message>
        <location filename="../ui/TestPanel.cpp" line="+11"/>
        <source>Not started.</source>
        <translation>No iniciado.</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelBanner.cpp" line="+31"/>
        <source>Test succeeded</source>
        <translation>Prueba correcta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test failed</source>
        <translation>La prueba falló</translation>
    </message>
    <message>
        <location filename="../ui/TestPanelRoundTrip.cpp" line="-163"/>
        <source>Send and &amp;fetch back</source>
        <translation>Enviar y &amp;recuperar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Round trip steps</source>
        <translation>Pasos de la ida y vuelta</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Send the test message to the notification mailbox, fetch it back over POP3, delete it there and show the end-to-end delay</source>
        <translation>Enviar el mensaje de prueba al buzón de notificaciones, recuperarlo por POP3, eliminarlo allí y mostrar el retardo de extremo a extremo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>End-to-end delay: %1 ms</source>
        <translation>Retardo de extremo a extremo: %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message was not fetched back.</source>
        <translation>No se recuperó el mensaje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent to %1 and fetched back over POP3 from %2.</source>
        <translation>Enviado a %1 y recuperado por POP3 de %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent to %1; looked for it over POP3 in %2 (%n look(s)).</source>
        <translation>
            <numerusform>Enviado a %1; se buscó por POP3 en %2 (%n búsqueda).</numerusform>
            <numerusform>Enviado a %1; se buscó por POP3 en %2 (%n búsquedas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test for %1 was not delivered.</source>
        <translation>La prueba para %1 no se entregó.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed.</source>
        <translation>Falló.</translation>
    </message>
</context>
<context>
    <name>mw::TestSend</name>
    <message>
        <location filename="../core/delivery/TestSend.cpp" line="+41"/>
        <source>Outgoing mail is switched off in the settings.</source>
        <translation>El correo saliente está desactivado en la configuración.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recipient: set the system notification mailbox or give an address.</source>
        <translation>Sin destinatario: defina el buzón de notificaciones del sistema o indique una dirección.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(The debug log %1 could not be written: %2)</source>
        <translation>(No se pudo escribir el registro de depuración %1: %2)</translation>
    </message>
</context>
<context>
    <name>mw::TlsTrust</name>
    <message>
        <location filename="../core/protocol/TlsTrust.cpp" line="-123"/>
        <source>The trusted-certificates file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de certificados de confianza %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trusted-certificates file %1 holds no PEM certificate.</source>
        <translation>El archivo de certificados de confianza %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>The server speaks TLS on this port but ended the handshake with an error of its own (a TLS alert): the port and security setting are right. Ask the server&apos;s administrator to check its TLS configuration (certificate, key, protocol versions), or try again later.</source>
        <translation>El servidor habla TLS en este puerto pero terminó la negociación con un error propio (una alerta TLS): el puerto y el ajuste de seguridad son correctos. Pida al administrador del servidor que revise su configuración TLS (certificado, clave, versiones del protocolo), o vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>mw::TokenManager</name>
    <message>
        <location filename="../core/oauth/TokenManager.cpp" line="+89"/>
        <source>Sign-in required: no OAuth2 sign-in is saved for this account.</source>
        <translation>Es necesario iniciar sesión: no hay inicio de sesión OAuth2 guardado para esta cuenta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The OAuth2 provider or client id is not configured.</source>
        <translation>El proveedor OAuth2 o el identificador de cliente no está configurado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The OAuth2 provider did not answer: %1</source>
        <translation>El proveedor OAuth2 no respondió: %1</translation>
    </message>
</context>
<context>
    <name>mw::TrayStatus</name>
    <message>
        <location filename="../ui/TrayStatus.cpp" line="+58"/>
        <source>&amp;Open Mailwright</source>
        <translation>&amp;Abrir Mailwright</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Test</source>
        <translation>Enviar &amp;prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh status</source>
        <translation>Act&amp;ualizar el estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Backup SMTP</source>
        <translation>SMTP de respaldo</translation>
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
        <translation>Es necesario iniciar sesión</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>(checking…)</source>
        <translation>(comprobando…)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Queue held, %n message(s) waiting</source>
        <translation>
            <numerusform>Cola retenida, %n mensaje en espera</numerusform>
            <numerusform>Cola retenida, %n mensajes en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Queue: %n message(s) waiting</source>
        <translation>
            <numerusform>Cola: %n mensaje en espera</numerusform>
            <numerusform>Cola: %n mensajes en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mailwright could not reach the server.</source>
        <translation>Mailwright no pudo contactar con el servidor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The queue is held</source>
        <translation>La cola está retenida</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) wait until the hold is lifted.</source>
        <translation>
            <numerusform>%n mensaje espera hasta que se levante la retención.</numerusform>
            <numerusform>%n mensajes esperan hasta que se levante la retención.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mw::UnlockDialog</name>
    <message>
        <location filename="../ui/UnlockDialog.cpp" line="+23"/>
        <source>Unlock the settings</source>
        <translation>Desbloquear la configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settings are locked by an administrator. Enter the administrator password to change them.</source>
        <translation>La configuración está bloqueada por un administrador. Introduzca la contraseña de administrador para cambiarla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrator password</source>
        <translation>Contraseña de administrador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrator &amp;password:</source>
        <translation>&amp;Contraseña de administrador:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Wrong password. Try again in %n s.</source>
        <translation>
            <numerusform>Contraseña incorrecta. Vuelva a intentarlo dentro de %n s.</numerusform>
            <numerusform>Contraseña incorrecta. Vuelva a intentarlo dentro de %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>mw::cli</name>
    <message>
        <location filename="../app/cli/ConfigCommands.cpp" line="+38"/>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnosticsCommands.cpp" line="+52"/>
        <source>steps: %1</source>
        <translation>pasos: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>greeting: %1</source>
        <translation>saludo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate %1</source>
        <translation>certificado %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extensions: %1</source>
        <translation>extensiones: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign-in mechanisms in this mode: %1</source>
        <translation>mecanismos de inicio de sesión en este modo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>largest message: %1 octets</source>
        <translation>mensaje más grande: %1 octetos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>APOP: offered</source>
        <translation>APOP: ofrecido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>APOP: not offered</source>
        <translation>APOP: no ofrecido</translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+33"/>
        <source>send the test message to the notification mailbox</source>
        <translation>enviar el mensaje de prueba al buzón de notificaciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check every security mode of the server, rank them</source>
        <translation>comprobar cada modo de seguridad del servidor y clasificarlos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>find the mail servers of an address (SRV, autoconfig, MX, ...)</source>
        <translation>encontrar los servidores de correo de una dirección (SRV, autoconfig, MX, ...)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>verify every role address, send nothing</source>
        <translation>verificar cada dirección de rol, sin enviar nada</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>show the SMTP and POP3 status (--check: log in now)</source>
        <translation>mostrar el estado SMTP y POP3 (--check: iniciar sesión ahora)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>send the test message and fetch it back over POP3</source>
        <translation>enviar el mensaje de prueba y recuperarlo por POP3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>list the delivery status notifications in POP3</source>
        <translation>listar las notificaciones de estado de entrega en POP3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>answer the remote status requests in the POP3 mailbox now</source>
        <translation>responder ahora a las solicitudes de estado remotas del buzón POP3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read, change or check the configuration</source>
        <translation>leer, cambiar o comprobar la configuración</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>one status line for Nagios, Icinga or Zabbix (exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)</source>
        <translation>una línea de estado para Nagios, Icinga o Zabbix (salida 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the same figures in the Prometheus text format</source>
        <translation>las mismas cifras en el formato de texto de Prometheus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the delivery history: every message the queue handed over</source>
        <translation>el historial de entregas: cada mensaje que la cola transfirió</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send a test alert through the webhook and the system log, and say what each did</source>
        <translation>enviar una alerta de prueba por el webhook y el registro del sistema, e indicar qué hizo cada uno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write a support bundle (ZIP): diagnostics, transcripts, last probe, queue, versions; no secrets</source>
        <translation>escribir un paquete de soporte (ZIP): diagnóstico, transcripciones, último sondeo, cola, versiones; sin secretos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the versions of Mailwright, Qt, the TLS library and the system, for a bug report</source>
        <translation>las versiones de Mailwright, Qt, la biblioteca TLS y el sistema, para un informe de error</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>what the administrator&apos;s policy sets and locks; the policy templates (ADMX, profile, policy.ini)</source>
        <translation>lo que define y bloquea la directiva del administrador; las plantillas de directiva (ADMX, perfil, policy.ini)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lock the settings window with a password read from standard input (digest: for a policy&apos;s admin_lock)</source>
        <translation>bloquear la ventana de configuración con una contraseña leída de la entrada estándar (digest: para el admin_lock de una directiva)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>OAuth2 sign-in (device code, or browser with --browser) for xoauth2; logout also revokes the sign-in at the provider</source>
        <translation>inicio de sesión OAuth2 (código de dispositivo, o navegador con --browser) para xoauth2; logout también revoca el inicio de sesión en el proveedor</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>store a secret read from standard input: smtp, pop3, oauth-client, smtp-client-cert, pop3-client-cert, remote-status (kept only as a digest), backup-smtp, backup-smtp-client-cert, alerts-webhook</source>
        <translation>guardar un secreto leído de la entrada estándar: smtp, pop3, oauth-client, smtp-client-cert, pop3-client-cert, remote-status (guardado solo como resumen), backup-smtp, backup-smtp-client-cert, alerts-webhook</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>queue a notification (body or whole message on stdin)</source>
        <translation>poner una notificación en cola (cuerpo o mensaje completo por stdin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the outgoing queue</source>
        <translation>la cola de salida</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandHelp.cpp" line="+32"/>
        <source>Sets up, tests and runs how this system sends its notification e-mail.</source>
        <translation>Configura, prueba y ejecuta cómo envía este sistema sus correos de notificación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;mailwright-cli COMMAND --help&quot; describes one command.</source>
        <translation>«mailwright-cli COMMAND --help» describe una orden.</translation>
    </message>
</context>
<context>
    <name>mw::cli::CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+66"/>
        <source>Use the configuration FILE instead of the per-user one.</source>
        <translation>Usar el archivo de configuración FILE en lugar del del usuario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object per result.</source>
        <translation>Imprimir un objeto JSON por resultado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override a setting for this run only (repeatable), e.g. --set smtp/port=2525.</source>
        <translation>Sustituir un ajuste solo en esta ejecución (repetible), p. ej. --set smtp/port=2525.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do (see above).</source>
        <translation>Qué hacer (véase arriba).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>Orden desconocida «%1»; véase --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+85"/>
        <source>warning: policy: %1</source>
        <translation>aviso: directiva: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no configuration file at %1. Create it with &quot;mailwright-cli config set smtp/host HOST&quot; or give --config.</source>
        <translation>No hay archivo de configuración en %1. Créelo con «mailwright-cli config set smtp/host HOST» o indique --config.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/DiagnosticsCommands.cpp" line="+343"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--set expects KEY=VALUE, got &quot;%1&quot;.</source>
        <translation>--set espera CLAVE=VALOR, se recibió «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set by your administrator (%2) and cannot be changed here.</source>
        <translation>%1 lo define su administrador (%2) y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Signed in with %1</source>
        <translation>Sesión iniciada con %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location filename="../app/cli/QueueCommands.cpp" line="+132"/>
        <location line="+18"/>
        <location line="+198"/>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Hint: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note: the session was not encrypted (the server offers no STARTTLS), so it went on without a login.</source>
        <translation>Nota: la sesión no estaba cifrada (el servidor no ofrece STARTTLS), así que continuó sin inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../app/cli/TestCommand.cpp" line="+40"/>
        <source>Send to ADDR instead of the notification mailbox.</source>
        <translation>Enviar a ADDR en lugar del buzón de notificaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop after PHASE (connect, tls, ehlo, auth, mail, rcpt) without sending.</source>
        <translation>Detenerse después de FASE (connect, tls, ehlo, auth, mail, rcpt) sin enviar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send through SERVER: primary (the default) or backup ([backup_smtp]).</source>
        <translation>Enviar a través de SERVER: primary (por omisión) o backup ([backup_smtp]).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--stop-after takes connect, tls, ehlo, auth, mail or rcpt.</source>
        <translation>--stop-after admite connect, tls, ehlo, auth, mail o rcpt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--server takes primary or backup.</source>
        <translation>--server admite primary o backup.</translation>
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
        <translation>Prueba a %1 por %2 puerto %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="+136"/>
        <source>signed in with %1</source>
        <translation>sesión iniciada con %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WARNING: the certificate expired on %1</source>
        <translation>AVISO: el certificado caducó el %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>WARNING: the certificate expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>AVISO: el certificado caduca en %n día (%1)</numerusform>
            <numerusform>AVISO: el certificado caduca en %n días (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate valid until %1</source>
        <translation>certificado válido hasta el %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConfigCommands.cpp" line="+23"/>
        <source>usage: config get SECTION/KEY</source>
        <translation>uso: config get SECTION/KEY</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+52"/>
        <source>Unknown key &quot;%1&quot;.</source>
        <translation>Clave desconocida «%1».</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>usage: config set SECTION/KEY VALUE</source>
        <translation>uso: config set SECTION/KEY VALUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--set cannot be combined with config set.</source>
        <translation>--set no se puede combinar con config set.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passwords are not kept in the configuration file; use &quot;secret set&quot;.</source>
        <translation>Las contraseñas no se guardan en el archivo de configuración; use «secret set».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>usage: config unset SECTION/KEY</source>
        <translation>uso: config unset SECTION/KEY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--set cannot be combined with config unset.</source>
        <translation>--set no se puede combinar con config unset.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The configuration is valid.</source>
        <translation>La configuración es válida.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the configuration is valid.</source>
        <translation>%1: la configuración es válida.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>; passwords: *** (kept in the secret store, never in this file)</source>
        <translation>; contraseñas: *** (guardadas en el almacén de secretos, nunca en este archivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; administrator lock: set</source>
        <translation>; bloqueo de administrador: activado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: config get KEY | set KEY VALUE | unset KEY | validate | show</source>
        <translation>uso: config get KEY | set KEY VALUE | unset KEY | validate | show</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>usage: secret set %1 (the password, client secret, key passphrase or webhook URL is read from standard input)</source>
        <translation>uso: secret set %1 (la contraseña, el secreto de cliente, la frase de contraseña de la clave o la URL del webhook se lee de la entrada estándar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No password was given on standard input.</source>
        <translation>No se dio ninguna contraseña por la entrada estándar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>The password could not be stored (%1): %2</source>
        <translation>No se pudo guardar la contraseña (%1): %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The remote-status password is stored as a digest in the %1 backend.</source>
        <translation>La contraseña de remote-status está guardada como resumen en el almacén «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 password is stored in the %2 backend.</source>
        <translation>La contraseña de %1 está guardada en el almacén «%2».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue held for the refused login will be tried again.</source>
        <translation>La cola retenida por el inicio de sesión rechazado se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../app/cli/DiagnosticsCommands.cpp" line="-299"/>
        <source>Try PORT:MODE (mode tls, starttls or plain) instead of the standard ports (repeatable).</source>
        <translation>Probar PUERTO:MODO (modo tls, starttls o plain) en lugar de los puertos estándar (repetible).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seconds per phase of each attempt (default: the settings&apos; timeout, at most 10).</source>
        <translation>Segundos por fase de cada intento (por omisión: el tiempo de espera de la configuración, como máximo 10).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember what the server offers now even if it offers less than at the last check.</source>
        <translation>Recordar lo que el servidor ofrece ahora aunque ofrezca menos que en la última comprobación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>probe takes &quot;smtp&quot; (the default), &quot;backup-smtp&quot; or &quot;pop3&quot;.</source>
        <translation>probe admite «smtp» (por omisión), «backup-smtp» o «pop3».</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/TestCommand.cpp" line="-22"/>
        <source>No backup SMTP server is set (backup_smtp/enabled).</source>
        <translation>No hay servidor SMTP de respaldo definido (backup_smtp/enabled).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/host is not set.</source>
        <translation>%1/host no está definido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--port expects PORT:MODE (tls, starttls, plain), got &quot;%1&quot;.</source>
        <translation>--port espera PUERTO:MODO (tls, starttls, plain), se recibió «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+158"/>
        <source>--timeout takes 1 to 600 seconds.</source>
        <translation>--timeout admite de 1 a 600 segundos.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The queue held for the refused downgrade will be tried again.</source>
        <translation>La cola retenida por la degradación rechazada se volverá a intentar.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 server %2: every mode, safest first
</source>
        <translation>Servidor %1 %2: todos los modos, el más seguro primero
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in there: %1 (the strongest offered that the settings can use)
</source>
        <translation>Inicio de sesión allí: %1 (el más fuerte ofrecido que la configuración puede usar)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+183"/>
        <source>To apply it:
</source>
        <translation>Para aplicarlo:
</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The settings already use it.
</source>
        <translation>La configuración ya lo usa.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask this DNS server (port 53) instead of the system&apos;s.</source>
        <translation>Consultar este servidor DNS (puerto 53) en lugar del del sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the autoconfig document from TEMPLATE (%1 the domain, %2 the address) instead of the standard places (repeatable).</source>
        <translation>Obtener el documento autoconfig de TEMPLATE (%1 el dominio, %2 la dirección) en lugar de los lugares estándar (repetible).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PORT:MODE to try on hosts of unknown port (MX, guesses); repeatable.</source>
        <translation>PUERTO:MODO que se prueba en hosts de puerto desconocido (MX, suposiciones); repetible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same for POP3 hosts.</source>
        <translation>Lo mismo para los hosts POP3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra trusted CA certificates (PEM) for the probes.</source>
        <translation>Certificados de CA de confianza adicionales (PEM) para los sondeos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds per phase of each probe (default 8).</source>
        <translation>Segundos por fase de cada sondeo (8 por omisión).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the candidates without probing them.</source>
        <translation>Listar los candidatos sin sondearlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe only loopback addresses (for tests).</source>
        <translation>Sondear solo direcciones de bucle local (para pruebas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for SMTP only.</source>
        <translation>Buscar solo SMTP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow recommending a server outside the address&apos;s domain that only DNS or http named (check first that it is your provider&apos;s); its certificate is still never trusted automatically.</source>
        <translation>Permitir recomendar un servidor fuera del dominio de la dirección que solo nombraron DNS o http (compruebe primero que es el de su proveedor); aun así, nunca se confía automáticamente en su certificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An e-mail address or a domain.</source>
        <translation>Una dirección de correo o un dominio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>detect takes one ADDRESS (user@example.com) or domain.</source>
        <translation>detect espera una DIRECCIÓN (user@example.com) o un dominio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--nameserver takes an IP address.</source>
        <translation>--nameserver espera una dirección IP.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected PORT:MODE (tls, starttls, plain), got &quot;%1&quot;.</source>
        <translation>se esperaba PUERTO:MODO (tls, starttls, plain), se recibió «%1».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Looking for the mail servers of %1 ...</source>
        <translation>Buscando los servidores de correo de %1 ...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only if you checked that it is the mail server of %1, run again with --accept-foreign-host.</source>
        <translation>Solo si ha comprobado que es el servidor de correo de %1, vuelva a ejecutar con --accept-foreign-host.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lookups for %1:
</source>
        <translation>Consultas para %1:
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not probed</source>
        <translation>no sondeado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found by: %1</source>
        <translation>encontrado por: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps: %1</source>
        <translation>pasos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 candidates:
</source>
        <translation>%1 candidatos:
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only rcpt is allowed here.</source>
        <translation>Aquí solo se permite rcpt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every role address with RCPT, send nothing.</source>
        <translation>Comprobar cada dirección de rol con RCPT, sin enviar nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--all-roles checks addresses: it stops after rcpt.</source>
        <translation>--all-roles comprueba direcciones: se detiene después de rcpt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Addresses checked with MAIL FROM / RCPT TO at %1 port %2 (nothing sent):
</source>
        <translation>Direcciones comprobadas con MAIL FROM / RCPT TO en %1 puerto %2 (no se envió nada):
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not set)</source>
        <translation>(no definido)</translation>
    </message>
    <message>
        <location filename="../app/cli/TestCommand.cpp" line="+29"/>
        <source>Send Test to %1 via %2 port %3 (POP-before-SMTP via %4, relay window %5 minutes)
</source>
        <translation>Prueba a %1 por %2 puerto %3 (POP antes de SMTP por %4, ventana de retransmisión %5 minutos)
</translation>
    </message>
    <message>
        <location filename="../app/cli/BouncesCommand.cpp" line="+20"/>
        <source>Delete the delivery status notifications that were listed (others stay).</source>
        <translation>Eliminar las notificaciones de estado de entrega listadas (las demás se quedan).</translation>
    </message>
    <message>
        <location filename="../app/cli/AlertsCommand.cpp" line="+17"/>
        <location filename="../app/cli/BouncesCommand.cpp" line="+1"/>
        <location filename="../app/cli/BundleCommand.cpp" line="+20"/>
        <location filename="../app/cli/HistoryCommand.cpp" line="+92"/>
        <location filename="../app/cli/StatusRequestsCommand.cpp" line="+23"/>
        <location filename="../app/cli/VersionCommand.cpp" line="+17"/>
        <source>Print one JSON object.</source>
        <translation>Imprimir un objeto JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a test alert.</source>
        <translation>Enviar una alerta de prueba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: alerts test [--json]</source>
        <translation>uso: alerts test [--json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No second channel is on: set alerts/webhook or alerts/system_log first.</source>
        <translation>No hay ningún segundo canal activo: defina primero alerts/webhook o alerts/system_log.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../app/cli/BouncesCommand.cpp" line="+9"/>
        <source>The bounced-alerts mailbox is read over POP3: set pop3/host and pop3/username first.</source>
        <translation>El buzón de alertas rebotadas se lee por POP3: defina primero pop3/host y pop3/username.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Bounced-alerts mailbox %1@%2: %n message(s)</source>
        <translation>
            <numerusform>Buzón de alertas rebotadas %1@%2: %n mensaje</numerusform>
            <numerusform>Buzón de alertas rebotadas %1@%2: %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n delivery status notification(s)</source>
        <translation>
            <numerusform>%n notificación de estado de entrega</numerusform>
            <numerusform>%n notificaciones de estado de entrega</numerusform>
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
        <translation>[nuevo]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[deleted]</source>
        <translation>[eliminado]</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  (%n message(s) larger than %1 octets were not read)</source>
        <translation>
            <numerusform>  (no se leyó %n mensaje de más de %1 octetos)</numerusform>
            <numerusform>  (no se leyeron %n mensajes de más de %1 octetos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RoundTripCommand.cpp" line="+16"/>
        <source>Fetch the test message back over POP3.</source>
        <translation>Recuperar el mensaje de prueba por POP3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up after SECONDS (default 120).</source>
        <translation>Rendirse tras SEGUNDOS (120 por omisión).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look into the mailbox every SECONDS (default 2).</source>
        <translation>Mirar en el buzón cada SEGUNDOS (2 por omisión).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait espera un número de segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--poll takes a number of seconds.</source>
        <translation>--poll espera un número de segundos.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Round trip: sending to %1 failed
</source>
        <translation>Ida y vuelta: falló el envío a %1
</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Sent to %1 in %2 ms (token %3); looking for it over POP3 at %4...</source>
        <translation>Enviado a %1 en %2 ms (token %3); buscándolo por POP3 en %4...</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Round trip via POP3 %1
</source>
        <translation>Ida y vuelta por POP3 %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/QueueCommands.cpp" line="-297"/>
        <source>queue: %n message(s) waiting</source>
        <translation>
            <numerusform>cola: %n mensaje en espera</numerusform>
            <numerusform>cola: %n mensajes en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, oldest %1 s</source>
        <translation>, la más antigua %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, HELD (see &quot;queue list&quot;)</source>
        <translation>, RETENIDA (véase «queue list»)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n dead letter(s)</source>
        <translation>
            <numerusform>, %n mensaje no entregable</numerusform>
            <numerusform>, %n mensajes no entregables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/SendCommand.cpp" line="+37"/>
        <source>job (default), error or console: decides the copies.</source>
        <translation>job (por omisión), error o console: decide las copias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient (repeatable).</source>
        <translation>Destinatario (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject line.</source>
        <translation>Línea de asunto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a whole RFC 5322 message from standard input and take the recipients from its To, Cc and Bcc fields.</source>
        <translation>Leer un mensaje RFC 5322 completo de la entrada estándar y tomar los destinatarios de sus campos To, Cc y Bcc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted for sendmail compatibility (a lone dot does not end the input anyway).</source>
        <translation>Se acepta por compatibilidad con sendmail (un punto solo no termina la entrada de todos modos).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--category takes job, error or console.</source>
        <translation>--category admite job, error o console.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to %1: %2</source>
        <translation>--to %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mailboxes/from is not set: the message needs a sender.</source>
        <translation>mailboxes/from no está definido: el mensaje necesita un remitente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give at least one --to address (or use -t).</source>
        <translation>Indique al menos una dirección --to (o use -t).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mailwright-cli: refused: %1</source>
        <translation>mailwright-cli: rechazado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No permitted recipient; nothing was queued.</source>
        <translation>Ningún destinatario permitido; no se puso nada en cola.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mailwright-cli: no permitted recipient; nothing was queued.</source>
        <translation>mailwright-cli: ningún destinatario permitido; no se puso nada en cola.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not sent to %1 (not a permitted recipient).</source>
        <translation>No enviado a %1 (no es un destinatario permitido).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queued in %1.</source>
        <translation>Puesto en cola en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued in %1 for the others. %2</source>
        <translation>Puesto en cola en %1 para los demás. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>queued %1 for %2</source>
        <translation>%1 puesto en cola para %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mailwright-cli: %1</source>
        <translation>mailwright-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/QueueCommands.cpp" line="+25"/>
        <source>usage: queue list | flush | run [--once] | retry ID | purge ID | release | show ID</source>
        <translation>uso: queue list | flush | run [--once] | retry ID | purge ID | release | show ID</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The queue is HELD since %1: %2
  It resumes by itself when the queue folder can be written again.</source>
        <translation>La cola está RETENIDA desde %1: %2
  Se reanuda sola cuando se pueda volver a escribir en la carpeta de la cola.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The queue is HELD since %1: %2 (%3)%4
  It resumes when the settings change, or try once now with &quot;queue flush&quot;.</source>
        <translation>La cola está RETENIDA desde %1: %2 (%3)%4
  Se reanuda cuando cambia la configuración, o pruebe una vez ahora con «queue flush».</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The server could not be reached %n time(s) in a row: %1 (%2); next try %3.</source>
        <translation>
            <numerusform>No se pudo contactar con el servidor %n vez seguida: %1 (%2); próximo intento %3.</numerusform>
            <numerusform>No se pudo contactar con el servidor %n veces seguidas: %1 (%2); próximo intento %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue is empty (%1).</source>
        <translation>La cola está vacía (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>next attempt %1</source>
        <translation>próximo intento %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sent in the last %n day(s), then bounced:</source>
        <translation>
            <numerusform>Enviados en el último %n día y luego rebotados:</numerusform>
            <numerusform>Enviados en los últimos %n días y luego rebotados:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mailwright-cli: the delivery history could not be read: %1</source>
        <translation>mailwright-cli: no se pudo leer el historial de entregas: %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>usage: queue run [--once]</source>
        <translation>uso: queue run [--once]</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 will be sent on the next pass.</source>
        <translation>%1 se enviará en la próxima pasada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hold is lifted: the next pass tries again.</source>
        <translation>Se levantó la retención: la próxima pasada lo intenta de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The queue is held: %1</source>
        <translation>La cola está retenida: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 delivered, %2 deferred, %3 dead-lettered, %4 outcome unknown; %5 still queued.</source>
        <translation>%1 entregados, %2 aplazados, %3 como no entregables, %4 con resultado desconocido; %5 aún en cola.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>mailwright-cli: status requests: %1</source>
        <translation>mailwright-cli: solicitudes de estado: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+45"/>
        <source>Sign in again with &quot;mailwright-cli oauth login&quot;.</source>
        <translation>Vuelva a iniciar sesión con «mailwright-cli oauth login».</translation>
    </message>
    <message>
        <location filename="../app/cli/OAuthCommands.cpp" line="+77"/>
        <source>oauth/client_id is not set: enter the client id registered with the provider.</source>
        <translation>oauth/client_id no está definido: escriba el identificador de cliente registrado en el proveedor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The OAuth2 client secret could not be read: %1</source>
        <translation>No se pudo leer el secreto de cliente OAuth2: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+55"/>
        <source>The secret store did not finish saving the new OAuth2 refresh token in time; the saved sign-in may no longer work.</source>
        <translation>El almacén de secretos no terminó a tiempo de guardar el nuevo token de actualización OAuth2; puede que el inicio de sesión guardado ya no funcione.</translation>
    </message>
    <message>
        <location filename="../app/cli/OAuthCommands.cpp" line="+27"/>
        <source>oauth takes login, status [--check] or logout.</source>
        <translation>oauth admite login, status [--check] o logout.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed out: the saved OAuth2 sign-in was removed from the %1 store.</source>
        <translation>Sesión cerrada: se eliminó el inicio de sesión OAuth2 guardado del almacén «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider revoked it.</source>
        <translation>El proveedor lo revocó.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signed in as %1 (%2); a refresh token is saved.</source>
        <translation>Sesión iniciada como %1 (%2); hay un token de actualización guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in required: no OAuth2 sign-in is saved.</source>
        <translation>Es necesario iniciar sesión: no hay inicio de sesión OAuth2 guardado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in as %1; the provider refreshed the sign-in. Granted scopes: %2</source>
        <translation>Sesión iniciada como %1; el proveedor renovó el inicio de sesión. Ámbitos concedidos: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oauth login takes --browser [--open], or nothing.</source>
        <translation>oauth login admite --browser [--open], o nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--open goes with --browser.</source>
        <translation>--open va con --browser.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>To sign in, open this address in a browser on this computer:</source>
        <translation>Para iniciar sesión, abra esta dirección en un navegador de este equipo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the sign-in (at most 5 minutes)...</source>
        <translation>Esperando el inicio de sesión (como máximo 5 minutos)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mailwright-cli: the browser could not be started; open the address yourself.</source>
        <translation>mailwright-cli: no se pudo iniciar el navegador; abra la dirección usted mismo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <translation>Para iniciar sesión, abra %1 e introduzca el código %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(or open %1)</source>
        <translation>(o abra %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the sign-in...</source>
        <translation>Esperando el inicio de sesión...</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The provider signed you in but issued no refresh token, so Mailwright could not send later. Ask for the offline_access scope (oauth/scopes) or allow refresh tokens for this client.</source>
        <translation>El proveedor inició su sesión pero no emitió token de actualización, así que Mailwright no podría enviar más tarde. Pida el ámbito offline_access (oauth/scopes) o permita tokens de actualización para este cliente.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed in. Granted scopes: %1. The refresh token is saved in the %2 store.</source>
        <translation>Sesión iniciada. Ámbitos concedidos: %1. El token de actualización está guardado en el almacén «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/PolicyCommands.cpp" line="+43"/>
        <source>usage: policy show [--json]</source>
        <translation>uso: policy show [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: policy templates DIR</source>
        <translation>uso: policy templates DIR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The policy templates are in %1.</source>
        <translation>Las plantillas de directiva están en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: policy show [--json] | templates DIR</source>
        <translation>uso: policy show [--json] | templates DIR</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>secret %1: locked (%2)</source>
        <translation>secreto %1: bloqueado (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator lock: none</source>
        <translation>bloqueo de administrador: ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator lock: set (%1)</source>
        <translation>bloqueo de administrador: activado (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: admin-lock set|clear|digest (the password is read from standard input)</source>
        <translation>uso: admin-lock set|clear|digest (la contraseña se lee de la entrada estándar)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--set cannot be combined with admin-lock.</source>
        <translation>--set no se puede combinar con admin-lock.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The administrator lock is set by your administrator (%1) and cannot be changed here.</source>
        <translation>El bloqueo de administrador lo define su administrador (%1) y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The administrator lock is removed.</source>
        <translation>Se ha quitado el bloqueo de administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator lock is set: the settings window opens read-only until it is unlocked.</source>
        <translation>El bloqueo de administrador está activado: la ventana de configuración se abre en solo lectura hasta que se desbloquee.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusRequestsCommand.cpp" line="+2"/>
        <source>Check the mailbox for requests now.</source>
        <translation>Comprobar ahora si hay solicitudes en el buzón.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: status-requests check [--json]</source>
        <translation>uso: status-requests check [--json]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remote status requests are switched off: set remote_status/enabled to true first.</source>
        <translation>Las solicitudes de estado remotas están desactivadas: primero establezca remote_status/enabled en true.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote status requests are read over POP3: set pop3/enabled, pop3/host and pop3/username first.</source>
        <translation>Las solicitudes de estado remotas se leen por POP3: defina primero pop3/enabled, pop3/host y pop3/username.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another process is checking the mailbox; try again.</source>
        <translation>Otro proceso está comprobando el buzón; inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Mailbox %1@%2: %n message(s), </source>
        <translation>
            <numerusform>Buzón %1@%2: %n mensaje, </numerusform>
            <numerusform>Buzón %1@%2: %n mensajes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n status request(s)</source>
        <translation>
            <numerusform>%n solicitud de estado</numerusform>
            <numerusform>%n solicitudes de estado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="-14"/>
        <source>Only messages since WHEN: an age (90m, 2h, 3d, 1w) or an ISO date or time.</source>
        <translation>Solo los mensajes desde WHEN: una antigüedad (90m, 2h, 3d, 1w) o una fecha u hora ISO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only messages that were not delivered (dead, deferred, outcome unknown) or that bounced.</source>
        <translation>Solo los mensajes que no se entregaron (no entregables, aplazados, con resultado desconocido) o que rebotaron.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only messages whose recipient, subject or Message-ID contains TEXT.</source>
        <translation>Solo los mensajes cuyo destinatario, asunto o Message-ID contiene TEXT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N messages, newest first (default 100).</source>
        <translation>Como máximo N mensajes, los más recientes primero (100 por omisión).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: history [--since WHEN] [--failed] [--grep TEXT] [--limit N] [--json] | show ID | resend ID</source>
        <translation>uso: history [--since WHEN] [--failed] [--grep TEXT] [--limit N] [--json] | show ID | resend ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a history entry id (a number, as &quot;history&quot; lists them).</source>
        <translation>«%1» no es un identificador de entrada del historial (un número, como los lista «history»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The delivery history has no entry %1.</source>
        <translation>El historial de entregas no tiene ninguna entrada %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error class</source>
        <translation>Clase de error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server said</source>
        <translation>El servidor dijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue id</source>
        <translation>Identificador en la cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To/Cc</source>
        <translation>To/Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the text of the message was not kept: history/keep_bodies)</source>
        <translation>(el texto del mensaje no se conservó: history/keep_bodies)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queued again as %1 (Resent-Message-ID %2); it is sent on the next pass.</source>
        <translation>Puesto de nuevo en cola como %1 (Resent-Message-ID %2); se envía en la próxima pasada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dead letter %1 is queued again; it is sent on the next pass.</source>
        <translation>El mensaje no entregable %1 vuelve a estar en cola; se envía en la próxima pasada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--since %1: give an age (90m, 2h, 3d, 1w) or an ISO date or time (2026-12-01, 2026-12-01T08:00).</source>
        <translation>--since %1: indique una antigüedad (90m, 2h, 3d, 1w) o una fecha u hora ISO (2026-12-01, 2026-12-01T08:00).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--limit wants a positive number.</source>
        <translation>--limit espera un número positivo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No message in the delivery history matches (%1).</source>
        <translation>Ningún mensaje del historial de entregas coincide (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No message in the delivery history matches; recording is off (history/enabled).</source>
        <translation>Ningún mensaje del historial de entregas coincide; el registro está desactivado (history/enabled).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVER</source>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RECIPIENTS</source>
        <translation>DESTINATARIOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUBJECT</source>
        <translation>ASUNTO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bounced</source>
        <translation>rebotado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bounced: %1</source>
        <translation>rebotado: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/MonitoringCommands.cpp" line="+23"/>
        <source>there is no configuration file at %1</source>
        <translation>no hay archivo de configuración en %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the configuration %1 cannot be used</source>
        <translation>no se puede usar la configuración %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unexpected argument %1 (usage: check [--json])</source>
        <translation>argumento inesperado %1 (uso: check [--json])</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument %1 (usage: metrics [--output FILE])</source>
        <translation>argumento inesperado %1 (uso: metrics [--output FILE])</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BundleCommand.cpp" line="+2"/>
        <source>The ZIP archive to write.</source>
        <translation>El archivo ZIP que se escribe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: bundle FILE [--json]</source>
        <translation>uso: bundle FILE [--json]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Support bundle written to %1.</source>
        <translation>Paquete de soporte escrito en %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support bundle written to %1 (%2 files). It holds no password or token; look through it before you send it.</source>
        <translation>Paquete de soporte escrito en %1 (%2 archivos). No contiene ninguna contraseña ni token; revíselo antes de enviarlo.</translation>
    </message>
    <message>
        <location filename="../app/cli/VersionCommand.cpp" line="+4"/>
        <source>usage: version [--json]</source>
        <translation>uso: version [--json]</translation>
    </message>
</context>
<context>
    <name>mw::mime</name>
    <message>
        <location filename="../core/delivery/MimeEncoding.cpp" line="+170"/>
        <source>The address literal &quot;%1&quot; is not valid.</source>
        <translation>El literal de dirección «%1» no es válido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The domain &quot;%1&quot; is not a valid host name.</source>
        <translation>El dominio «%1» no es un nombre de host válido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The domain &quot;%1&quot; is not a valid international domain name.</source>
        <translation>El dominio «%1» no es un nombre de dominio internacional válido.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>contains a line break or a NUL character</source>
        <translation>contiene un salto de línea o un carácter NUL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains invalid Unicode</source>
        <translation>contiene Unicode no válido</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains a line break or a NUL character.</source>
        <translation>La dirección contiene un salto de línea o un carácter NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address contains invalid Unicode.</source>
        <translation>La dirección contiene Unicode no válido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an e-mail address (local-part@domain).</source>
        <translation>«%1» no es una dirección de correo (parte-local@dominio).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>The address &quot;%1&quot; contains a character not allowed in an e-mail address.</source>
        <translation>La dirección «%1» contiene un carácter no permitido en una dirección de correo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address &quot;%1&quot; has a misplaced dot before the @.</source>
        <translation>La dirección «%1» tiene un punto mal colocado antes de la @.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address &quot;%1&quot; has non-ASCII characters before the @; that needs a server that supports SMTPUTF8.</source>
        <translation>La dirección «%1» tiene caracteres no ASCII antes de la @; eso requiere un servidor que admita SMTPUTF8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The part before the @ of &quot;%1&quot; is longer than 64 octets.</source>
        <translation>La parte anterior a la @ de «%1» supera los 64 octetos.</translation>
    </message>
</context>
<context>
    <name>mw::ntlm</name>
    <message>
        <location filename="../core/protocol/Ntlm.cpp" line="+109"/>
        <source>The server&apos;s NTLM challenge is malformed (%1).</source>
        <translation>El desafío NTLM del servidor está mal formado (%1).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The server&apos;s NTLM challenge is too large (%1 bytes).</source>
        <translation>El desafío NTLM del servidor es demasiado grande (%1 bytes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not an NTLM message</source>
        <translation>no es un mensaje NTLM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message type %1 instead of 2</source>
        <translation>tipo de mensaje %1 en lugar de 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the target name lies outside the message</source>
        <translation>el nombre de destino está fuera del mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server offers only NTLMv1 (its NTLM challenge carries no target information). Mailwright signs in with NTLMv2 only; choose another sign-in method.</source>
        <translation>El servidor solo ofrece NTLMv1 (su desafío NTLM no contiene información de destino). Mailwright solo inicia sesión con NTLMv2; elija otro método de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the target information lies outside the message</source>
        <translation>la información de destino está fuera del mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s NTLM challenge does not accept Unicode names, which NTLMv2 in Mailwright needs.</source>
        <translation>El desafío NTLM del servidor no acepta nombres Unicode, que NTLMv2 necesita en Mailwright.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a target information entry runs past its end</source>
        <translation>una entrada de la información de destino sobrepasa su final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end of the target information has a length</source>
        <translation>el final de la información de destino tiene una longitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a timestamp that is not 8 bytes</source>
        <translation>una marca de tiempo que no tiene 8 bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the target information has no end marker</source>
        <translation>la información de destino no tiene marca de final</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>NTLM needs a user name.</source>
        <translation>NTLM necesita un nombre de usuario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name, domain or password is too long for NTLM.</source>
        <translation>El nombre de usuario, el dominio o la contraseña son demasiado largos para NTLM.</translation>
    </message>
</context>
<context>
    <name>mw::sasl</name>
    <message>
        <location filename="../core/protocol/Sasl.cpp" line="+96"/>
        <source>the access token is invalid or has expired</source>
        <translation>el token de acceso no es válido o ha caducado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the access token lacks the permission (scope) the server needs</source>
        <translation>al token de acceso le falta el permiso (ámbito) que necesita el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server found the sign-in request malformed</source>
        <translation>el servidor consideró mal formada la solicitud de inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server refused the access token</source>
        <translation>el servidor rechazó el token de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the OAuth2 sign-in (%1): %2 (status &quot;%3&quot;).</source>
        <translation>El servidor rechazó el inicio de sesión OAuth2 (%1): %2 (estado «%3»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It needs the scope &quot;%1&quot;.</source>
        <translation>Necesita el ámbito «%1».</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The server did not accept the client certificate (EXTERNAL) for %1.</source>
        <translation>El servidor no aceptó el certificado de cliente (EXTERNAL) para %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the Kerberos ticket (GSSAPI) for %1.</source>
        <translation>El servidor no aceptó el ticket de Kerberos (GSSAPI) para %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the login (%1) for %2.</source>
        <translation>El servidor rechazó el inicio de sesión (%1) de %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The connection is not encrypted, so no login (%1) was sent: not even CRAM-MD5, whose answer can be cracked offline.</source>
        <translation>La conexión no está cifrada, así que no se envió ningún inicio de sesión (%1): ni siquiera CRAM-MD5, cuya respuesta se puede romper sin conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any method</source>
        <translation>cualquier método</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offers no authentication on this connection, so %1 cannot be used.</source>
        <translation>El servidor no ofrece autenticación en esta conexión, así que no se puede usar %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer %1; it offers %2.</source>
        <translation>El servidor no ofrece %1; ofrece %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>EXTERNAL signs in with a TLS client certificate, and none is configured.</source>
        <translation>EXTERNAL inicia sesión con un certificado de cliente TLS y no hay ninguno configurado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server offers no authentication on this connection.</source>
        <translation>El servidor no ofrece autenticación en esta conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server offers only %1, none of which Mailwright can use with the credentials that are set.</source>
        <translation>El servidor solo ofrece %1, y Mailwright no puede usar ninguno con las credenciales configuradas.</translation>
    </message>
</context>
<context>
    <name>mw::sasl::Client</name>
    <message>
        <location filename="../core/protocol/SaslClient.cpp" line="+89"/>
        <source>The sign-in module (%1) could not be loaded: %2</source>
        <translation>No se pudo cargar el módulo de inicio de sesión (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This build of Mailwright cannot sign in with %1.</source>
        <translation>Esta compilación de Mailwright no puede iniciar sesión con %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not start (%2).</source>
        <translation>%1 no pudo iniciarse (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has nothing more to say.</source>
        <translation>%1 no tiene nada más que decir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sign-in is in progress.</source>
        <translation>No hay ningún inicio de sesión en curso.</translation>
    </message>
</context>
<context>
    <name>mw::sasl::Exchange</name>
    <message>
        <location filename="../core/protocol/SaslExchange.cpp" line="+47"/>
        <source>GSSAPI (Kerberos) could not start: %1. Is there a valid Kerberos ticket (kinit) for this user?</source>
        <translation>GSSAPI (Kerberos) no pudo iniciarse: %1. ¿Hay un ticket de Kerberos válido (kinit) para este usuario?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not start: %2.</source>
        <translation>%1 no pudo iniciarse: %2.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The server went on with the sign-in after the client cancelled it.</source>
        <translation>El servidor continuó con el inicio de sesión después de que el cliente lo cancelara.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server keeps asking for more authentication data without end.</source>
        <translation>El servidor sigue pidiendo más datos de autenticación sin fin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server&apos;s AUTH LOGIN prompt is not valid base64; the login was not sent.</source>
        <translation>La solicitud AUTH LOGIN del servidor no es base64 válido; no se enviaron las credenciales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s %1 challenge is not valid base64 or is too long.</source>
        <translation>El desafío %1 del servidor no es base64 válido o es demasiado largo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server asked for more authentication data than %1 uses.</source>
        <translation>El servidor pidió más datos de autenticación de los que usa %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not prove it knows the password: its %1 signature does not verify (%2).</source>
        <translation>El servidor no demostró que conoce la contraseña: su firma %1 no se verifica (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s %1 challenge could not be answered (%2).</source>
        <translation>No se pudo responder al desafío %1 del servidor (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server accepted the %1 login, but the server did not prove it knows the password; the login is not trusted.</source>
        <translation>El servidor aceptó el inicio de sesión %1, pero no demostró que conoce la contraseña; no se confía en el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server said the login succeeded before %1 was complete.</source>
        <translation>El servidor dio por correcto el inicio de sesión antes de que %1 terminara.</translation>
    </message>
</context>
</TS>
