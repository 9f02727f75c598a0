<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../planner/ui/controller.py" line="+220"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+216"/>
        <location filename="../../planner/ui/excepthook.py" line="+65"/>
        <location filename="../../planner/ui/plan_actions.py" line="+240"/>
        <location filename="../../planner/ui/tray.py" line="+25"/>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tray.py" line="+2"/>
        <source>Open the planner</source>
        <translation>Abrir el planificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../planner/ui/controller.py" line="-218"/>
        <source>Enter the passphrase to put the backup in place of the plan.</source>
        <translation>Escriba la frase de contraseña para poner la copia de seguridad en lugar del plan.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/restore_flow.py" line="+48"/>
        <source>The backup is back in place. The plan as it was is kept in %1.</source>
        <translation>La copia de seguridad ya está en su lugar. El plan tal como estaba se guardó en %1.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/controller.py" line="+180"/>
        <source>The plan is locked.</source>
        <translation>El plan está bloqueado.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_header.py" line="+25"/>
        <source>%1 is a folder, not a plan file.</source>
        <translation>%1 es una carpeta, no un archivo de plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no plan at %1.</source>
        <translation>No hay ningún plan en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is empty or cut short: it is not a plan, or it was damaged.</source>
        <translation>Este archivo está vacío o incompleto: no es un plan, o se dañó.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs/passphrase.py" line="+29"/>
        <source>Too short. Use at least 8 characters; a few words is best.</source>
        <translation>Demasiado corta. Use al menos 8 caracteres; lo mejor son unas cuantas palabras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too easy to guess. A few ordinary words you will remember work well.</source>
        <translation>Demasiado fácil de adivinar. Unas cuantas palabras comunes que usted recuerde funcionan bien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair. One or two more words would make it stronger.</source>
        <translation>Aceptable. Una o dos palabras más la harían más segura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the passphrase twice.</source>
        <translation>Escriba la frase de contraseña dos veces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is too short or too easy to guess: use at least 8 characters, or a few words.</source>
        <translation>La frase de contraseña es demasiado corta o fácil de adivinar: use al menos 8 caracteres, o unas cuantas palabras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña no son iguales. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A forgotten passphrase cannot be recovered, by anyone. Write it down and keep it somewhere safe, and keep a backup of the plan.</source>
        <translation>Nadie puede recuperar una frase de contraseña olvidada. Anótela y guárdela en un lugar seguro, y tenga una copia de seguridad del plan.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/catalog_apps.py" line="+110"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already added</source>
        <translation>ya añadida</translation>
    </message>
    <message>
        <location filename="../../planner/ui/models/reminders.py" line="+52"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A setting</source>
        <translation>Un ajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact</source>
        <translation>Un contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk of %1</source>
        <translation>Conversación del %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concern of %1</source>
        <translation>Preocupación del %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>Toda la familia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The whole household</source>
        <translation>Toda la familia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Snoozed</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Turned off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Snoozed until %1</source>
        <translation>Pospuesto hasta %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_actions.py" line="-162"/>
        <source>Protect the plan with a passphrase</source>
        <translation>Proteger el plan con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Without a passphrase, anyone who uses this computer can open and read this plan. Its backups will not be protected either. Remove the passphrase?</source>
        <translation>Sin frase de contraseña, cualquier persona que use esta computadora puede abrir y leer este plan. Sus copias de seguridad tampoco estarán protegidas. ¿Quitar la frase de contraseña?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The plan is now protected with the new passphrase.</source>
        <translation>El plan ya está protegido con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is no longer protected by a passphrase.</source>
        <translation>El plan ya no está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a copy of the plan to a folder</source>
        <translation>Guardar una copia del plan en una carpeta</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A copy of the plan was saved to %1.</source>
        <translation>Se guardó una copia del plan en %1.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Open a plan</source>
        <translation>Abrir un plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans (*%1)</source>
        <translation>Planes (*%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This is a family&apos;s plan in a shelter or service. Without a passphrase, the next person at this computer can open and read it, and so can whoever finds a USB stick it is saved to. Its backups will not be protected either. Remove the passphrase all the same?</source>
        <translation>Este es el plan de una familia en un refugio o servicio. Sin frase de contraseña, la próxima persona que use esta computadora puede abrirlo y leerlo, y también quien encuentre una memoria USB donde esté guardado. Sus copias de seguridad tampoco estarán protegidas. ¿Quitar la frase de contraseña de todos modos?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>It opens with the same passphrase as the plan.</source>
        <translation>Se abre con la misma frase de contraseña que el plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is NOT protected by a passphrase: anyone with the stick can read it.</source>
        <translation>NO está protegida con una frase de contraseña: cualquiera que tenga la memoria puede leerla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan was saved and checked: the copy was opened again and it matches.</source>
        <translation>El plan se guardó y se comprobó: la copia se abrió de nuevo y coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This plan was opened from %1, not from the planner&apos;s own folder on this computer (%2), so it is not removed: a plan on a USB stick or in another folder belongs to whoever keeps it there. Nothing was deleted.</source>
        <translation>Este plan se abrió desde %1, no desde la carpeta propia del planificador en esta computadora (%2), así que no se quita: un plan en una memoria USB o en otra carpeta pertenece a quien lo guarda allí. No se borró nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this plan from this computer</source>
        <translation>Quitar este plan de esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the plan “%1” from this computer?</source>
        <translation>¿Quitar el plan “%1” de esta computadora?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This deletes the plan, its backups and its working files from this computer, overwriting them first. It cannot be undone: save a copy first if the family needs the plan. Copies on USB sticks are not touched. Some disks (most SSDs and USB sticks) may still keep old copies of the data where no program can reach them; only destroying the disk removes those.</source>
        <translation>Esto borra de esta computadora el plan, sus copias de seguridad y sus archivos de trabajo, sobrescribiéndolos antes. No se puede deshacer: guarde antes una copia si la familia necesita el plan. Las copias en memorias USB no se tocan. Algunos discos (la mayoría de los SSD y memorias USB) pueden conservar copias antiguas de los datos donde ningún programa llega; solo destruir el disco las elimina.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove the plan</source>
        <translation>&amp;Quitar el plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was removed from this computer (%2).</source>
        <translation>%1 se quitó de esta computadora (%2).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/words.py" line="+20"/>
        <source>To discuss</source>
        <translation>Por hablar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In place</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>Trabajador/a social</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Trusted adult</source>
        <translation>Adulto de confianza</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablet</source>
        <translation>Tableta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game console</source>
        <translation>Consola de videojuegos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handheld console</source>
        <translation>Consola portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart speaker</source>
        <translation>Altavoz inteligente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smart TV</source>
        <translation>Televisor inteligente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webcam</source>
        <translation>Cámara web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smartwatch</source>
        <translation>Reloj inteligente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VR headset</source>
        <translation>Visor de realidad virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other device</source>
        <translation>Otro dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caregiver</source>
        <translation>Cuidador/a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Ya no la usa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watching</source>
        <translation>En observación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private messages</source>
        <translation>Mensajes privados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact from strangers</source>
        <translation>Contacto con desconocidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location sharing</source>
        <translation>Compartir la ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live streaming</source>
        <translation>Transmisión en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice chat</source>
        <translation>Chat de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disappearing messages</source>
        <translation>Mensajes que desaparecen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts or in-app money</source>
        <translation>Regalos o dinero dentro de la app</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Games</source>
        <translation>Juegos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game platforms and stores</source>
        <translation>Plataformas y tiendas de juegos</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../planner/ui/excepthook.py" line="-6"/>
        <source>Something went wrong inside the planner: this is a bug, not something you did. Nothing you saved is lost.</source>
        <translation>Algo falló dentro del planificador: es un error del programa, no algo que usted hizo. No se ha perdido nada de lo que guardó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical details were written to %1.</source>
        <translation>Los detalles técnicos se escribieron en %1.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs/shortcuts_page.py" line="+39"/>
        <source>Quick exit: hide the planner at once and close it</source>
        <translation>Salida rápida: ocultar el planificador al instante y cerrarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift three times</source>
        <translation>Mayús tres veces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick exit, from anywhere in the planner</source>
        <translation>Salida rápida, desde cualquier parte del planificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the plan (a plan protected with a passphrase)</source>
        <translation>Bloquear el plan (un plan protegido con frase de contraseña)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the editor you are typing in</source>
        <translation>Guardar el editor en el que está escribiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close an editor or a dialog</source>
        <translation>Cerrar un editor o un cuadro de diálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the button or go to the field with that letter</source>
        <translation>Pulsar el botón o ir al campo con esa letra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the next control</source>
        <translation>Pasar al siguiente control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this list</source>
        <translation>Mostrar esta lista</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Sections</source>
        <translation>S&amp;ecciones</translation>
    </message>
    <message>
        <location filename="../../planner/ui/views/risk_badges.py" line="+56"/>
        <source>Full frame and triangle: the app has this feature. Dashed frame and circle: it has it in part (limited). Question mark: the planner does not know the app yet.</source>
        <translation>Marco continuo y triángulo: la aplicación tiene esta función. Marco discontinuo y círculo: la tiene en parte (limitada). Signo de interrogación: el planificador todavía no conoce la aplicación.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not known yet: check what it allows</source>
        <translation>Aún no se sabe: compruebe lo que permite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Has this feature</source>
        <translation>Tiene esta función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has it in part (limited)</source>
        <translation>La tiene en parte (limitada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the badges mean</source>
        <translation>Qué significan las etiquetas</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../planner/ui/about.py" line="+77"/>
        <source>About</source>
        <translation>Acerca del planificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder where the planner keeps its files</source>
        <translation>Carpeta donde el planificador guarda sus archivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software under the GNU General Public License, version 3 or later. The planner makes no network connections: your plan stays on this computer unless you export it.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. El planificador no se conecta a ninguna red: su plan se queda en esta computadora, salvo que usted lo exporte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The planner keeps its files in this folder:</source>
        <translation>El planificador guarda sus archivos en esta carpeta:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>built into this planner</source>
        <translation>incluida en este planificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated from a file</source>
        <translation>actualizada desde un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety information: version %1 (%2), checked on %3.</source>
        <translation>Información de seguridad: versión %1 (%2), comprobada el %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is signed with a TEST key, not by the planner&apos;s makers.</source>
        <translation>Está firmada con una clave de PRUEBA, no por los creadores del planificador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An imported update was not used: its file was changed or damaged. Use Help, Update safety information from a file, to import it again.</source>
        <translation>No se usó una actualización importada: su archivo se modificó o está dañado. Use Ayuda, Actualizar la información de seguridad desde un archivo, para importarla de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planner icon</source>
        <translation>Icono del planificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family Safety Planner</source>
        <translation>Planificador de Seguridad Familiar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Included components and their licences</source>
        <translation>Componentes incluidos y sus licencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licence of %1</source>
        <translation>Licencia de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
</context>
<context>
    <name>AddSettingDialog</name>
    <message>
        <location filename="../../planner/ui/dialogs/add_setting.py" line="+32"/>
        <source>Add a setting</source>
        <translation>Añadir un ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;recommended setting</source>
        <translation>Un ajuste &amp;recomendado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;own setting</source>
        <translation>Un ajuste &amp;propio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended setting</source>
        <translation>Ajuste recomendado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own setting</source>
        <translation>Ajuste propio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Phone stays downstairs at night</source>
        <translation>Por ejemplo: el teléfono se queda abajo por la noche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every recommended setting is already on the list.</source>
        <translation>Todos los ajustes recomendados ya están en la lista.</translation>
    </message>
</context>
<context>
    <name>AdultEditor</name>
    <message>
        <location filename="../../planner/ui/dialogs/child_editor.py" line="+130"/>
        <source>Edit adult</source>
        <translation>Editar adulto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an adult</source>
        <translation>Añadir un adulto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: mother, neighbour, coach</source>
        <translation>Por ejemplo: madre, vecina, entrenador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>AdultsPanel</name>
    <message>
        <location filename="../../planner/ui/views/children.py" line="+141"/>
        <source>Add adu&amp;lt…</source>
        <translation>Añadir a&amp;dulto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ad&amp;ult…</source>
        <translation>Editar ad&amp;ulto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dele&amp;te adult…</source>
        <translation>Borrar adul&amp;to…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adults of the household: caregivers and trusted adults</source>
        <translation>Adultos de la familia: cuidadores y adultos de confianza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adult added.</source>
        <translation>Adulto añadido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adult saved.</source>
        <translation>Adulto guardado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete adult</source>
        <translation>Borrar adulto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1” from the adults of the household, with their phone number and notes? This cannot be undone.</source>
        <translation>¿Borrar a “%1” de los adultos de la familia, con su teléfono y sus notas? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adult deleted.</source>
        <translation>Adulto borrado.</translation>
    </message>
</context>
<context>
    <name>AgreedOnDialog</name>
    <message>
        <location filename="../../planner/ui/dialogs/rule_editor.py" line="+160"/>
        <source>Mark the rule as agreed</source>
        <translation>Marcar la regla como acordada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did you agree on this rule?</source>
        <translation>¿Cuándo acordaron esta regla?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not agreed yet</source>
        <translation>Todavía &amp;no acordada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Acordada el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Acordada el</translation>
    </message>
</context>
<context>
    <name>AppFacts</name>
    <message>
        <location filename="../../planner/ui/views/app_facts.py" line="+265"/>
        <source>This app was added by name, so the planner has no facts about it: what it allows, how to block or how to report. Look in the app&apos;s own settings and help pages, and write what you agree in the settings checklist.</source>
        <translation>Esta app se añadió por su nombre, así que el planificador no tiene datos sobre ella: qué permite, cómo bloquear o cómo denunciar. Consulte los ajustes y las páginas de ayuda de la propia app, y anote lo que acuerden en la lista de ajustes.</translation>
    </message>
</context>
<context>
    <name>AppFactsPanel</name>
    <message>
        <location line="-155"/>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed?</source>
        <translation>¿Lo permite?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the app allows</source>
        <translation>Lo que permite la app</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tools for parents</source>
        <translation>Herramientas para padres</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This app has closed (%1).</source>
        <translation>Esta app ya cerró (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This app was added by name, so the planner has no facts about it. Look in the app&apos;s own settings and help pages, then record below what it allows. The Overview shows what you record; what you have not checked yet stays “Not known yet”.</source>
        <translation>Esta app se añadió por su nombre, así que el planificador no tiene datos sobre ella. Consulte los ajustes y las páginas de ayuda de la propia app y luego anote abajo lo que permite. El resumen muestra lo que usted anote; lo que todavía no haya comprobado sigue como «Aún no se sabe».</translation>
    </message>
</context>
<context>
    <name>AppPicker</name>
    <message>
        <location filename="../../planner/ui/dialogs/app_picker.py" line="+201"/>
        <source>Add apps</source>
        <translation>Añadir apps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>AppPickerWidget</name>
    <message>
        <location line="-153"/>
        <source>Start typing an app&apos;s name</source>
        <translation>Empiece a escribir el nombre de una app</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds of apps</source>
        <translation>Todo tipo de apps</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick or untick an app.</source>
        <translation>Pulse Espacio para marcar o desmarcar una app.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An app that is not in the list</source>
        <translation>Una app que no está en la lista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Search by name:</source>
        <translation>&amp;Buscar por nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of app:</source>
        <translation>&amp;Tipo de app:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the a&amp;pps (Space ticks the one selected):</source>
        <translation>Marque las a&amp;pps (Espacio marca la seleccionada):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or add an app by na&amp;me:</source>
        <translation>O añada una app por su no&amp;mbre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of app</source>
        <translation>Tipo de app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an app by name</source>
        <translation>Añadir una app por su nombre</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>1 app chosen</source>
        <translation>1 aplicación elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 apps chosen</source>
        <translation>%1 aplicaciones elegidas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No app in the list matches. You can add it by name below.</source>
        <translation>Ninguna app de la lista coincide. Puede añadirla por su nombre más abajo.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <location filename="../../planner/ui/dialogs/first_run.py" line="+57"/>
        <source>The apps each child uses</source>
        <translation>Las apps que usa cada niño o niña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the apps each child uses. Their recommended settings go on a checklist as “To discuss”. You can change all of this later.</source>
        <translation>Marque las apps que usa cada niño o niña. Sus ajustes recomendados pasan a una lista como “Por hablar”. Puede cambiar todo esto más tarde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Tab moves to the next child.</source>
        <translation>Ctrl+Tab pasa al siguiente niño o niña.</translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <location filename="../../planner/ui/views/apps.py" line="+47"/>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Child:</source>
        <translation>&amp;Niño/a:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Apps &amp; settings</source>
        <translation>Apps y ajustes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In place</source>
        <translation>Aplicados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The child&apos;s apps</source>
        <translation>Las apps del niño o niña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add apps…</source>
        <translation>&amp;Añadir apps…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>Stop &amp;using</source>
        <translation>&amp;Dejar de usar</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>&amp;Delete app…</source>
        <translation>&amp;Borrar app…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;What it allows</source>
        <translation>&amp;Qué permite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings checklist</source>
        <translation>&amp;Lista de ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block and report</source>
        <translation>Bl&amp;oquear y denunciar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add a child in the Children section first; their apps go here.</source>
        <translation>Primero añada un niño o niña en la sección Niños; sus apps aparecen aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No apps yet. Choose “Add apps…” to pick the apps this child uses.</source>
        <translation>Todavía no hay apps. Elija “Añadir apps…” para escoger las apps que usa.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no settings</source>
        <translation>sin ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start using a&amp;gain</source>
        <translation>&amp;Volver a usar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tick every app %1 uses. The planner adds its recommended settings to the checklist as “To discuss”.</source>
        <translation>Marque cada app que usa %1. El planificador añade sus ajustes recomendados a la lista como “Por hablar”.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apps added.</source>
        <translation>Apps añadidas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>App marked as in use.</source>
        <translation>App marcada como en uso.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>App stopped.</source>
        <translation>App marcada como sin usar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete app</source>
        <translation>Borrar app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from this child&apos;s apps?</source>
        <translation>¿Borrar %1 de las apps de este niño o niña?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Concerns about it are kept. This cannot be undone.</source>
        <translation> Las preocupaciones sobre ella se conservan. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>App deleted.</source>
        <translation>App borrada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its 1 setting</source>
        <translation>su ajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 settings</source>
        <translation>sus %1 ajustes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 reminder</source>
        <translation>1 recordatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reminders</source>
        <translation>%1 recordatorios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> This also deletes %1.</source>
        <translation> También se borrará %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>AutostartToggle</name>
    <message>
        <location filename="../../planner/ui/views/reminder_autostart.py" line="+25"/>
        <source>Remind me even &amp;when the planner is closed</source>
        <translation>Recordarme aunque el plani&amp;ficador esté cerrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts the planner quietly in the system tray when you log in to this computer, so that reminders come back on time.</source>
        <translation>Abre el planificador discretamente en la bandeja del sistema al iniciar sesión en esta computadora, para que los recordatorios lleguen a tiempo.</translation>
    </message>
</context>
<context>
    <name>BlockReportPanel</name>
    <message>
        <location filename="../../planner/ui/views/app_facts.py" line="+25"/>
        <source>How to block someone</source>
        <translation>Cómo bloquear a alguien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to report someone</source>
        <translation>Cómo denunciar a alguien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report page address</source>
        <translation>Dirección de la página de denuncias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report page:</source>
        <translation>Página de denuncias:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;opy address</source>
        <translation>Copia&amp;r dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the address so you can paste it into a web browser.</source>
        <translation>Copia la dirección para que pueda pegarla en un navegador web.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Address copied. Paste it into a web browser.</source>
        <translation>Dirección copiada. Péguela en un navegador web.</translation>
    </message>
</context>
<context>
    <name>CaregiversPage</name>
    <message>
        <location filename="../../planner/ui/dialogs/first_run_adults.py" line="+28"/>
        <source>The caregivers</source>
        <translation>Los cuidadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: the adults who look after the children; each gets a line to sign on the family agreement. You can also add them later, with trusted adults and phone numbers, in the Children section.</source>
        <translation>Opcional: los adultos que cuidan de los niños y niñas; cada uno tiene una línea para firmar en el acuerdo familiar. También puede añadirlos más tarde, con los adultos de confianza y los teléfonos, en la sección Niños.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Caregiver&apos;s name</source>
        <translation>Nombre del cuidador o cuidadora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: mother, grandfather, foster carer</source>
        <translation>Por ejemplo: madre, abuelo, madre de acogida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship to the children</source>
        <translation>Relación con los niños y niñas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add caregiver</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove caregiver</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Caregivers added</source>
        <translation>Cuidadores añadidos</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lationship:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the caregiver&apos;s name</source>
        <translation>el nombre del cuidador o cuidadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the relationship</source>
        <translation>la relación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already on the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
</context>
<context>
    <name>CheckedLine</name>
    <message>
        <location filename="../../planner/ui/views/app_facts.py" line="-184"/>
        <source>This fact was checked more than a year ago — it may be out of date.</source>
        <translation>Este dato se comprobó hace más de un año; puede estar desactualizado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checked on %1.</source>
        <translation>Comprobado el %1.</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message>
        <location filename="../../planner/ui/views/overview_cards.py" line="+32"/>
        <source>%1 (limited)</source>
        <translation>%1 (limitado)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Open %1&apos;s apps</source>
        <translation>&amp;Abrir las apps de %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, age %2</source>
        <translation>%1, %2 años</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 agreed, %2 in place, %3 to discuss</source>
        <translation>%1 acordados, %2 aplicados, %3 por hablar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last conversation:</source>
        <translation>Última conversación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none noted yet</source>
        <translation>ninguna anotada todavía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders due:</source>
        <translation>Recordatorios pendientes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Open concerns:</source>
        <translation>Preocupaciones abiertas:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+50"/>
        <source>Apps in use:</source>
        <translation>Apps en uso:</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>none added yet</source>
        <translation>ninguna añadida todavía</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no risky features known</source>
        <translation>no se conocen funciones de riesgo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChildEditor</name>
    <message>
        <location filename="../../planner/ui/dialogs/child_editor.py" line="-55"/>
        <source>Edit child</source>
        <translation>Editar niño/a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a child</source>
        <translation>Añadir un niño o niña</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A nickname is enough, and only the birth year is kept: the plan never needs a full name or a birthday.</source>
        <translation>Basta con un apodo, y solo se guarda el año de nacimiento: el plan nunca necesita un nombre completo ni una fecha de cumpleaños.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>Año de &amp;nacimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Age this year: %1</source>
        <translation>Edad este año: %1</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../planner/ui/dialogs/first_run_children.py" line="+25"/>
        <source>The children</source>
        <translation>Los niños y niñas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add each child with a nickname and the year they were born. A nickname is enough: the plan never needs a full name.</source>
        <translation>Añada a cada niño o niña con un apodo y su año de nacimiento. Basta con un apodo: el plan nunca necesita un nombre completo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>For example: 2014</source>
        <translation>Por ejemplo: 2014</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add child</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Born in</source>
        <translation>Nació en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove child</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Children added</source>
        <translation>Niños y niñas añadidos</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nic&amp;kname:</source>
        <translation>A&amp;podo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Year of birth:</source>
        <translation>Año de naci&amp;miento:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the child&apos;s nickname</source>
        <translation>el apodo del niño o niña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth year must be a year, such as 2014.</source>
        <translation>El año de nacimiento debe ser un año, como 2014.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already on the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add at least one child: a nickname and a year.</source>
        <translation>Añada al menos un niño o niña: un apodo y un año.</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <location filename="../../planner/ui/views/children.py" line="-167"/>
        <source>&amp;Add child…</source>
        <translation>&amp;Añadir niño/a…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit child…</source>
        <translation>&amp;Editar niño/a…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete c&amp;hild…</source>
        <translation>Bo&amp;rrar niño/a…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (born %2)</source>
        <translation>%1 (nació en %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Child added.</source>
        <translation>Niño/a añadido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Child saved.</source>
        <translation>Niño/a guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete child</source>
        <translation>Borrar niño/a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Child deleted.</source>
        <translation>Niño/a borrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings for those apps</source>
        <translation>Ajustes de esas apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household rules</source>
        <translation>Reglas de la casa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations only about %1</source>
        <translation>Conversaciones solo sobre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1 from this plan?</source>
        <translation>¿Borrar a %1 de este plan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing else is recorded about them.</source>
        <translation>No hay nada más anotado sobre este niño o niña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This also deletes, for good:</source>
        <translation>Esto también borra, para siempre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations shared with other children stay. This cannot be undone.</source>
        <translation>Las conversaciones compartidas con otros niños se conservan. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>ChildrenView</name>
    <message>
        <location line="+85"/>
        <source>The children this plan is for, the devices they use and the rules you agreed together; and the adults they can turn to.</source>
        <translation>Los niños y niñas de este plan, los dispositivos que usan y las reglas que acordaron juntos; y los adultos a quienes pueden acudir.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
</context>
<context>
    <name>ConcernEditor</name>
    <message>
        <location filename="../../planner/ui/dialogs/concern_editor.py" line="+57"/>
        <source>Edit concern</source>
        <translation>Editar preocupación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write down a concern</source>
        <translation>Anotar una preocupación</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;Images and videos are never stored here, by design.&lt;/b&gt; Keeping sexual images of a child is a crime, even for a parent collecting evidence. Write down the username, the profile address, the date and what was said instead.</source>
        <translation>&lt;b&gt;Aquí nunca se guardan imágenes ni videos, a propósito.&lt;/b&gt; Guardar imágenes sexuales de un menor es un delito, incluso para un padre o una madre que reúne pruebas. En su lugar, anote el nombre de usuario, la dirección del perfil, la fecha y lo que se dijo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Images and videos are never stored here</source>
        <translation>Aquí nunca se guardan imágenes ni videos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date it happened</source>
        <translation>Fecha en que ocurrió</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose or type the app&apos;s name</source>
        <translation>Elija o escriba el nombre de la app</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address of their profile page</source>
        <translation>La dirección de su página de perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hild:</source>
        <translation>&amp;Niño/a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pp:</source>
        <translation>A&amp;pp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;username:</source>
        <translation>Su nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their p&amp;rofile address:</source>
        <translation>Dirección de su pe&amp;rfil:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happ&amp;ened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Anything else you d&amp;id:</source>
        <translation>Algo más que &amp;hizo:</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ollow-up:</source>
        <translation>Se&amp;guimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Warning signs you saw:</source>
        <translation>&amp;Señales de alerta que vio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs you saw</source>
        <translation>Señales de alerta que vio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blocked them</source>
        <translation>Se le &amp;bloqueó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to the &amp;app</source>
        <translation>Se &amp;denunció en la app</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The app&apos;s report &amp;number:</source>
        <translation>Número de denuncia de la &amp;app:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CyberTipline report number:</source>
        <translation>Número de denuncia en &amp;CyberTipline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Po&amp;lice report number:</source>
        <translation>Número de denuncia en la po&amp;licía:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Move through the list to read what each sign looks like.</source>
        <translation>Recorra la lista para leer cómo se ve cada señal.</translation>
    </message>
</context>
<context>
    <name>ConcernsView</name>
    <message>
        <location filename="../../planner/ui/views/concerns.py" line="+37"/>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write down what worried you, in words. Never keep pictures or videos of it here or anywhere: note the username, the address, the date and what was said.</source>
        <translation>Anote con palabras lo que le preocupó. Nunca guarde fotos ni videos de ello, ni aquí ni en ningún otro lugar: anote el nombre de usuario, la dirección, la fecha y lo que se dijo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Write down a concern…</source>
        <translation>&amp;Anotar una preocupación…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 concern</source>
        <translation>1 preocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 concerns</source>
        <translation>%1 preocupaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No concerns written down. If something online worries you, choose “Write down a concern”: it also lists what to do now.</source>
        <translation>No hay preocupaciones anotadas. Si algo en internet le preocupa, elija “Anotar una preocupación”: también le dice qué hacer ahora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their username</source>
        <translation>Su nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other person</source>
        <translation>La otra persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2, on %3.</source>
        <translation>%1, %2, en %3.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1.</source>
        <translation>Estado: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked them.</source>
        <translation>Se le bloqueó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported to the app, report number %1.</source>
        <translation>Se denunció en la app, número de denuncia %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported to the app.</source>
        <translation>Se denunció en la app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CyberTipline report number: %1</source>
        <translation>Número de denuncia en CyberTipline: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police report number: %1</source>
        <translation>Número de denuncia en la policía: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Concern saved.</source>
        <translation>Preocupación guardada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concern written down.</source>
        <translation>Preocupación anotada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete concern</source>
        <translation>Borrar preocupación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the concern of %1 about %2? What happened, the username and the report numbers will be lost. This cannot be undone.</source>
        <translation>¿Borrar la preocupación del %1 sobre %2? Se perderán lo que pasó, el nombre de usuario y los números de denuncia. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Concern deleted.</source>
        <translation>Preocupación borrada.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../planner/ui/dialogs/contact_editor.py" line="+25"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text number:</source>
        <translation>Número para &amp;mensajes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../planner/ui/views/contacts.py" line="+37"/>
        <source>In danger right now? Call the emergency number. The built-in contacts were checked against their official sources; add your own below.</source>
        <translation>¿Hay peligro ahora mismo? Llame al número de emergencias. Los contactos incluidos se comprobaron en sus fuentes oficiales; añada los suyos abajo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;number</source>
        <translation>Copiar &amp;número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;web address</source>
        <translation>Copiar dirección &amp;web</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Hides a contact you do not need; it can be shown again.</source>
        <translation>Oculta un contacto que no necesita; puede volver a mostrarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show hidden &amp;contacts</source>
        <translation>Ver contactos o&amp;cultos</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> (hidden)</source>
        <translation> (oculto)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a contact to see what it is for.</source>
        <translation>Elija un contacto para ver para qué sirve.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TTY: %1</source>
        <translation>TTY: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked on %1.</source>
        <translation>Comprobado el %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages: %1</source>
        <translation>Idiomas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes: %1</source>
        <translation>Sus notas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contact added.</source>
        <translation>Contacto añadido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact saved.</source>
        <translation>Contacto guardado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact shown.</source>
        <translation>Contacto visible de nuevo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact hidden.</source>
        <translation>Contacto oculto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete contact</source>
        <translation>Borrar contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the contact “%1”? This cannot be undone.</source>
        <translation>¿Borrar el contacto “%1”? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact deleted.</source>
        <translation>Contacto borrado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
</context>
<context>
    <name>ContentUpdateDialog</name>
    <message>
        <location filename="../../planner/ui/dialogs/content_update.py" line="+45"/>
        <source>Update safety information</source>
        <translation>Actualizar la información de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is signed with a TEST key, not by the planner&apos;s makers: apply it only to try the planner, never on a computer that families use.</source>
        <translation>Está firmada con una clave de PRUEBA, no por los creadores del planificador: aplíquela solo para probar el planificador, nunca en un equipo que usen familias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was made and signed by the planner&apos;s makers.</source>
        <translation>La hicieron y firmaron los creadores del planificador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This update is version %1, checked on %2. %3 Read what it changes before you apply it.</source>
        <translation>Esta actualización es la versión %1, comprobada el %2. %3 Lea lo que cambia antes de aplicarla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the update changes</source>
        <translation>Lo que cambia la actualización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines marked with a warning change a phone number or an address people use to get help: check them before you print a new plan.</source>
        <translation>Las líneas marcadas con una advertencia cambian un número de teléfono o una dirección que se usa para pedir ayuda: revíselas antes de imprimir un plan nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Apply the update</source>
        <translation>&amp;Aplicar la actualización</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A changed phone number or address</source>
        <translation>Un número de teléfono o una dirección que cambia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing that people see: only its version and date.</source>
        <translation>Nada que se vea: solo su versión y su fecha.</translation>
    </message>
</context>
<context>
    <name>ContentUpdateFlow</name>
    <message>
        <location line="+16"/>
        <source>Choose the safety information update (a .fspack file)</source>
        <translation>Elija la actualización de la información de seguridad (un archivo .fspack)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety information updates (*.fspack)</source>
        <translation>Actualizaciones de la información de seguridad (*.fspack)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The planner now uses safety information %1.</source>
        <translation>El planificador ahora usa la información de seguridad %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update safety information</source>
        <translation>Actualizar la información de seguridad</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <location filename="../../planner/ui/dialogs/conversation_editor.py" line="+65"/>
        <source>Edit conversation</source>
        <translation>Editar conversación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a conversation</source>
        <translation>Anotar una conversación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date of the conversation</source>
        <translation>Fecha de la conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children who took part</source>
        <translation>Niños y niñas que participaron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions to start with</source>
        <translation>Preguntas para empezar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the child wants</source>
        <translation>Qué quiere el niño o niña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: look at the friends list together</source>
        <translation>Por ejemplo: mirar juntos la lista de amigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hildren who took part:</source>
        <translation>&amp;Niños y niñas que participaron:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Questions to start with (not saved):</source>
        <translation>&amp;Preguntas para empezar (no se guardan):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was &amp;said:</source>
        <translation>Qué se &amp;dijo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the child &amp;wants:</source>
        <translation>Qué &amp;quiere el niño o niña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seguimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up d&amp;ate:</source>
        <translation>Fecha de seguimient&amp;o:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a child and a topic to see questions that fit their age.</source>
        <translation>Elija un niño o niña y un tema para ver preguntas adecuadas a su edad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For %1 (ages %2):</source>
        <translation>Para %1 (%2 años):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These are written for ages 8 to 10: with a younger child, ask in simpler words, or start from a story or a picture.</source>
        <translation>Están escritas para edades de 8 a 10 años: con un niño o niña más pequeño, pregunte con palabras más sencillas, o empiece por un cuento o un dibujo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least one child who was part of the talk.</source>
        <translation>Elija al menos un niño o niña que participó en la conversación.</translation>
    </message>
</context>
<context>
    <name>ConversationsView</name>
    <message>
        <location filename="../../planner/ui/views/conversations.py" line="+33"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log a conversation…</source>
        <translation>&amp;Anotar una conversación…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 conversation</source>
        <translation>1 conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 conversations</source>
        <translation>%1 conversaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>On %1.</source>
        <translation>El %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When and with whom</source>
        <translation>Cuándo y con quién</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the child wants</source>
        <translation>Qué quiere el niño o niña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No conversations written down yet. After a talk, choose “Log a conversation” to keep what was said and what the child wants.</source>
        <translation>Todavía no hay conversaciones anotadas. Después de hablar, elija “Anotar una conversación” para guardar lo que se dijo y lo que quiere el niño o niña.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conversation saved.</source>
        <translation>Conversación guardada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversation added.</source>
        <translation>Conversación añadida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete conversation</source>
        <translation>Borrar conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the conversation of %1 with %2? What was said, what the child wants and the follow-up will be lost. This cannot be undone.</source>
        <translation>¿Borrar la conversación del %1 con %2? Se perderán lo que se dijo, lo que quiere el niño o niña y el seguimiento. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conversation deleted.</source>
        <translation>Conversación borrada.</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <location filename="../../planner/ui/dialogs/first_run_pages.py" line="+280"/>
        <source>Your country</source>
        <translation>Su país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The planner adds the helplines and emergency number of your country, and prints on the paper size used there.</source>
        <translation>El planificador añade las líneas de ayuda y el número de emergencias de su país, e imprime en el tamaño de papel que se usa allí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your country is not listed? Choose the closest one, then add your own helplines in the Contacts section.</source>
        <translation>¿Su país no aparece? Elija el más cercano y luego añada sus propias líneas de ayuda en la sección Contactos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emergency number: %1</source>
        <translation>Número de emergencias: %1</translation>
    </message>
</context>
<context>
    <name>DeviceEditor</name>
    <message>
        <location filename="../../planner/ui/dialogs/child_editor.py" line="+44"/>
        <source>Edit device</source>
        <translation>Editar dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a device</source>
        <translation>Añadir un dispositivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: the family laptop</source>
        <translation>Por ejemplo: la laptop de la familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../planner/ui/views/children_panels.py" line="+154"/>
        <source>Add de&amp;vice…</source>
        <translation>Añadir dispositi&amp;vo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit devi&amp;ce…</source>
        <translation>Editar dispositiv&amp;o…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete dev&amp;ice…</source>
        <translation>Borrar d&amp;ispositivo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices (choose a child first)</source>
        <translation>Dispositivos (primero elija un niño o niña)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s devices</source>
        <translation>Dispositivos de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Device added.</source>
        <translation>Dispositivo añadido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device saved.</source>
        <translation>Dispositivo guardado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete device</source>
        <translation>Borrar dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the device “%1” and its notes? This cannot be undone.</source>
        <translation>¿Borrar el dispositivo “%1” y sus notas? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device deleted.</source>
        <translation>Dispositivo borrado.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../planner/ui/drafts.py" line="+119"/>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was not saved when the plan was locked or closed. What was written is kept inside the plan. Take it back?</source>
        <translation>«%1» no se había guardado cuando el plan se bloqueó o se cerró. Lo escrito se guarda dentro del plan. ¿Recuperarlo?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Take it back</source>
        <translation>&amp;Recuperarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>&amp;Delete it</source>
        <translation>&amp;Borrarlo</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>What was written, to copy into the section it belongs to:</source>
        <translation>Lo que se escribió, para copiarlo en la sección a la que pertenece:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was written</source>
        <translation>Lo que se escribió</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep it for later</source>
        <translation>&amp;Guardarlo para más tarde</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../planner/ui/dialogs/editor.py" line="+258"/>
        <source>Save what you changed?</source>
        <translation>¿Guardar lo que cambió?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar los cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../planner/ui/views/export.py" line="+54"/>
        <source>Include the conversation log and the concerns (private: off by default)</source>
        <translation>Incluir las conversaciones y las preocupaciones (privado: desactivado de entrada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Plan for:</source>
        <translation>&amp;Plan para:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give calendar events the reminders&apos; own titles (anyone who sees the calendar or a phone&apos;s lock screen can read them)</source>
        <translation>Poner en el calendario los títulos propios de los recordatorios (cualquiera que vea el calendario o la pantalla de bloqueo de un teléfono podrá leerlos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved and printed copies are NOT encrypted, even when the plan has a passphrase: anyone who finds them can read them. Keep them somewhere safe.</source>
        <translation>Las copias guardadas e impresas NO están cifradas, aunque el plan tenga frase de contraseña: cualquiera que las encuentre puede leerlas. Guárdelas en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a screen reader, save the web page version: it reads best.</source>
        <translation>Para un lector de pantalla, guarde la versión de página web: es la que mejor se lee.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the printed plan</source>
        <translation>Vista previa del plan impreso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export and print</source>
        <translation>Exportar e imprimir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;web page…</source>
        <translation>Guardar como página &amp;web…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;backup…</source>
        <translation>Copia de &amp;seguridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole plan as one file, to restore it later or on another computer.</source>
        <translation>Todo el plan en un solo archivo, para restaurarlo más tarde o en otra computadora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders to &amp;calendar…</source>
        <translation>Recordatorios al &amp;calendario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar file of the reminders, with neutral titles unless chosen above.</source>
        <translation>Un archivo de calendario con los recordatorios, con títulos neutros salvo que se elija lo contrario arriba.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The family (adults)</source>
        <translation>La familia (adultos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (young person&apos;s plan)</source>
        <translation>%1 (plan para jóvenes)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan backups (*.json)</source>
        <translation>Copias de seguridad del plan (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file could not be written: %1.</source>
        <translation>No se pudo escribir el archivo: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1. This file is not encrypted.</source>
        <translation>Guardado en %1. Este archivo no está cifrado.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sent to the printer. Printed copies are not locked.</source>
        <translation>Enviado a la impresora. Las copias impresas no están protegidas.</translation>
    </message>
</context>
<context>
    <name>FamilyFacts</name>
    <message>
        <location filename="../../planner/ui/views/family_facts.py" line="+28"/>
        <source>What this app allows</source>
        <translation>Lo que permite esta app</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allows it</source>
        <translation>Lo permite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allows it in part</source>
        <translation>Lo permite en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not allow it</source>
        <translation>No lo permite</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2. Saved.</source>
        <translation>%1: %2. Guardado.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../planner/ui/dialogs/first_run.py" line="+61"/>
        <source>Set up the planner</source>
        <translation>Preparar el planificador</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <location filename="../../planner/ui/views/guidance.py" line="+54"/>
        <source>Guidance pages</source>
        <translation>Páginas de orientación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance text</source>
        <translation>Texto de orientación</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+156"/>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>What adults can do</source>
        <translation>Lo que pueden hacer los adultos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips for young people</source>
        <translation>Consejos para jóvenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning signs</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking together</source>
        <translation>Hablar juntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household agreements</source>
        <translation>Acuerdos de la casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If something worrying happens</source>
        <translation>Si pasa algo preocupante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this planner can and cannot do</source>
        <translation>Lo que este planificador puede y no puede hacer</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the planner:</source>
        <translation>En el planificador:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>One sign alone does not prove anything. Several together, or a sign that worries you, are worth a calm talk.</source>
        <translation>Una sola señal no prueba nada. Varias juntas, o una señal que le preocupe, merecen una conversación tranquila.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ages %1</source>
        <translation>De %1 años</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ideas for the rules your household agrees on together. Pick the ones that fit; each child&apos;s agreed rules are kept with that child.</source>
        <translation>Ideas para las reglas que su familia acuerda en conjunto. Escoja las que le sirvan; las reglas acordadas de cada niño o niña se guardan con él o ella.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ages %1 to %2</source>
        <translation>de %1 a %2 años</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checked on %1.</source>
        <translation>Comprobado el %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked between %1 and %2.</source>
        <translation>Comprobado entre el %1 y el %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../planner/ui/dialogs/help_page.py" line="+23"/>
        <source>What the planner protects</source>
        <translation>Lo que protege el planificador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the planner protects, and what it cannot</source>
        <translation>Lo que protege el planificador, y lo que no puede proteger</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../planner/ui/views/log_view.py" line="+83"/>
        <source>Details of the chosen entry</source>
        <translation>Detalles de la entrada elegida</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add a child first.</source>
        <translation>Primero añada un niño o niña.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words to look for</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>Bo&amp;rrar…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All children</source>
        <translation>Todos los niños</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose an entry to read all of it.</source>
        <translation>Elija una entrada para leerla completa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches. Try fewer words, or show all children.</source>
        <translation>Nada coincide. Pruebe con menos palabras, o muestre todos los niños.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing written down yet.</source>
        <translation>Todavía no hay nada anotado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/main_window.py" line="+96"/>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Protect with a passphrase…</source>
        <translation>Proteger con frase de contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypts this plan so that it can only be opened with a passphrase.</source>
        <translation>Cifra este plan para que solo se pueda abrir con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Closes the plan on screen until the passphrase is entered again.</source>
        <translation>Cierra el plan en la pantalla hasta que se vuelva a escribir la frase de contraseña.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hides the planner at once and closes it. Shortcut: Ctrl+Shift+Q.</source>
        <translation>Oculta el planificador al instante y lo cierra. Atajo: Ctrl+Mayús+Q.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+Q, or press Shift three times</source>
        <translation>Ctrl+Mayús+Q, o pulse Mayús tres veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Family plans</source>
        <translation>Planes de &amp;familias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another family&apos;s plan, save this plan to a USB stick, or remove it.</source>
        <translation>Abrir el plan de otra familia, guardar este plan en una memoria USB o quitarlo.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Follow-up reminder</source>
        <translation>Recordatorio de seguimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminder added.</source>
        <translation>Recordatorio añadido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add the reminder</source>
        <translation>&amp;Añadir el recordatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>Opcio&amp;nes del plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Proteger con frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hange the passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the pass&amp;phrase…</source>
        <translation>Quitar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a &amp;copy to…</source>
        <translation>&amp;Guardar una copia en…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another plan…</source>
        <translation>Abrir &amp;otro plan…</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+132"/>
        <source>&amp;Remove this plan from this computer…</source>
        <translation>Q&amp;uitar este plan de esta computadora…</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Start a plan for a &amp;new family…</source>
        <translation>Empezar un plan para una familia &amp;nueva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another family&apos;s plan…</source>
        <translation>&amp;Abrir el plan de otra familia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save this plan to a USB stick…</source>
        <translation>&amp;Guardar este plan en una memoria USB…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Add a reminder on %1: “%2”?</source>
        <translation>¿Añadir un recordatorio el %1: «%2»?</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/dialogs/shortcuts_page.py" line="-5"/>
        <location filename="../../planner/ui/main_window.py" line="+4"/>
        <source>&amp;Quick exit</source>
        <translation>&amp;Salida rápida</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What the planner protects</source>
        <translation>&amp;Lo que protege el planificador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update safety information from a file…</source>
        <translation>Act&amp;ualizar la información de seguridad desde un archivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About the planner</source>
        <translation>&amp;Acerca del planificador</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Settings saved.</source>
        <translation>Opciones del plan guardadas.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This plan is protected with a passphrase.</source>
        <translation>Este plan está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This family&apos;s plan is NOT protected: the next person at this computer, or whoever finds its USB stick, can open it. Protect it before you leave it.</source>
        <translation>El plan de esta familia NO está protegido: la próxima persona que use esta computadora, o quien encuentre su memoria USB, puede abrirlo. Protéjalo antes de dejarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This plan is not protected: anyone using this computer can open it.</source>
        <translation>Plan sin proteger: quien use esta computadora puede abrirlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open plan: %1 (file %2)</source>
        <translation>Plan abierto: %1 (archivo %2)</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../planner/ui/dialogs/first_run_pages.py" line="-262"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This planner helps you keep children safe online: the apps they use, the settings you agree, the talks you have and who to call. It works offline; nothing leaves this computer.</source>
        <translation>Le ayuda a proteger a los niños en internet: las apps que usan, los ajustes que acuerdan, las conversaciones y a quién llamar. Funciona sin conexión: nada sale de esta computadora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At &amp;home, for our own family</source>
        <translation>En &amp;casa, para nuestra familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a &amp;shelter or service, for a family we support</source>
        <translation>En un &amp;refugio o servicio, para una familia que apoyamos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where will you use this plan?</source>
        <translation>¿Dónde usará este plan?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One plan for your own children, kept on this computer.</source>
        <translation>Un plan para sus propios hijos e hijas, guardado en esta computadora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For staff: one plan per family you support, which can travel with the family on a USB stick.</source>
        <translation>Para el personal: un plan por cada familia que apoya, que puede acompañar a la familia en una memoria USB.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location line="+23"/>
        <source>The plan&apos;s name</source>
        <translation>El nombre del plan</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A name to tell plans apart. It is never shown in the window&apos;s title bar.</source>
        <translation>Un nombre para distinguir los planes. Nunca se muestra en la barra de título de la ventana.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Name of the plan</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the plan&apos;s file</source>
        <translation>Nombre del archivo del plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a neutral name, not the family&apos;s: anyone who looks in the folder or on the USB stick sees it. The suggested one is unique on this computer.</source>
        <translation>Use un nombre neutro, no el de la familia: cualquiera que mire en la carpeta o en la memoria USB lo ve. El que se sugiere es único en esta computadora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Plan&apos;s name:</source>
        <translation>Nombre del &amp;plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File name:</source>
        <translation>Nombre del a&amp;rchivo:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A name for staff to tell this family&apos;s plan apart, such as a room number. It is shown inside the window, never in its title bar.</source>
        <translation>Un nombre para que el personal distinga el plan de esta familia, como un número de habitación. Se muestra dentro de la ventana, nunca en su barra de título.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: Family A, room 12</source>
        <translation>Por ejemplo: Familia A, habitación 12</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Our family plan</source>
        <translation>El plan de nuestra familia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a name for the plan</source>
        <translation>un nombre para el plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file name needs letters or digits, and may have spaces, “-” and “_” (at most 40 characters).</source>
        <translation>Un nombre de archivo necesita letras o cifras, y puede tener espacios, “-” y “_” (40 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a plan named %1 on this computer. Choose another.</source>
        <translation>Ya hay un plan llamado %1 en esta computadora. Elija otro.</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../planner/ui/ops.py" line="+102"/>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../planner/ui/dialogs/log_fields.py" line="+119"/>
        <source>On a date:</source>
        <translation>En una fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: set a date</source>
        <translation>%1: poner una fecha</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../planner/ui/views/overview.py" line="+43"/>
        <source>No children in this plan yet. Add the first to see their apps and settings.</source>
        <translation>Este plan aún no tiene niños. Añada el primero para ver aquí sus aplicaciones y ajustes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a child…</source>
        <translation>Añadir un niño o niña…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For the household:</source>
        <translation>Para toda la familia:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The safety information in this planner was checked on %1, more than a year ago: apps may have changed their settings since. To update it from a file (a USB stick), use Help, Update safety information from a file.</source>
        <translation>La información de seguridad de este planificador se comprobó el %1, hace más de un año: es posible que las apps hayan cambiado sus ajustes desde entonces. Para actualizarla desde un archivo (una memoria USB), use Ayuda, Actualizar la información de seguridad desde un archivo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders due: %1</source>
        <translation>Recordatorios pendientes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings never checked: %1</source>
        <translation>Ajustes nunca comprobados: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings not checked for over %1 days: %2</source>
        <translation>Ajustes sin comprobar desde hace más de %1 días: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open concerns: %1</source>
        <translation>Preocupaciones abiertas: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../planner/ui/dialogs/passphrase.py" line="+11"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../planner/ui/dialogs/first_run_pages.py" line="+12"/>
        <source>Protect the plan with a passphrase</source>
        <translation>Proteger el plan con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a passphrase the plan is encrypted: nobody can read it without the passphrase. A few ordinary words that you will remember work well.</source>
        <translation>Con una frase de contraseña, el plan se cifra: nadie puede leerlo sin ella. Unas cuantas palabras comunes que usted recuerde funcionan bien.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Continue &amp;without a passphrase</source>
        <translation>Continuar &amp;sin frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without a passphrase, anyone using this computer can open the plan. You can add one later with “Protect with a passphrase…”.</source>
        <translation>Sin frase de contraseña, cualquiera que use esta computadora puede abrir el plan. Puede añadir una más tarde con “Proteger con frase de contraseña…”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In a shelter or service every family&apos;s plan needs a passphrase: the next person at this computer, or whoever finds the USB stick, must not be able to read it. Agree it with the family; only they and you should know it.</source>
        <translation>En un refugio o servicio, el plan de cada familia necesita una frase de contraseña: la próxima persona que use esta computadora, o quien encuentre la memoria USB, no debe poder leerlo. Acuérdela con la familia; solo ellos y usted deben conocerla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbala otra vez:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a passphrase twice: a family&apos;s plan needs one.</source>
        <translation>Escriba una frase de contraseña dos veces: el plan de una familia la necesita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a passphrase twice, or tick “Continue without a passphrase”.</source>
        <translation>Escriba una frase de contraseña dos veces, o marque “Continuar sin frase de contraseña”.</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <location filename="../../planner/ui/dialogs/plan_settings.py" line="+42"/>
        <source>Plan settings</source>
        <translation>Opciones del plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a shelter or agency</source>
        <translation>En un refugio o una agencia</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A protected plan locks itself after this long without use.</source>
        <translation>Un plan protegido se bloquea solo después de este tiempo sin uso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan &amp;name:</source>
        <translation>&amp;Nombre del plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Used:</source>
        <translation>&amp;Uso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after &amp;idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country chooses the built-in contacts and the paper size of printed plans.</source>
        <translation>El país determina los contactos incluidos y el tamaño de papel de los planes impresos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language shows the next time the plan is opened or unlocked.</source>
        <translation>El nuevo idioma se verá la próxima vez que se abra o se desbloquee el plan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> minute</source>
        <translation> minuto</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../planner/ui/notify.py" line="+152"/>
        <source>Show &amp;reminders</source>
        <translation>Ver &amp;recordatorios</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <location filename="../../planner/ui/dialogs/reminder_editor.py" line="+48"/>
        <source>Edit reminder</source>
        <translation>Editar recordatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a reminder</source>
        <translation>Añadir un recordatorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another repeat (a rule)</source>
        <translation>Otra repetición (una regla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example FREQ=WEEKLY;BYDAY=SA</source>
        <translation>por ejemplo FREQ=WEEKLY;BYDAY=SA</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Once (does not repeat)</source>
        <translation>Una vez (no se repite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 weeks</source>
        <translation>Cada 2 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 months</source>
        <translation>Cada 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 6 months</source>
        <translation>Cada 6 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every year</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What to remember:</source>
        <translation>&amp;Qué recordar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;Se repite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom r&amp;ule:</source>
        <translation>&amp;Regla personalizada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First time:</source>
        <translation>&amp;Primera vez:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Write a rule, or choose one of the repeats.</source>
        <translation>Escriba una regla, o elija una de las repeticiones.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This first time has passed: the reminder will be due at once.</source>
        <translation>Esta primera vez ya pasó: el recordatorio vencerá de inmediato.</translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <location filename="../../planner/ui/views/reminders.py" line="+66"/>
        <source>Reminders come back on the day you chose. Mark one done when you have done it, skip it this time, or snooze it for later.</source>
        <translation>Los recordatorios vuelven el día que usted eligió. Márquelo como hecho cuando lo haya hecho, omítalo esta vez o pospóngalo para más tarde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next time</source>
        <translation>Próxima vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks the reminder as done this time.</source>
        <translation>Marca el recordatorio como hecho esta vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kip this time</source>
        <translation>&amp;Omitir esta vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;nooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For an &amp;hour</source>
        <translation>Una &amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a &amp;day</source>
        <translation>Un &amp;día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a &amp;week</source>
        <translation>Una &amp;semana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add reminder…</source>
        <translation>&amp;Añadir recordatorio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dele&amp;te…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;finished</source>
        <translation>Mostrar &amp;terminados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also lists reminders that have ended or were turned off.</source>
        <translation>También muestra los recordatorios que terminaron o se desactivaron.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Was due</source>
        <translation>Previsto para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Marcado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History of the chosen reminder</source>
        <translation>Historial del recordatorio elegido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;History</source>
        <translation>Histo&amp;rial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>S&amp;uggested reminders</source>
        <translation>Recordatorios s&amp;ugeridos</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>S&amp;uggested reminders (%1)</source>
        <translation>Recordatorios s&amp;ugeridos (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a reminder to see when it was done.</source>
        <translation>Elija un recordatorio para ver cuándo se hizo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not done or skipped yet.</source>
        <translation>Todavía no se ha hecho ni omitido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”, most recent first:</source>
        <translation>“%1”, lo más reciente primero:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Finished: this reminder does not come back.</source>
        <translation>Terminado: este recordatorio no vuelve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next time: %1.</source>
        <translation>Próxima vez: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as done.</source>
        <translation>Marcado como hecho.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped this time.</source>
        <translation>Omitido esta vez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snoozed until %1.</source>
        <translation>Pospuesto hasta %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reminder added.</source>
        <translation>Recordatorio añadido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder saved.</source>
        <translation>Recordatorio guardado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete reminder</source>
        <translation>Borrar recordatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the reminder “%1” and its history of when it was done? This cannot be undone.</source>
        <translation>¿Borrar el recordatorio “%1” y su historial de cuándo se hizo? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder deleted.</source>
        <translation>Recordatorio borrado.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../planner/ui/dialogs/restore.py" line="+41"/>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The planner keeps the last five copies of this plan beside it. Restoring one replaces the plan with it; the plan as it is now is kept as a copy first.</source>
        <translation>El planificador guarda junto a este plan sus últimas cinco copias. Restaurar una reemplaza el plan por ella; antes se guarda una copia del plan tal como está ahora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups of this plan, newest first</source>
        <translation>Copias de seguridad de este plan, la más reciente primero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This plan has no backups yet.</source>
        <translation>Este plan todavía no tiene copias de seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Restaurar la copia elegida…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a new plan from a backup &amp;file…</source>
        <translation>Crear un plan nuevo a partir de un &amp;archivo de copia…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved on request</source>
        <translation>guardada a petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a passphrase change</source>
        <translation>después de cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan will be replaced by the backup from %1. Changes made since then will be in the copy of the plan kept first, not in the plan.</source>
        <translation>El plan se reemplazará por la copia de seguridad del %1. Los cambios hechos desde entonces estarán en la copia del plan que se guarda antes, no en el plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planner backups (*.json)</source>
        <translation>Copias de seguridad del planificador (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the new plan</source>
        <translation>Nombre del plan nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans (*.plan)</source>
        <translation>Planes (*.plan)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup is now a new plan at %1. It has no passphrase: open it and protect it if others use this computer.</source>
        <translation>La copia de seguridad es ahora un plan nuevo en %1. No tiene frase de contraseña: ábralo y protéjalo si otras personas usan esta computadora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../planner/ui/dialogs/rule_editor.py" line="-100"/>
        <source>Add a household rule</source>
        <translation>Añadir una regla de la casa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;suggested rule for age %1</source>
        <translation>Una regla &amp;sugerida para %1 años</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested rules</source>
        <translation>Reglas sugeridas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In our &amp;own words</source>
        <translation>Con nuestras &amp;propias palabras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rule in your own words</source>
        <translation>La regla con sus propias palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We &amp;agreed on it on:</source>
        <translation>La &amp;acordamos el:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date it was agreed</source>
        <translation>Fecha en que se acordó</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rules work best when they are agreed together, and looked at again every few months.</source>
        <translation>Las reglas funcionan mejor cuando se acuerdan en conjunto y se revisan cada pocos meses.</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../planner/ui/views/children_panels.py" line="+13"/>
        <source>Add &amp;rule…</source>
        <translation>Añadir reg&amp;la…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark agreed…</source>
        <translation>&amp;Marcar acordada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete rule…</source>
        <translation>&amp;Borrar regla…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household rules (choose a child first)</source>
        <translation>Reglas de la casa (primero elija un niño o niña)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s household rules</source>
        <translation>Reglas de la casa de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Acordada el</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rule added.</source>
        <translation>Regla añadida.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rule marked as agreed.</source>
        <translation>Regla marcada como acordada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule marked as not agreed.</source>
        <translation>Regla marcada como no acordada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete rule</source>
        <translation>Borrar regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the rule “%1”? This cannot be undone.</source>
        <translation>¿Borrar la regla “%1”? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule deleted.</source>
        <translation>Regla borrada.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../planner/ui/views/app_settings.py" line="+49"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Settings checklist</source>
        <translation>Lista de ajustes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What you agreed, or why not</source>
        <translation>Lo que acordaron, o por qué no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mark checked today</source>
        <translation>&amp;Marcar comprobado hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records that you looked at this setting on the phone or tablet today.</source>
        <translation>Registra que hoy revisó este ajuste en el teléfono o la tableta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a s&amp;etting…</source>
        <translation>Añadir un a&amp;juste…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve setting…</source>
        <translation>Q&amp;uitar ajuste…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No settings on the list yet. Add one you agreed on together.</source>
        <translation>Todavía no hay ajustes en la lista. Añada uno que hayan acordado juntos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your own setting.</source>
        <translation>Ajuste propio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Setting marked: %1.</source>
        <translation>Ajuste marcado: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes saved.</source>
        <translation>Notas guardadas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Marked as checked today.</source>
        <translation>Marcado como comprobado hoy.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Setting added.</source>
        <translation>Ajuste añadido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove setting</source>
        <translation>Quitar ajuste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove “%1” from this app&apos;s checklist? Its notes and any reminder about it are deleted too. This cannot be undone.</source>
        <translation>¿Quitar “%1” de la lista de ajustes de esta app? También se borran sus notas y cualquier recordatorio sobre él. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setting removed.</source>
        <translation>Ajuste quitado.</translation>
    </message>
</context>
<context>
    <name>ShortcutsPage</name>
    <message>
        <location filename="../../planner/ui/dialogs/shortcuts_page.py" line="-28"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../planner/ui/views/reminder_suggestions.py" line="+39"/>
        <source>Suggested reminders</source>
        <translation>Recordatorios sugeridos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acce&amp;pt</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it first…</source>
        <translation>Ed&amp;itar antes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;cline</source>
        <translation>Recha&amp;zar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planner will not suggest this reminder again.</source>
        <translation>El planificador no volverá a sugerir este recordatorio.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First time</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders that often help. Nothing is added until you accept one.</source>
        <translation>Recordatorios que suelen ayudar. No se añade nada hasta que usted acepte uno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No suggestions right now.</source>
        <translation>No hay sugerencias por ahora.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+39"/>
        <source>Reminder added.</source>
        <translation>Recordatorio añadido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggestion declined: it will not be suggested again.</source>
        <translation>Sugerencia rechazada: no se volverá a sugerir.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../planner/ui/unlock.py" line="+51"/>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan is locked</source>
        <translation>Este plan está bloqueado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the passphrase to open it.</source>
        <translation>Escriba la frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+142"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Start a plan for a new family</source>
        <translation>&amp;Empezar un plan para una familia nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a &amp;family&apos;s plan…</source>
        <translation>Abrir el p&amp;lan de una familia…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a plan file on this computer or on a USB stick.</source>
        <translation>Elija un archivo de plan en esta computadora o en una memoria USB.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A new plan, in a file of its own on this computer.</source>
        <translation>Un plan nuevo, en un archivo propio en esta computadora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From this computer or from a USB stick.</source>
        <translation>De esta computadora o de una memoria USB.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>A plan is locked</source>
        <translation>Hay un plan bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase of %1 to open it.</source>
        <translation>Escriba la frase de contraseña de %1 para abrirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family plans</source>
        <translation>Planes de familias</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter the passphrase.</source>
        <translation>Por favor, escriba la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <location filename="../../planner/ui/notify.py" line="-119"/>
        <source>1 reminder is due</source>
        <translation>1 recordatorio pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reminders are due</source>
        <translation>%1 recordatorios pendientes</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+2"/>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
</context>
</TS>
