# Alliance Player interface strings — Português (Portugal)
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Português (Portugal)
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Saltar para o conteúdo
# In the header where the browser offers to install the player as an app.
install-app = Instalar aplicação
install-app-hint = Instale o Alliance Player neste dispositivo: abre a partir das suas aplicações, numa janela própria, mesmo offline.
nav-catalog = Cursos
loading = A carregar…

## Languages
language-picker-label = Idioma da interface
language-picker-search = Pesquisar idiomas
language-picker-none = Nenhum idioma corresponde à sua pesquisa.
content-language-label = Idioma do curso
content-language-auto = O mesmo da interface
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Idioma: { $language }

## Catalogue
catalog-heading = Catálogo de cursos
catalog-search-label = Pesquisar cursos
catalog-search-placeholder = Título, tema ou entidade formadora
catalog-more = Mostrar mais cursos
catalog-earlier = Mostrar cursos anteriores
catalog-loading-more = A procurar em mais cursos…
catalog-language-label = Idioma
catalog-language-any = Todos os idiomas
catalog-count = { $count ->
    [0] Nenhum curso corresponde.
    [one] Um curso
   *[other] { $count } cursos
}
catalog-empty = Nenhum curso corresponde à sua pesquisa. Experimente outra palavra ou escolha todos os idiomas.
catalog-rejected = { $count ->
    [one] Não foi possível listar um curso deste catálogo:
   *[other] Não foi possível listar { $count } cursos deste catálogo:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Faltam alguns cursos nesta lista:
catalog-source-unreachable = Não foi possível contactar { $source }: o site pode estar em baixo ou não permitir que este leitor leia os seus cursos.
catalog-source-status = { $source } respondeu com um erro (HTTP { $status }).
catalog-source-too-large = { $source } tem mais de { $limit }, o máximo que este leitor lê num catálogo.
catalog-source-invalid = { $source } não é um catálogo de cursos que este leitor consiga ler: { $detail }
catalog-source-left-out = «{ $course }», de { $source }, foi deixado de fora: outro curso já tem o mesmo endereço, /course/{ $id }.
course-provider = Oferecido por { $provider }
course-languages = Idiomas: { $languages }
course-size = Tamanho da transferência: { $size }
course-open = Abrir curso
course-continue = Continuar
course-progress = { $percent } concluído

## Course
course-outline = Estrutura do curso
outline-show-earlier = Mostrar unidades anteriores (ocultas: { $count })
outline-show-later = Mostrar unidades seguintes (ocultas: { $count })
course-start = Começar o curso
course-units = { $count ->
    [one] Uma unidade
   *[other] { $count } unidades
}
unit-ordinal = Unidade { $index } de { $total }
unit-state-not-started = Não iniciada
unit-state-in-progress = Em curso
unit-state-completed = Concluída
unit-state-passed = Aprovada
unit-state-failed = Ainda não aprovada
unit-kind-video = Vídeo
unit-kind-audio = Áudio
unit-kind-reading = Leitura
unit-kind-quiz = Questionário
unit-kind-document = Documento
unit-kind-interactive = Atividade
unit-kind-unknown = Novo tipo de unidade
unit-previous = Anterior
unit-next = Seguinte
unit-mark-done = Marcar como concluída
unit-done = Concluída
back-to-catalog = Todos os cursos
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Pesquisar neste curso
course-search-count = { $count ->
    [0] Nenhum resultado
    [one] Um resultado
   *[other] { $count } resultados
}
course-search-more = { $count ->
    [one] Só é apresentado o primeiro resultado; acrescente palavras para restringir a pesquisa.
   *[other] Só são apresentados os primeiros { $count } resultados; acrescente palavras para restringir a pesquisa.
}
course-search-subtitles = A pesquisar também nas legendas…
course-search-incomplete = Não foi possível pesquisar algumas legendas.
course-search-in-title = Título
course-search-in-reading = Leitura
course-search-in-transcript = Transcrição
course-search-in-subtitle = Legendas aos { $time }
course-search-in-quiz = Pergunta do questionário

## Media
media-speed = Velocidade
media-subtitles = Legendas
media-subtitles-off = Desativadas
media-subtitles-second = Legendas secundárias
media-fullscreen = Ecrã inteiro
media-fullscreen-exit = Sair do ecrã inteiro
media-shortcuts = Atalhos de teclado
media-shortcuts-hint = Quando o leitor de vídeo ou áudio estiver ativo:
# The name of the space bar key, as printed on keyboards.
media-key-space = Espaço
media-key-play = Reproduzir ou colocar em pausa
media-key-seek = Recuar ou avançar 5 segundos
media-key-speed = Mais lento ou mais rápido
media-key-captions = Ativar ou desativar as legendas
media-key-fullscreen = Ativar ou desativar o ecrã inteiro
media-transcript = Transcrição
media-watched = { $percent } visto
media-unsupported = O seu navegador não consegue reproduzir este conteúdo. Experimente outro navegador ou transfira-o:

## Reading and document
reading-end = Fim da leitura
document-download = Transferir o PDF ({ $size })
document-download-nosize = Transferir o PDF
document-fallback = O seu navegador não consegue mostrar PDF aqui. Transfira-o para o ler.
document-not-pdf = { $file } não é um ficheiro PDF. Uma unidade de documento só mostra ficheiros PDF, que começam por «%PDF-».

## Quiz
quiz-passing = Nota mínima para aprovação: { $percent }.
quiz-attempts-left = { $count ->
    [one] Resta uma tentativa
   *[other] Restam { $count } tentativas
}
quiz-attempts-unlimited = Tentativas ilimitadas
quiz-attempts-used = { $count ->
    [one] Já usou a sua única tentativa.
   *[other] Já usou as { $count } tentativas.
}
quiz-question = Pergunta { $index }
quiz-true = Verdadeiro
quiz-false = Falso
quiz-answer-label = A sua resposta
quiz-submit = Enviar respostas
quiz-retry = Tentar novamente
quiz-score = A sua nota: { $score }
quiz-passed = Aprovado — muito bem!
quiz-failed = Ainda não aprovado.
quiz-best = Melhor nota até agora: { $score }
quiz-correct = Correto
quiz-incorrect = Incorreto
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Revisão: cada pergunta mostra a resposta correta.
quiz-right-answer = Resposta correta

## Interactive
interactive-title = Atividade interativa: { $title }
interactive-hint = Conclua a atividade para terminar esta unidade.

## Storage
storage-quota = O armazenamento deste navegador para o leitor está cheio, por isso não foi possível guardar o seu progresso mais recente. Liberte espaço (remova cursos transferidos ou dados de outros sites nas definições do navegador) e depois continue: nada do que já estava guardado se perdeu.
storage-unavailable = Este navegador não permite que o leitor guarde o seu progresso, por isso este só é mantido até fechar a página. As janelas privadas bloqueiam muitas vezes o armazenamento.
storage-write-failed = Ainda não foi possível guardar o seu progresso mais recente. Fica mantido nesta página e será guardado no seu próximo passo.

## Transcript (the learner's record of progress)
nav-transcript = O meu progresso
transcript-heading = O meu progresso
transcript-empty = Ainda não começou nenhum curso.
transcript-unit-score = Nota: { $score }
transcript-time-spent = Tempo dedicado: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Transferir como declarações xAPI (JSON)
transcript-export-csv = Transferir como folha de cálculo (CSV)
transcript-reset = Repor o meu progresso neste curso
transcript-reset-confirm = Repor todo o seu progresso em «{ $course }»? Esta ação não pode ser anulada.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Definições
sync-off = Guardado neste dispositivo
sync-off-detail = Sem ligação a um repositório de registos de aprendizagem: o seu progresso fica neste navegador. Ligue um nas definições para enviar as suas conclusões à sua instituição.
sync-done = Tudo enviado
sync-pending = { $count ->
    [one] 1 registo em espera
   *[other] { $count } registos em espera
}
sync-last-delivery = Último envio: { $date }
sync-error-offline = Está sem ligação. Os seus registos são mantidos e serão enviados quando a ligação voltar.
sync-error-unreachable = Não foi possível contactar o repositório de registos de aprendizagem. Nova tentativa dentro de momentos; nada se perdeu.
sync-error-server = O repositório de registos de aprendizagem tem um problema (HTTP { $status }). Nova tentativa dentro de momentos; nada se perdeu.
sync-error-unauthorized = O repositório de registos de aprendizagem recusou as suas credenciais. Introduza-as novamente nas definições; até lá, os seus registos são mantidos.
sync-error-not-found = Não existe nenhum repositório de registos de aprendizagem neste endereço. Verifique o endereço nas definições; até lá, os seus registos são mantidos.
sync-error-version = O repositório de registos de aprendizagem usa outra versão do xAPI ({ $detail }). Peça à sua instituição um endereço compatível com xAPI 1.0.3 ou 2.0.0.
sync-error-storage = Não foi possível ler do armazenamento deste navegador os registos que aguardam envio ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 registo foi recusado pelo repositório de registos de aprendizagem
   *[other] { $count } registos foram recusados pelo repositório de registos de aprendizagem
}
sync-set-aside-detail = Estes registos ficam aqui guardados com a resposta do repositório, para que o utilizador ou a sua instituição possam ver o que há a corrigir.
settings-heading = Definições
settings-lrs-heading = Repositório de registos de aprendizagem (LRS)
settings-lrs-intro = A sua instituição fornece-lhe estes dados para que as suas conclusões e notas cheguem aos registos dela.
settings-lrs-endpoint = Endereço (endpoint xAPI)
settings-lrs-key = Chave ou nome de utilizador
settings-lrs-secret = Segredo ou palavra-passe
settings-lrs-token = Ou um token de acesso
settings-lrs-name = O seu nome
settings-lrs-email = O seu endereço de e-mail
settings-lrs-connect = Ligar
settings-lrs-disconnect = Desligar
settings-lrs-connected = Ligado a { $endpoint } como { $who }.
settings-lrs-invalid-endpoint = Introduza o endereço do repositório de registos de aprendizagem, começado por https:// ou http://.
settings-lrs-invalid-email = Introduza o seu endereço de e-mail para que os seus registos fiquem em seu nome.
cmi5-unit-needs-worker = Esta atividade precisa que o leitor termine a instalação: recarregue a página para a abrir.
cmi5-exit = Sair
cmi5-exiting = A guardar e a regressar…
cmi5-browse = Modo de consulta: nada do que fizer aqui fica registado.
cmi5-review = Modo de revisão: nada do que fizer aqui fica registado.
cmi5-ended = Esta sessão terminou. Abra novamente o curso a partir da sua plataforma de aprendizagem para registar mais.
settings-lrs-launch-failed = O curso foi aberto com um início de sessão que não funcionou ({ $detail }). Abra-o novamente a partir do site da sua instituição.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Fontes de cursos
sources-intro = A lista de cursos reúne os catálogos abaixo. Pode adicionar o catálogo de outra universidade ou entidade formadora através do respetivo endereço; fica guardado para si, neste dispositivo.
sources-site = Escolhido por este site
sources-remove = Remover
sources-add-label = Adicionar uma fonte: o endereço do respetivo catálogo
sources-check = Verificar
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Um curso
   *[other] { $count } cursos
}
sources-add-confirm = Adicionar esta fonte
sources-added = Adicionada: os respetivos cursos já estão na lista de cursos.
sources-removed = Removida: os respetivos cursos já não estão na lista de cursos.
sources-invalid-url = Introduza um endereço começado por https:// (ou um caminho neste site, como /courses/catalog.json).
sources-duplicate = Este catálogo já está na lista.
sources-full = A sua lista de fontes está cheia. Remova uma para adicionar outra.

## Unsupported and errors
unit-needs-newer-player = Esta unidade precisa de uma versão mais recente do leitor
unit-needs-newer-player-detail = É uma unidade do tipo «{ $kind }», que esta versão do Alliance Player ainda não reconhece. O resto do curso funciona; contacte a entidade formadora ou atualize o leitor.
error-heading = Algo correu mal
error-catalog = Não foi possível carregar o catálogo de cursos.
error-document = Não é possível mostrar este documento.
error-course = Não foi possível abrir este curso.
error-course-not-found = Não existe nenhum curso «{ $course }» neste catálogo.
error-unit-not-found = Não existe nenhuma unidade «{ $unit }» neste curso.
error-page-not-found = Esta página não existe.
error-retry = Tentar novamente
error-part-unavailable = Não foi possível transferir esta parte do leitor. Verifique a sua ligação e tente novamente.
error-what-to-do = Se o problema persistir, comunique à entidade formadora o que aparece acima.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Sem ligação
offline-indicator-detail = Está sem ligação. Os cursos transferidos funcionam normalmente; o seu progresso é guardado neste dispositivo e enviado quando voltar a estar online.
update-ready = Está disponível uma nova versão do Alliance Player.
update-reload = Recarregar para atualizar
download-heading = Utilização offline
download-course = Transferir para utilizar offline ({ $size })
download-resume = Retomar a transferência (faltam { $size })
download-progress = { $done } de { $total } · { $units } de { $unitsTotal } unidades
download-cancel = Cancelar
download-done = Transferido: este curso funciona offline ({ $size }).
download-remove = Remover transferência
download-stored-partly = { $done } de { $total } já estão neste dispositivo.
download-failed = A transferência parou: { $detail } O que já está guardado é mantido; prima «Retomar a transferência» para continuar.
download-file-mismatch = { $file } não chegou intacto (esperado: { $expected }; recebido: { $got }).
download-file-failed = Não foi possível transferir { $file } ({ $detail }).
download-no-cors = { $host } não permite que este leitor leia os seus ficheiros (não envia cabeçalhos CORS), por isso não podem ser verificados nem guardados. O administrador do servidor tem de enviar Access-Control-Allow-Origin com cada ficheiro do curso.
download-quota = Este dispositivo já não tem espaço para o curso. Liberte espaço ou remova outra transferência e depois retome.
download-storage = Este navegador usa { $used } dos { $available } que pode usar neste dispositivo.
download-persistent = As transferências ficam guardadas até as remover.
download-not-persistent = O navegador pode remover as transferências se o dispositivo ficar com pouco espaço.
download-needs-network = Está sem ligação. Ligue-se à Internet para transferir este curso.
data-saver = Poupança de dados
data-saver-help = Os conteúdos multimédia só são carregados quando prime reproduzir, as transcrições aparecem primeiro e o tamanho é apresentado junto a cada conteúdo.
media-size = { $size } por carregar

## Notes and bookmarks
notes-heading = As minhas notas
notes-bookmark = Adicionar marcador a esta unidade
notes-bookmarked = Marcador adicionado
notes-bookmark-moment = Adicionar marcador neste momento
notes-note-label = A sua nota sobre esta unidade
notes-save = Guardar nota
notes-saved = Guardada.
notes-delete = Eliminar
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Aos { $time }
notes-empty = Ainda não há notas nem marcadores neste curso. Adicione um marcador a uma unidade ou a um momento de um vídeo e escreva uma nota sobre ele.
notes-where = As suas notas ficam neste dispositivo e chegam ao seu repositório de registos de aprendizagem quando houver um ligado.
notes-too-long = Uma nota pode ter no máximo { $max } caracteres.
notes-too-many = Este curso já tem o número máximo de notas: elimine uma para adicionar outra.

## Accessibility
unit-nav-label = Unidade anterior e seguinte
captions-always = Mostrar sempre as legendas quando um vídeo ou áudio as tiver (no seu idioma, se existirem, caso contrário no idioma do curso)
caption-style = Estilo das legendas
caption-size = Tamanho do texto
caption-colour = Cor do texto
caption-background = Fundo
caption-colour-white = Branco
caption-colour-yellow = Amarelo
caption-colour-cyan = Ciano
caption-colour-green = Verde
caption-colour-magenta = Magenta
caption-colour-black = Preto
caption-background-black = Preto semitransparente
caption-background-solid-black = Preto
caption-background-white = Branco
caption-background-transparent = Nenhum
caption-background-blue = Azul
caption-preview = As legendas vão ter este aspeto.
caption-unreadable = Este texto é difícil de ler neste fundo: escolha outra cor ou outro fundo.
launch-other = Este link enviaria os seus registos de aprendizagem para { $endpoint } como { $who }. Está ligado a { $current } como { $current_who }.
launch-switch = Mudar para esta ligação
launch-keep = Manter a minha ligação
launch-other-learner = Este link é para { $who }. { $current_who } está a usar o leitor neste momento. Mudar para { $who }?
launch-switch-learner = Mudar de aluno

## Learners
learners-heading = Alunos neste dispositivo
learners-locked = { $name } está a usar o leitor
learner-unnamed = Eu
learner-now = A usar o leitor agora
learner-switch = Mudar para este aluno
learner-rename = Mudar o nome
learner-name = Nome
learner-save = Guardar
learner-cancel = Cancelar
learner-remove = Remover
learner-remove-ask = Remover { $name } deste dispositivo? O progresso, os registos em espera e as definições desta pessoa neste dispositivo serão eliminados. Os cursos transferidos mantêm-se.
learner-removed = Perfil de { $name } removido.
learner-pin = PIN (quatro dígitos, opcional)
learner-pin-label = PIN
learner-pin-for = PIN de { $name }
learner-pin-new = Novo PIN (quatro dígitos)
learner-pin-set = Definir um PIN
learner-pin-remove = Remover o PIN
learner-pin-open = Continuar
learner-pin-note = Um PIN impede que quem partilha este dispositivo aceda ao progresso dos outros. Serve para privacidade, não para segurança.
learner-add-heading = Adicionar um aluno
learner-add = Adicionar
learner-added = Perfil de { $name } adicionado.
learner-saved = Guardado.
learner-error-empty = Introduza um nome.
learner-error-long = Este nome é demasiado longo.
learner-error-taken = Já existe alguém neste dispositivo chamado { $name }.
learner-error-pin = Um PIN tem exatamente quatro dígitos.
learner-error-full = Este dispositivo já tem o número máximo de alunos. Remova um primeiro.
learner-error-unknown = Não foi possível alterar a lista de alunos. Recarregue a página e tente novamente.
learner-error-wrong-pin = Esse PIN não está correto.
signout-ask = { $count ->
    [one] Um registo ainda não foi enviado.
   *[other] { $count } registos ainda não foram enviados.
}
signout-keep = { $count ->
    [one] Guardar o registo em espera para quando voltar a ligar-me
   *[other] Guardar os { $count } registos em espera para quando voltar a ligar-me
}
signout-discard = { $count ->
    [one] Descartá-lo
   *[other] Descartá-los
}
