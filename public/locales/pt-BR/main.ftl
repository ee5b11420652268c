# Alliance Player interface strings — Português (Brasil)
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Português (Brasil)
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Pular para o conteúdo
# In the header where the browser offers to install the player as an app.
install-app = Instalar app
install-app-hint = Instale o Alliance Player neste dispositivo: ele abre pelos seus apps, em uma janela própria, mesmo offline.
nav-catalog = Cursos
loading = Carregando…

## Languages
language-picker-label = Idioma da interface
language-picker-search = Pesquisar idiomas
language-picker-none = Nenhum idioma corresponde à sua pesquisa.
content-language-label = Idioma do curso
content-language-auto = Igual ao da interface
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Idioma: { $language }

## Catalogue
catalog-heading = Catálogo de cursos
catalog-search-label = Pesquisar cursos
catalog-search-placeholder = Título, assunto ou instituição
catalog-more = Mostrar mais cursos
catalog-earlier = Mostrar cursos anteriores
catalog-loading-more = Procurando em mais cursos…
catalog-language-label = Idioma
catalog-language-any = Todos os idiomas
catalog-count = { $count ->
    [0] Nenhum curso encontrado.
    [one] Um curso
   *[other] { $count } cursos
}
catalog-empty = Nenhum curso corresponde à sua pesquisa. Tente outra palavra ou escolha todos os idiomas.
catalog-rejected = { $count ->
    [one] { $count } curso deste catálogo não pôde ser exibido:
   *[other] { $count } cursos deste catálogo não puderam ser exibidos:
}
catalog-source-notice = Alguns cursos estão faltando nesta lista:
catalog-source-unreachable = Não foi possível acessar { $source }: o site pode estar fora do ar, ou não permite que este player leia seus cursos.
catalog-source-status = { $source } respondeu com um erro (HTTP { $status }).
catalog-source-too-large = { $source } tem mais de { $limit }, o máximo que este player lê para um catálogo.
catalog-source-invalid = { $source } não é um catálogo de cursos que este player consiga ler: { $detail }
catalog-source-left-out = “{ $course }”, de { $source }, foi deixado de fora: outro curso já usa o endereço dele, /course/{ $id }.
course-provider = Oferecido por { $provider }
course-languages = Idiomas: { $languages }
course-size = Tamanho do download: { $size }
course-open = Abrir curso
course-continue = Continuar
course-progress = { $percent } concluído

## Course
course-outline = Estrutura do curso
outline-show-earlier = Mostrar unidades anteriores ({ $count } ocultas)
outline-show-later = Mostrar unidades seguintes ({ $count } ocultas)
course-start = Começar o curso
course-units = { $count ->
    [one] { $count } unidade
   *[other] { $count } unidades
}
unit-ordinal = Unidade { $index } de { $total }
unit-state-not-started = Não iniciada
unit-state-in-progress = Em andamento
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
unit-next = Próxima
unit-mark-done = Marcar como concluída
unit-done = Concluída
back-to-catalog = Todos os cursos
course-search-label = Pesquisar neste curso
course-search-count = { $count ->
    [0] Nenhum resultado
    [one] Um resultado
   *[other] { $count } resultados
}
course-search-more = { $count ->
    [one] Só o primeiro resultado é exibido; adicione palavras para refinar a pesquisa.
   *[other] Só os primeiros { $count } resultados são exibidos; adicione palavras para refinar a pesquisa.
}
course-search-subtitles = Pesquisando também nas legendas…
course-search-incomplete = Não foi possível pesquisar em algumas legendas.
course-search-in-title = Título
course-search-in-reading = Leitura
course-search-in-transcript = Transcrição
course-search-in-subtitle = Legendas em { $time }
course-search-in-quiz = Questão do questionário

## Media
media-speed = Velocidade
media-subtitles = Legendas
media-subtitles-off = Desativadas
media-subtitles-second = Legendas secundárias
media-fullscreen = Tela cheia
media-fullscreen-exit = Sair da tela cheia
media-shortcuts = Atalhos de teclado
media-shortcuts-hint = Quando o player de vídeo ou áudio estiver em foco:
# The name of the space bar key, as printed on keyboards.
media-key-space = Espaço
media-key-play = Reproduzir ou pausar
media-key-seek = Voltar ou avançar 5 segundos
media-key-speed = Mais lento ou mais rápido
media-key-captions = Ativar ou desativar as legendas
media-key-fullscreen = Ativar ou desativar a tela cheia
media-transcript = Transcrição
media-watched = { $percent } assistido
media-unsupported = Seu navegador não consegue reproduzir esta mídia. Tente outro navegador ou baixe o arquivo:

## Reading and document
reading-end = Fim da leitura
document-download = Baixar o PDF ({ $size })
document-download-nosize = Baixar o PDF
document-fallback = Seu navegador não consegue exibir PDFs aqui. Baixe o arquivo para lê-lo.
document-not-pdf = { $file } não é um arquivo PDF. Uma unidade de documento mostra apenas arquivos PDF, que começam com “%PDF-”.

## Quiz
quiz-passing = A nota mínima para aprovação é { $percent }.
quiz-attempts-left = { $count ->
    [one] { $count } tentativa restante
   *[other] { $count } tentativas restantes
}
quiz-attempts-unlimited = Tentativas ilimitadas
quiz-attempts-used = { $count ->
    [one] Você já usou sua única tentativa.
   *[other] Você já usou todas as { $count } tentativas.
}
quiz-question = Questão { $index }
quiz-true = Verdadeiro
quiz-false = Falso
quiz-answer-label = Sua resposta
quiz-submit = Enviar respostas
quiz-retry = Tentar novamente
quiz-score = Sua nota: { $score }
quiz-passed = Você passou — parabéns!
quiz-failed = Você ainda não passou.
quiz-best = Sua melhor nota até agora: { $score }
quiz-correct = Correto
quiz-incorrect = Incorreto
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Revisão: cada questão mostra a resposta correta.
quiz-right-answer = Resposta correta

## Interactive
interactive-title = Atividade interativa: { $title }
interactive-hint = Conclua a atividade para terminar esta unidade.

## Storage
storage-quota = O armazenamento deste navegador para o player está cheio, por isso não foi possível salvar seu progresso mais recente. Libere espaço (remova cursos baixados ou dados de outros sites nas configurações do navegador) e continue: nada do que já estava salvo foi perdido.
storage-unavailable = Este navegador não permite que o player armazene seu progresso, por isso ele só é mantido até você fechar a página. Janelas anônimas costumam bloquear o armazenamento.
storage-write-failed = Ainda não foi possível salvar seu progresso mais recente. Ele continua guardado nesta página e será salvo no seu próximo passo.

## Transcript (the learner's record of progress)
nav-transcript = Meu progresso
transcript-heading = Meu progresso
transcript-empty = Você ainda não começou nenhum curso.
transcript-unit-score = Nota: { $score }
transcript-time-spent = Tempo dedicado: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Baixar como declarações xAPI (JSON)
transcript-export-csv = Baixar como planilha (CSV)
transcript-reset = Redefinir meu progresso neste curso
transcript-reset-confirm = Redefinir todo o seu progresso em “{ $course }”? Isso não pode ser desfeito.

## Envio ao repositório de registros de aprendizagem (LRS), exibido no cabeçalho e na página de configurações
nav-settings = Configurações
sync-off = Salvo neste dispositivo
sync-off-detail = Sem conexão com um repositório de registros de aprendizagem: seu progresso fica neste navegador. Conecte um nas configurações para enviar suas conclusões à sua instituição.
sync-done = Tudo enviado
sync-pending = { $count ->
    [one] { $count } registro aguardando envio
   *[other] { $count } registros aguardando envio
}
sync-last-delivery = Último envio: { $date }
sync-error-offline = Você está sem conexão. Seus registros ficam guardados e serão enviados quando a conexão voltar.
sync-error-unreachable = Não foi possível acessar o repositório de registros de aprendizagem. Uma nova tentativa será feita em instantes; nada foi perdido.
sync-error-server = O repositório de registros de aprendizagem está com um problema (HTTP { $status }). Uma nova tentativa será feita em instantes; nada foi perdido.
sync-error-unauthorized = O repositório de registros de aprendizagem recusou suas credenciais. Digite-as novamente nas configurações; até lá, seus registros ficam guardados.
sync-error-not-found = Não há nenhum repositório de registros de aprendizagem neste endereço. Verifique o endereço nas configurações; até lá, seus registros ficam guardados.
sync-error-version = O repositório de registros de aprendizagem usa outra versão do xAPI ({ $detail }). Peça à sua instituição um endereço compatível com xAPI 1.0.3 ou 2.0.0.
sync-error-storage = Não foi possível ler do armazenamento deste navegador os registros que aguardam envio ({ $detail }).
sync-set-aside = { $count ->
    [one] { $count } registro foi recusado pelo repositório de registros de aprendizagem
   *[other] { $count } registros foram recusados pelo repositório de registros de aprendizagem
}
sync-set-aside-detail = Esses registros ficam guardados aqui com a resposta do repositório, para que você ou sua instituição possam ver o que corrigir.
settings-heading = Configurações
settings-lrs-heading = Repositório de registros de aprendizagem
settings-lrs-intro = Sua instituição fornece estes dados para que suas conclusões e notas cheguem aos registros dela.
settings-lrs-endpoint = Endereço (endpoint xAPI)
settings-lrs-key = Chave ou nome de usuário
settings-lrs-secret = Segredo ou senha
settings-lrs-token = Ou um token de acesso
settings-lrs-name = Seu nome
settings-lrs-email = Seu endereço de e-mail
settings-lrs-connect = Conectar
settings-lrs-disconnect = Desconectar
settings-lrs-connected = Conectado a { $endpoint } como { $who }.
settings-lrs-invalid-endpoint = Digite o endereço do repositório de registros de aprendizagem, começando com https:// ou http://.
settings-lrs-invalid-email = Digite seu endereço de e-mail para que seus registros fiquem no seu nome.
cmi5-unit-needs-worker = Esta atividade precisa que o player termine de ser instalado: recarregue a página para abri-la.
cmi5-exit = Sair
cmi5-exiting = Salvando e voltando…
cmi5-browse = Navegação: nada do que você faz aqui é registrado.
cmi5-review = Revisão: nada do que você faz aqui é registrado.
cmi5-ended = Esta sessão terminou. Abra o curso novamente pela sua plataforma de aprendizagem para registrar mais.
settings-lrs-launch-failed = O curso foi aberto com um login que não funcionou ({ $detail }). Abra-o novamente pelo site da sua instituição.

sources-heading = Fontes de cursos
sources-intro = A lista de cursos reúne os catálogos abaixo. Você pode adicionar o catálogo de outra universidade ou de outro provedor de cursos pelo endereço; ele fica guardado para você, neste dispositivo.
sources-site = Escolhido por este site
sources-remove = Remover
sources-add-label = Adicionar uma fonte: o endereço do catálogo dela
sources-check = Verificar
sources-preview = { $count ->
    [one] Um curso
   *[other] { $count } cursos
}
sources-add-confirm = Adicionar esta fonte
sources-added = Adicionada: os cursos dela já estão na lista de cursos.
sources-removed = Removida: os cursos dela não estão mais na lista de cursos.
sources-invalid-url = Digite um endereço que comece com https:// (ou um caminho neste site, como /courses/catalog.json).
sources-duplicate = Este catálogo já está na lista.
sources-full = Sua lista de fontes está cheia. Remova uma para adicionar outra.

## Unsupported and errors
unit-needs-newer-player = Esta unidade precisa de uma versão mais recente do player
unit-needs-newer-player-detail = É uma unidade do tipo “{ $kind }”, que esta versão do Alliance Player ainda não reconhece. O restante do curso funciona; entre em contato com a instituição que oferece o curso ou atualize o player.
error-heading = Algo deu errado
error-catalog = Não foi possível carregar o catálogo de cursos.
error-document = Não é possível mostrar este documento.
error-course = Não foi possível abrir este curso.
error-course-not-found = Não existe nenhum curso “{ $course }” neste catálogo.
error-unit-not-found = Não existe nenhuma unidade “{ $unit }” neste curso.
error-page-not-found = Esta página não existe.
error-retry = Tentar novamente
error-part-unavailable = Não foi possível baixar esta parte do player. Verifique sua conexão e tente novamente.
error-what-to-do = Se o problema continuar, informe à instituição que oferece o curso o que aparece acima.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Sem conexão
offline-indicator-detail = Você está sem conexão. Os cursos baixados funcionam normalmente; seu progresso é salvo neste dispositivo e enviado quando a conexão voltar.
update-ready = Uma nova versão do Alliance Player está pronta.
update-reload = Recarregar para atualizar
download-heading = Uso offline
download-course = Baixar para usar offline ({ $size })
download-resume = Retomar download (faltam { $size })
download-progress = { $done } de { $total } · { $units } de { $unitsTotal } unidades
download-cancel = Cancelar
download-done = Baixado: este curso funciona offline ({ $size }).
download-remove = Remover download
download-stored-partly = { $done } de { $total } já estão neste dispositivo.
download-failed = O download parou: { $detail } O que já foi armazenado continua guardado; clique em “Retomar download” para continuar.
download-file-mismatch = { $file } não chegou íntegro (esperado: { $expected }, recebido: { $got }).
download-file-failed = Não foi possível baixar { $file } ({ $detail }).
download-no-cors = { $host } não permite que este player leia seus arquivos (não envia cabeçalhos CORS), então eles não podem ser verificados nem armazenados. O administrador desse servidor precisa enviar Access-Control-Allow-Origin com cada arquivo do curso.
download-quota = Não há mais espaço neste dispositivo para o curso. Libere espaço ou remova outro download e depois retome.
download-storage = Este navegador usa { $used } dos { $available } que pode usar neste dispositivo.
download-persistent = Os downloads ficam guardados até você removê-los.
download-not-persistent = O navegador pode remover downloads se o dispositivo ficar com pouco espaço.
download-needs-network = Você está sem conexão. Conecte-se à internet para baixar este curso.
data-saver = Economia de dados
data-saver-help = As mídias só são carregadas quando você aperta o play, as transcrições aparecem primeiro e o tamanho aparece ao lado de cada mídia.
media-size = { $size } para carregar

## Notes and bookmarks
notes-heading = Minhas anotações
notes-bookmark = Adicionar marcador a esta unidade
notes-bookmarked = Marcador adicionado
notes-bookmark-moment = Adicionar marcador neste momento
notes-note-label = Sua anotação sobre esta unidade
notes-save = Salvar anotação
notes-saved = Salva.
notes-delete = Excluir
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Em { $time }
notes-empty = Ainda não há anotações nem marcadores neste curso. Adicione um marcador a uma unidade ou a um momento de um vídeo e escreva uma anotação sobre ele.
notes-where = Suas anotações ficam neste dispositivo e chegam ao seu repositório de registros de aprendizagem quando houver um conectado.
notes-too-long = Uma anotação pode ter no máximo { $max } caracteres.
notes-too-many = Este curso já tem o número máximo de anotações: exclua uma para adicionar outra.

## Accessibility
unit-nav-label = Unidade anterior e próxima
captions-always = Mostrar sempre as legendas de vídeos e áudios, quando houver (no seu idioma, se disponível, senão no idioma do curso)
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
caption-preview = As legendas vão aparecer assim.
caption-unreadable = Este texto fica difícil de ler neste fundo: escolha outra cor ou outro fundo.
launch-other = Este link enviaria seus registros de aprendizagem para { $endpoint } como { $who }. Você está conectado a { $current } como { $current_who }.
launch-switch = Mudar para esta conexão
launch-keep = Manter minha conexão

launch-other-learner = Este link é para { $who }. { $current_who } está usando o player agora. Mudar para { $who }?
launch-switch-learner = Trocar de aluno

## Learners
learners-heading = Alunos neste dispositivo
learners-locked = { $name } está usando o player
learner-unnamed = Eu
learner-now = Usando o player agora
learner-switch = Mudar para este aluno
learner-rename = Renomear
learner-name = Nome
learner-save = Salvar
learner-cancel = Cancelar
learner-remove = Remover
learner-remove-ask = Remover { $name } deste dispositivo? O progresso, os registros aguardando envio e as configurações dessa pessoa neste dispositivo serão apagados. Os cursos baixados continuam.
learner-removed = { $name } foi removido.
learner-pin = PIN (quatro dígitos, opcional)
learner-pin-label = PIN
learner-pin-for = PIN de { $name }
learner-pin-new = Novo PIN (quatro dígitos)
learner-pin-set = Definir um PIN
learner-pin-remove = Remover o PIN
learner-pin-open = Continuar
learner-pin-note = Um PIN impede que quem compartilha este dispositivo entre no progresso dos outros. Ele serve para privacidade, não para segurança.
learner-add-heading = Adicionar um aluno
learner-add = Adicionar
learner-added = { $name } foi adicionado.
learner-saved = Salvo.
learner-error-empty = Digite um nome.
learner-error-long = Este nome é longo demais.
learner-error-taken = Alguém neste dispositivo já se chama { $name }.
learner-error-pin = Um PIN tem exatamente quatro dígitos.
learner-error-full = Este dispositivo não comporta mais alunos. Remova um primeiro.
learner-error-unknown = Não foi possível alterar a lista de alunos. Recarregue a página e tente novamente.
learner-error-wrong-pin = Esse PIN não está certo.
signout-ask = { $count ->
    [one] { $count } registro ainda não foi enviado.
   *[other] { $count } registros ainda não foram enviados.
}
signout-keep = { $count ->
    [one] Guardar o registro pendente para quando eu me conectar de novo
   *[other] Guardar os { $count } registros pendentes para quando eu me conectar de novo
}
signout-discard = { $count ->
    [one] Descartá-lo
   *[other] Descartá-los
}
