//! `generate-catalog`: made-up catalogues for benchmarks and demos. Each source is a package of its own
//! (`source-1/`, …): a catalogue of courses from a few institutions, in 1–4 of the chosen languages each, with
//! titles and summaries from per-language word lists, all chosen from the seed. Every course has a small manifest
//! of its own (the player checks that a manifest is the course its entry names) whose video plays the sample
//! course's media, copied once into each source's `shared/` folder. A few courses are listed by two sources with
//! the same IRI, as an alliance's catalogues overlap.

use std::fs;
use std::io;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use alliance_player::domain::limits::Input;
use alliance_player::domain::package;
use alliance_player::domain::rng::SplitMix64;

use crate::build::rebase;
use crate::json::Json;
use crate::store::ROOT;

pub const COURSES: RangeInclusive<usize> = 1..=200_000;
pub const LANGUAGES: RangeInclusive<usize> = 1..=14;
pub const SOURCES: RangeInclusive<usize> = 1..=9;

/// Every how many courses of a source one is listed by the next source too.
const SHARE_EVERY: usize = 500;

pub struct Options {
    pub courses: usize,
    /// How many of [`LANGS`], from the first.
    pub languages: usize,
    pub sources: usize,
    pub seed: u64,
    /// The sample course whose media every course plays (its folder is copied into each source).
    pub sample: PathBuf,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            courses: 5000,
            languages: 14,
            sources: 3,
            seed: 1,
            sample: Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/courses/statistics"),
        }
    }
}

/// What [`write`] wrote.
pub struct Written {
    /// Each source's folder, holding its `catalog.json` (one document: `build` lays it out).
    pub sources: Vec<PathBuf>,
    /// Courses listed by two sources.
    pub shared: usize,
}

/// A course as written: its id, catalogue entry and manifest text.
#[derive(Clone)]
struct Course {
    id: String,
    entry: Json,
    manifest: String,
}

/// Writes the sources into `out` (absent or empty), each catalogue as one document.
pub fn write(out: &Path, o: &Options) -> Result<Written, String> {
    if fs::read_dir(out).is_ok_and(|mut d| d.next().is_some()) {
        return Err(format!(
            "{}: the folder is not empty; choose a new one",
            out.display()
        ));
    }
    let sample_manifest = o.sample.join("course.json");
    let sample_name = o
        .sample
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let video = sample_video(&sample_manifest, &sample_name)?;
    let langs = &LANGS[..o.languages.min(LANGS.len())];
    let mut rng = SplitMix64(o.seed);

    let mut sources: Vec<Vec<Course>> = (0..o.sources)
        .map(|s| {
            let range = s * o.courses / o.sources..(s + 1) * o.courses / o.sources;
            range
                .map(|i| course(&mut rng, langs, s, i, &video))
                .collect()
        })
        .collect();
    // Every SHARE_EVERY-th course of a source is listed by the next source too.
    let picked: Vec<Vec<Course>> = match o.sources {
        1 => Vec::new(),
        _ => sources
            .iter()
            .map(|courses| {
                courses
                    .iter()
                    .skip(17)
                    .step_by(SHARE_EVERY)
                    .cloned()
                    .collect()
            })
            .collect(),
    };
    let mut shared = 0;
    for (s, picked) in picked.into_iter().enumerate() {
        let next = &mut sources[(s + 1) % o.sources];
        for course in picked {
            let at = rng.below(next.len() + 1);
            next.insert(at, course);
            shared += 1;
        }
    }

    let mut written = Written {
        sources: Vec::new(),
        shared,
    };
    for (s, courses) in sources.iter().enumerate() {
        let dir = out.join(format!("source-{}", s + 1));
        let io = |e: io::Error| format!("{}: {e}", dir.display());
        copy_dir(&o.sample, &dir.join("shared").join(&sample_name)).map_err(io)?;
        for c in courses {
            let folder = dir.join("courses").join(&c.id);
            fs::create_dir_all(&folder).map_err(io)?;
            fs::write(folder.join("course.json"), &c.manifest).map_err(io)?;
        }
        let title = localized(langs, |l| l.catalogue.replace("{n}", &(s + 1).to_string()));
        let catalog = obj(vec![
            ("format", Json::String(package::FORMAT.into())),
            ("version", Json::String("1.0".into())),
            ("title", title),
            (
                "courses",
                Json::Array(courses.iter().map(|c| c.entry.clone()).collect()),
            ),
        ]);
        fs::write(dir.join("catalog.json"), catalog.to_file_text()).map_err(io)?;
        written.sources.push(dir);
    }
    Ok(written)
}

/// The first video unit of the sample course, its paths rewritten for a manifest at `courses/<id>/course.json`.
fn sample_video(manifest: &Path, sample_name: &str) -> Result<Json, String> {
    let text = fs::read_to_string(manifest).map_err(|e| {
        format!(
            "{}: {e}; name a sample course folder with --sample",
            manifest.display()
        )
    })?;
    let course: Json = package::parse_json("course.json", &text, Input::Course)
        .map_err(|e| format!("{}: {e}", manifest.display()))?;
    let mut units = course
        .get("modules")
        .and_then(Json::as_array)
        .unwrap_or_default()
        .iter()
        .flat_map(|m| m.get("units").and_then(Json::as_array).unwrap_or_default());
    let mut video = units
        .find(|u| u.get("kind").and_then(Json::as_str) == Some("video"))
        .cloned()
        .ok_or_else(|| format!("{}: no video unit to play", manifest.display()))?;
    let from = format!("{ROOT}shared/{sample_name}/course.json");
    let to = format!("{ROOT}courses/x/course.json");
    let moved = |v: &mut Json| {
        if let Some(src) = v.as_str() {
            *v = Json::String(rebase(src, &from, &to));
        }
    };
    if let Some(poster) = video.get_mut("poster") {
        moved(poster);
    }
    for list in ["sources", "subtitles"] {
        for item in video
            .get_mut(list)
            .and_then(Json::as_array_mut)
            .map(|a| a.as_mut_slice())
            .unwrap_or_default()
        {
            if let Some(src) = item.get_mut("src") {
                moved(src);
            }
        }
    }
    video.remove("description");
    Ok(video)
}

/// Course `i` (of all) of source `s`.
fn course(rng: &mut SplitMix64, langs: &[Lang], s: usize, i: usize, video: &Json) -> Course {
    // 1–4 languages, a quarter of the courses first in English.
    let count = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4][rng.below(10)].min(langs.len());
    let mut own: Vec<&Lang> = Vec::new();
    if rng.below(4) == 0 {
        own.push(&langs[0]);
    }
    while own.len() < count {
        let l = &langs[rng.below(langs.len())];
        if !own.iter().any(|o| o.tag == l.tag) {
            own.push(l);
        }
    }
    let topic = rng.below(TOPICS);
    let other = (topic + 1 + rng.below(TOPICS - 1)) % TOPICS;
    let pattern = rng.below(TITLES);
    // The summary's sentences: the first names the topic, the others in an order of their own.
    let mut order: Vec<usize> = (1..SENTENCES).collect();
    for k in (1..order.len()).rev() {
        order.swap(k, rng.below(k + 1));
    }
    let institution = s * 3 + rng.below(3);
    let (city, kind) = (
        institution % CITIES,
        (institution / CITIES + institution) % KINDS,
    );
    let host = format!(
        "{}-{}.example.edu",
        slug(LANGS[0].cities[city]),
        ["university", "tech", "open"][kind]
    );
    let id = format!("{}-{i:05}", slug(LANGS[0].topics[topic]));
    let iri = format!("https://{host}/courses/{id}");

    let title = |l: &Lang| {
        l.titles[pattern]
            .replace("{t}", l.topics[topic])
            .replace("{u}", l.topics[other])
    };
    let summary = |l: &Lang| {
        let sentence = |k: usize| {
            l.sentences[k]
                .replace("{t}", l.topics[topic])
                .replace("{u}", l.topics[other])
        };
        let mut text = sentence(0);
        for &k in &order {
            let next = sentence(k);
            let len = text.chars().count();
            if len >= 150 || len + next.chars().count() > 250 {
                break;
            }
            text.push_str(l.space);
            text.push_str(&next);
        }
        text
    };
    let languages = Json::Array(own.iter().map(|l| Json::String(l.tag.into())).collect());
    let provider = obj(vec![
        (
            "name",
            localized(&own, |l| l.kinds[kind].replace("{c}", l.cities[city])),
        ),
        ("url", Json::String(format!("https://{host}/"))),
    ]);

    let mut video = video.clone();
    video.set("id", Json::String("introduction".into()));
    video.set("iri", Json::String(format!("{iri}/units/introduction")));
    video.set("title", localized(&own, |l| l.introduction.to_string()));
    let reading = obj(vec![
        ("id", Json::String("overview".into())),
        ("iri", Json::String(format!("{iri}/units/overview"))),
        ("kind", Json::String("reading".into())),
        ("title", localized(&own, |l| l.overview.to_string())),
        (
            "body",
            localized(&own, |l| format!("# {}\n\n{}\n", title(l), summary(l))),
        ),
    ]);
    let manifest = obj(vec![
        ("format", Json::String(package::FORMAT.into())),
        ("version", Json::String("1.1".into())),
        ("id", Json::String(id.clone())),
        ("iri", Json::String(iri.clone())),
        ("title", localized(&own, |l| title(l))),
        ("summary", localized(&own, |l| summary(l))),
        ("languages", languages.clone()),
        ("defaultLanguage", Json::String(own[0].tag.into())),
        ("provider", provider.clone()),
        (
            "modules",
            Json::Array(vec![obj(vec![
                ("id", Json::String("start".into())),
                ("title", localized(&own, |l| title(l))),
                ("units", Json::Array(vec![video, reading])),
            ])]),
        ),
        ("files", Json::Array(Vec::new())),
    ])
    .to_file_text();
    let entry = obj(vec![
        ("id", Json::String(id.clone())),
        ("iri", Json::String(iri)),
        ("title", localized(&own, |l| title(l))),
        ("summary", localized(&own, |l| summary(l))),
        ("languages", languages),
        ("provider", provider),
        // The course's folder holds its manifest only.
        ("size", Json::from_u64(manifest.len() as u64)),
        (
            "manifest",
            Json::String(format!("courses/{id}/course.json")),
        ),
    ]);
    Course {
        id,
        entry,
        manifest,
    }
}

fn obj(members: Vec<(&str, Json)>) -> Json {
    Json::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

fn localized<L: std::borrow::Borrow<Lang>>(langs: &[L], text: impl Fn(&Lang) -> String) -> Json {
    obj(langs
        .iter()
        .map(|l| (l.borrow().tag, Json::String(text(l.borrow()))))
        .collect())
}

/// `Machine Learning` → `machine-learning`.
fn slug(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

const TOPICS: usize = 24;
const TITLES: usize = 6;
const SENTENCES: usize = 9;
const CITIES: usize = 9;
const KINDS: usize = 3;

/// One language's words. Titles and sentences name the topic as `{t}` and a second topic as `{u}`.
pub struct Lang {
    tag: &'static str,
    /// Between two sentences of a summary.
    space: &'static str,
    topics: [&'static str; TOPICS],
    titles: [&'static str; TITLES],
    sentences: [&'static str; SENTENCES],
    cities: [&'static str; CITIES],
    /// An institution's name with its city as `{c}`.
    kinds: [&'static str; KINDS],
    /// A catalogue's title, with its source number as `{n}`.
    catalogue: &'static str,
    introduction: &'static str,
    overview: &'static str,
}

#[rustfmt::skip]
pub const LANGS: [Lang; 14] = [
    Lang {
        tag: "en",
        space: " ",
        topics: [
            "Statistics", "Biology", "World History", "Climate Science", "Public Health", "Machine Learning",
            "Linear Algebra", "Microeconomics", "Organic Chemistry", "Creative Writing", "Project Management",
            "Nutrition", "Astronomy", "Philosophy", "Marketing", "Cybersecurity", "Sustainable Agriculture",
            "Music Theory", "Psychology", "Urban Planning", "Photography", "Accounting", "Renewable Energy",
            "Data Visualisation",
        ],
        titles: [
            "Introduction to {t}", "{t} for Beginners", "{t}: Advanced Topics", "{t} in Practice",
            "Foundations of {t}", "{t} and {u}",
        ],
        sentences: [
            "This {t} course introduces the key ideas step by step.",
            "You will practise with real examples and short quizzes.",
            "No prior knowledge is needed.",
            "Each module ends with a short exercise.",
            "Designed for students and working professionals.",
            "Videos come with subtitles and transcripts.",
            "By the end, you can apply what you learned in your own projects.",
            "Learn at your own pace, online or offline.",
            "It also shows links with {u}.",
        ],
        cities: ["Lyon", "Nairobi", "Osaka", "Porto", "Bandung", "Izmir", "Valparaiso", "Hanoi", "Leipzig"],
        kinds: ["University of {c}", "{c} Institute of Technology", "{c} Open University"],
        catalogue: "Alliance catalogue {n}",
        introduction: "Introduction",
        overview: "Overview",
    },
    Lang {
        tag: "zh-CN",
        space: "",
        topics: [
            "统计学", "生物学", "世界史", "气候科学", "公共卫生", "机器学习", "线性代数", "微观经济学", "有机化学", "创意写作", "项目管理", "营养学", "天文学",
            "哲学", "市场营销", "网络安全", "可持续农业", "乐理", "心理学", "城市规划", "摄影", "会计学", "可再生能源", "数据可视化",
        ],
        titles: ["{t}导论", "{t}入门", "{t}进阶专题", "{t}实践", "{t}基础", "{t}与{u}"],
        sentences: [
            "本{t}课程循序渐进地介绍核心概念。",
            "你将通过真实案例和小测验进行练习。",
            "无需任何预备知识。",
            "每个单元都以一个简短练习结束。",
            "适合在校学生和在职人员。",
            "视频配有字幕和文字稿。",
            "学完后，你可以在自己的项目中运用所学内容。",
            "按自己的节奏学习，在线离线均可。",
            "课程还会介绍它与{u}的联系。",
        ],
        cities: ["里昂", "内罗毕", "大阪", "波尔图", "万隆", "伊兹密尔", "瓦尔帕莱索", "河内", "莱比锡"],
        kinds: ["{c}大学", "{c}理工学院", "{c}开放大学"],
        catalogue: "联盟课程目录 {n}",
        introduction: "导言",
        overview: "概览",
    },
    Lang {
        tag: "fr",
        space: " ",
        topics: [
            "Statistique", "Biologie", "Histoire mondiale", "Sciences du climat", "Santé publique",
            "Apprentissage automatique", "Algèbre linéaire", "Microéconomie", "Chimie organique",
            "Écriture créative", "Gestion de projet", "Nutrition", "Astronomie", "Philosophie", "Marketing",
            "Cybersécurité", "Agriculture durable", "Théorie musicale", "Psychologie", "Urbanisme", "Photographie",
            "Comptabilité", "Énergies renouvelables", "Visualisation de données",
        ],
        titles: [
            "{t} : introduction", "{t} pour débutants", "{t} : approfondissement", "{t} en pratique",
            "{t} : les fondements", "{t} et {u}",
        ],
        sentences: [
            "Ce cours de {t} présente les idées clés pas à pas.",
            "Vous vous exercerez sur des exemples réels et de courts quiz.",
            "Aucune connaissance préalable n'est requise.",
            "Chaque module se termine par un court exercice.",
            "Conçu pour les étudiants et les professionnels.",
            "Les vidéos ont des sous-titres et des transcriptions.",
            "À la fin, vous saurez appliquer ces notions à vos propres projets.",
            "Apprenez à votre rythme, en ligne ou hors ligne.",
            "Il montre aussi ses liens avec la discipline « {u} ».",
        ],
        cities: ["Lyon", "Nairobi", "Osaka", "Porto", "Bandung", "Izmir", "Valparaíso", "Hanoï", "Leipzig"],
        kinds: ["Université de {c}", "Institut de technologie de {c}", "Université ouverte de {c}"],
        catalogue: "Catalogue de l'Alliance {n}",
        introduction: "Introduction",
        overview: "Vue d'ensemble",
    },
    Lang {
        tag: "es",
        space: " ",
        topics: [
            "Estadística", "Biología", "Historia universal", "Ciencias del clima", "Salud pública",
            "Aprendizaje automático", "Álgebra lineal", "Microeconomía", "Química orgánica", "Escritura creativa",
            "Gestión de proyectos", "Nutrición", "Astronomía", "Filosofía", "Marketing", "Ciberseguridad",
            "Agricultura sostenible", "Teoría musical", "Psicología", "Urbanismo", "Fotografía", "Contabilidad",
            "Energías renovables", "Visualización de datos",
        ],
        titles: [
            "{t}: introducción", "{t} para principiantes", "{t}: temas avanzados", "{t} en la práctica",
            "Fundamentos de {t}", "{t} y {u}",
        ],
        sentences: [
            "Este curso de {t} presenta las ideas clave paso a paso.",
            "Practicarás con ejemplos reales y cuestionarios breves.",
            "No se necesitan conocimientos previos.",
            "Cada módulo termina con un ejercicio corto.",
            "Pensado para estudiantes y profesionales en activo.",
            "Los vídeos incluyen subtítulos y transcripciones.",
            "Al final, podrás aplicar lo aprendido en tus propios proyectos.",
            "Aprende a tu ritmo, con o sin conexión.",
            "También muestra sus vínculos con la disciplina «{u}».",
        ],
        cities: ["Lyon", "Nairobi", "Osaka", "Oporto", "Bandung", "Esmirna", "Valparaíso", "Hanói", "Leipzig"],
        kinds: ["Universidad de {c}", "Instituto Tecnológico de {c}", "Universidad Abierta de {c}"],
        catalogue: "Catálogo de la Alianza {n}",
        introduction: "Introducción",
        overview: "Panorama",
    },
    Lang {
        tag: "ar",
        space: " ",
        topics: [
            "الإحصاء", "علم الأحياء", "التاريخ العالمي", "علوم المناخ", "الصحة العامة", "تعلّم الآلة",
            "الجبر الخطي", "الاقتصاد الجزئي", "الكيمياء العضوية", "الكتابة الإبداعية", "إدارة المشاريع", "التغذية",
            "علم الفلك", "الفلسفة", "التسويق", "الأمن السيبراني", "الزراعة المستدامة", "نظرية الموسيقى",
            "علم النفس", "التخطيط العمراني", "التصوير الفوتوغرافي", "المحاسبة", "الطاقة المتجددة", "تصوير البيانات",
        ],
        titles: ["مقدمة في {t}", "{t} للمبتدئين", "موضوعات متقدمة في {t}", "{t} في التطبيق", "أسس {t}", "{t} و{u}"],
        sentences: [
            "تقدّم هذه الدورة في {t} الأفكار الأساسية خطوة بخطوة.",
            "ستتدرّب على أمثلة حقيقية واختبارات قصيرة.",
            "لا تحتاج إلى معرفة سابقة.",
            "تنتهي كل وحدة بتمرين قصير.",
            "مصمّمة للطلاب وللعاملين.",
            "تأتي مقاطع الفيديو مع ترجمة ونصوص مكتوبة.",
            "في النهاية، ستتمكن من تطبيق ما تعلّمته في مشروعاتك.",
            "تعلّم بالسرعة التي تناسبك، متصلًا أو دون اتصال.",
            "وتبيّن أيضًا صلته بمجال {u}.",
        ],
        cities: ["ليون", "نيروبي", "أوساكا", "بورتو", "باندونغ", "إزمير", "فالبارايسو", "هانوي", "لايبزيغ"],
        kinds: ["جامعة {c}", "معهد {c} للتكنولوجيا", "جامعة {c} المفتوحة"],
        catalogue: "فهرس التحالف {n}",
        introduction: "مقدمة",
        overview: "نظرة عامة",
    },
    Lang {
        tag: "ru",
        space: " ",
        topics: [
            "Статистика", "Биология", "Всемирная история", "Климатология", "Общественное здравоохранение",
            "Машинное обучение", "Линейная алгебра", "Микроэкономика", "Органическая химия", "Творческое письмо",
            "Управление проектами", "Диетология", "Астрономия", "Философия", "Маркетинг", "Кибербезопасность",
            "Устойчивое сельское хозяйство", "Теория музыки", "Психология", "Градостроительство", "Фотография",
            "Бухгалтерский учёт", "Возобновляемая энергетика", "Визуализация данных",
        ],
        titles: [
            "{t}: введение", "{t} для начинающих", "{t}: продвинутый курс", "{t} на практике", "{t}: основы",
            "{t} и {u}",
        ],
        sentences: [
            "Курс «{t}» шаг за шагом знакомит с ключевыми идеями.",
            "Вы будете практиковаться на реальных примерах и коротких тестах.",
            "Предварительные знания не требуются.",
            "Каждый модуль завершается коротким упражнением.",
            "Курс рассчитан на студентов и работающих специалистов.",
            "Видео снабжены субтитрами и расшифровками.",
            "В конце вы сможете применить полученные знания в своих проектах.",
            "Учитесь в своём темпе, онлайн или офлайн.",
            "Также показаны связи с дисциплиной «{u}».",
        ],
        cities: ["Лион", "Найроби", "Осака", "Порту", "Бандунг", "Измир", "Вальпараисо", "Ханой", "Лейпциг"],
        kinds: ["Университет города {c}", "Технологический институт города {c}", "Открытый университет города {c}"],
        catalogue: "Каталог Альянса {n}",
        introduction: "Введение",
        overview: "Обзор",
    },
    Lang {
        tag: "pt-BR",
        space: " ",
        topics: [
            "Estatística", "Biologia", "História mundial", "Ciência do clima", "Saúde pública",
            "Aprendizado de máquina", "Álgebra linear", "Microeconomia", "Química orgânica", "Escrita criativa",
            "Gestão de projetos", "Nutrição", "Astronomia", "Filosofia", "Marketing", "Cibersegurança",
            "Agricultura sustentável", "Teoria musical", "Psicologia", "Planejamento urbano", "Fotografia",
            "Contabilidade", "Energias renováveis", "Visualização de dados",
        ],
        titles: [
            "{t}: introdução", "{t} para iniciantes", "{t}: tópicos avançados", "{t} na prática",
            "Fundamentos de {t}", "{t} e {u}",
        ],
        sentences: [
            "Este curso de {t} apresenta as ideias principais passo a passo.",
            "Você vai praticar com exemplos reais e questionários curtos.",
            "Não é necessário conhecimento prévio.",
            "Cada módulo termina com um exercício curto.",
            "Pensado para estudantes e profissionais.",
            "Os vídeos têm legendas e transcrições.",
            "Ao final, você poderá aplicar o que aprendeu em seus próprios projetos.",
            "Estude no seu ritmo, online ou offline.",
            "Também mostra suas ligações com a disciplina “{u}”.",
        ],
        cities: ["Lyon", "Nairóbi", "Osaka", "Porto", "Bandung", "Esmirna", "Valparaíso", "Hanói", "Leipzig"],
        kinds: ["Universidade de {c}", "Instituto de Tecnologia de {c}", "Universidade Aberta de {c}"],
        catalogue: "Catálogo da Aliança {n}",
        introduction: "Introdução",
        overview: "Visão geral",
    },
    Lang {
        tag: "de",
        space: " ",
        topics: [
            "Statistik", "Biologie", "Weltgeschichte", "Klimawissenschaft", "Öffentliche Gesundheit",
            "Maschinelles Lernen", "Lineare Algebra", "Mikroökonomie", "Organische Chemie", "Kreatives Schreiben",
            "Projektmanagement", "Ernährungswissenschaft", "Astronomie", "Philosophie", "Marketing",
            "Cybersicherheit", "Nachhaltige Landwirtschaft", "Musiktheorie", "Psychologie", "Stadtplanung",
            "Fotografie", "Rechnungswesen", "Erneuerbare Energien", "Datenvisualisierung",
        ],
        titles: [
            "{t}: Einführung", "{t} für Einsteiger", "{t}: Vertiefung", "{t} in der Praxis", "{t}: Grundlagen",
            "{t} und {u}",
        ],
        sentences: [
            "Dieser Kurs zu {t} führt Schritt für Schritt in die wichtigsten Ideen ein.",
            "Sie üben an echten Beispielen und kurzen Quizfragen.",
            "Vorkenntnisse sind nicht nötig.",
            "Jedes Modul endet mit einer kurzen Übung.",
            "Für Studierende und Berufstätige gedacht.",
            "Die Videos haben Untertitel und Transkripte.",
            "Am Ende können Sie das Gelernte in eigenen Projekten anwenden.",
            "Lernen Sie in Ihrem Tempo, online oder offline.",
            "Außerdem zeigt er Bezüge zum Fach „{u}“.",
        ],
        cities: ["Lyon", "Nairobi", "Osaka", "Porto", "Bandung", "Izmir", "Valparaíso", "Hanoi", "Leipzig"],
        kinds: ["Universität {c}", "Technisches Institut {c}", "Fernuniversität {c}"],
        catalogue: "Katalog der Allianz {n}",
        introduction: "Einführung",
        overview: "Überblick",
    },
    Lang {
        tag: "ja",
        space: "",
        topics: [
            "統計学", "生物学", "世界史", "気候科学", "公衆衛生", "機械学習", "線形代数", "ミクロ経済学", "有機化学", "創作文章", "プロジェクト管理", "栄養学", "天文学",
            "哲学", "マーケティング", "サイバーセキュリティ", "持続可能な農業", "音楽理論", "心理学", "都市計画", "写真", "会計学", "再生可能エネルギー", "データ可視化",
        ],
        titles: ["{t}入門", "初心者のための{t}", "{t}応用", "実践{t}", "{t}の基礎", "{t}と{u}"],
        sentences: [
            "この{t}講座では、重要な考え方を一歩ずつ学びます。",
            "実際の例と短いクイズで練習します。",
            "予備知識は必要ありません。",
            "各モジュールの最後に短い演習があります。",
            "学生と社会人のための講座です。",
            "動画には字幕と書き起こしが付いています。",
            "修了後は、学んだことを自分のプロジェクトに活かせます。",
            "オンラインでもオフラインでも、自分のペースで学べます。",
            "{u}とのつながりも紹介します。",
        ],
        cities: ["リヨン", "ナイロビ", "大阪", "ポルト", "バンドン", "イズミル", "バルパライソ", "ハノイ", "ライプツィヒ"],
        kinds: ["{c}大学", "{c}工科大学", "{c}放送大学"],
        catalogue: "アライアンス講座カタログ {n}",
        introduction: "はじめに",
        overview: "概要",
    },
    Lang {
        tag: "ko",
        space: " ",
        topics: [
            "통계학", "생물학", "세계사", "기후과학", "공중보건", "머신러닝", "선형대수학", "미시경제학", "유기화학", "창의적 글쓰기", "프로젝트 관리", "영양학",
            "천문학", "철학", "마케팅", "사이버 보안", "지속가능한 농업", "음악 이론", "심리학", "도시계획", "사진", "회계학", "재생에너지", "데이터 시각화",
        ],
        titles: ["{t} 입문", "초보자를 위한 {t}", "{t} 심화", "실전 {t}", "{t}의 기초", "{t} 및 {u}"],
        sentences: [
            "이 {t} 강좌는 핵심 개념을 단계별로 소개합니다.",
            "실제 사례와 짧은 퀴즈로 연습합니다.",
            "사전 지식은 필요하지 않습니다.",
            "각 모듈은 짧은 연습 문제로 끝납니다.",
            "학생과 직장인을 위해 만들었습니다.",
            "동영상에는 자막과 대본이 있습니다.",
            "과정을 마치면 배운 내용을 자신의 프로젝트에 적용할 수 있습니다.",
            "온라인이든 오프라인이든 자신의 속도로 배우세요.",
            "{u} 분야와의 연관성도 다룹니다.",
        ],
        cities: ["리옹", "나이로비", "오사카", "포르투", "반둥", "이즈미르", "발파라이소", "하노이", "라이프치히"],
        kinds: ["{c} 대학교", "{c} 공과대학교", "{c} 방송통신대학교"],
        catalogue: "얼라이언스 강좌 목록 {n}",
        introduction: "소개",
        overview: "개요",
    },
    Lang {
        tag: "hi",
        space: " ",
        topics: [
            "सांख्यिकी", "जीवविज्ञान", "विश्व इतिहास", "जलवायु विज्ञान", "सार्वजनिक स्वास्थ्य", "मशीन लर्निंग",
            "रैखिक बीजगणित", "व्यष्टि अर्थशास्त्र", "कार्बनिक रसायन", "रचनात्मक लेखन", "परियोजना प्रबंधन", "पोषण",
            "खगोल विज्ञान", "दर्शनशास्त्र", "विपणन", "साइबर सुरक्षा", "सतत कृषि", "संगीत सिद्धांत", "मनोविज्ञान",
            "नगर नियोजन", "फ़ोटोग्राफ़ी", "लेखांकन", "नवीकरणीय ऊर्जा", "डेटा विज़ुअलाइज़ेशन",
        ],
        titles: [
            "{t}: परिचय", "शुरुआती लोगों के लिए {t}", "{t}: उन्नत विषय", "व्यवहार में {t}", "{t} की बुनियाद",
            "{t} और {u}",
        ],
        sentences: [
            "यह {t} पाठ्यक्रम मुख्य विचारों को क़दम-दर-क़दम समझाता है।",
            "आप असली उदाहरणों और छोटी प्रश्नोत्तरियों से अभ्यास करेंगे।",
            "किसी पूर्व ज्ञान की ज़रूरत नहीं है।",
            "हर मॉड्यूल एक छोटे अभ्यास के साथ समाप्त होता है।",
            "विद्यार्थियों और कामकाजी पेशेवरों के लिए बनाया गया।",
            "वीडियो में उपशीर्षक और प्रतिलेख हैं।",
            "अंत में, आप जो सीखा है उसे अपनी परियोजनाओं में लागू कर सकेंगे।",
            "अपनी गति से सीखें, ऑनलाइन या ऑफ़लाइन।",
            "यह {u} से इसके संबंध भी दिखाता है।",
        ],
        cities: ["ल्योन", "नैरोबी", "ओसाका", "पोर्टो", "बांडुंग", "इज़मिर", "वालपराइसो", "हनोई", "लाइपज़िग"],
        kinds: ["{c} विश्वविद्यालय", "{c} प्रौद्योगिकी संस्थान", "{c} मुक्त विश्वविद्यालय"],
        catalogue: "गठबंधन पाठ्यक्रम सूची {n}",
        introduction: "परिचय",
        overview: "अवलोकन",
    },
    Lang {
        tag: "id",
        space: " ",
        topics: [
            "Statistika", "Biologi", "Sejarah Dunia", "Ilmu Iklim", "Kesehatan Masyarakat", "Pembelajaran Mesin",
            "Aljabar Linear", "Ekonomi Mikro", "Kimia Organik", "Penulisan Kreatif", "Manajemen Proyek", "Gizi",
            "Astronomi", "Filsafat", "Pemasaran", "Keamanan Siber", "Pertanian Berkelanjutan", "Teori Musik",
            "Psikologi", "Perencanaan Kota", "Fotografi", "Akuntansi", "Energi Terbarukan", "Visualisasi Data",
        ],
        titles: [
            "Pengantar {t}", "{t} untuk Pemula", "{t} Lanjutan", "{t} dalam Praktik", "Dasar-Dasar {t}",
            "{t} dan {u}",
        ],
        sentences: [
            "Kursus {t} ini memperkenalkan gagasan utama langkah demi langkah.",
            "Anda akan berlatih dengan contoh nyata dan kuis singkat.",
            "Tidak perlu pengetahuan sebelumnya.",
            "Setiap modul diakhiri dengan latihan singkat.",
            "Dirancang untuk mahasiswa dan profesional.",
            "Video dilengkapi subtitel dan transkrip.",
            "Di akhir kursus, Anda dapat menerapkan apa yang dipelajari dalam proyek sendiri.",
            "Belajar sesuai kecepatan Anda, daring maupun luring.",
            "Kursus ini juga menunjukkan kaitannya dengan {u}.",
        ],
        cities: ["Lyon", "Nairobi", "Osaka", "Porto", "Bandung", "Izmir", "Valparaíso", "Hanoi", "Leipzig"],
        kinds: ["Universitas {c}", "Institut Teknologi {c}", "Universitas Terbuka {c}"],
        catalogue: "Katalog Aliansi {n}",
        introduction: "Pengantar",
        overview: "Ikhtisar",
    },
    Lang {
        tag: "tr",
        space: " ",
        topics: [
            "İstatistik", "Biyoloji", "Dünya Tarihi", "İklim Bilimi", "Halk Sağlığı", "Makine Öğrenmesi",
            "Doğrusal Cebir", "Mikroekonomi", "Organik Kimya", "Yaratıcı Yazarlık", "Proje Yönetimi", "Beslenme",
            "Astronomi", "Felsefe", "Pazarlama", "Siber Güvenlik", "Sürdürülebilir Tarım", "Müzik Teorisi",
            "Psikoloji", "Kent Planlaması", "Fotoğrafçılık", "Muhasebe", "Yenilenebilir Enerji",
            "Veri Görselleştirme",
        ],
        titles: [
            "{t}: Giriş", "Yeni Başlayanlar İçin {t}", "İleri {t}", "Uygulamalı {t}", "{t}: Temeller", "{t} ve {u}",
        ],
        sentences: [
            "Bu {t} dersi temel fikirleri adım adım tanıtıyor.",
            "Gerçek örnekler ve kısa testlerle pratik yapacaksınız.",
            "Ön bilgi gerekmez.",
            "Her modül kısa bir alıştırmayla biter.",
            "Öğrenciler ve çalışan profesyoneller için tasarlandı.",
            "Videolarda altyazı ve döküm bulunur.",
            "Sonunda öğrendiklerinizi kendi projelerinizde uygulayabileceksiniz.",
            "Kendi hızınızda, çevrimiçi ya da çevrimdışı öğrenin.",
            "Ayrıca {u} alanıyla bağlantılarını da gösteriyor.",
        ],
        cities: ["Lyon", "Nairobi", "Osaka", "Porto", "Bandung", "İzmir", "Valparaíso", "Hanoi", "Leipzig"],
        kinds: ["{c} Üniversitesi", "{c} Teknoloji Enstitüsü", "{c} Açık Üniversitesi"],
        catalogue: "İttifak Kataloğu {n}",
        introduction: "Giriş",
        overview: "Genel Bakış",
    },
    Lang {
        tag: "vi",
        space: " ",
        topics: [
            "Thống kê", "Sinh học", "Lịch sử thế giới", "Khoa học khí hậu", "Y tế công cộng", "Học máy",
            "Đại số tuyến tính", "Kinh tế vi mô", "Hóa hữu cơ", "Viết sáng tạo", "Quản lý dự án", "Dinh dưỡng",
            "Thiên văn học", "Triết học", "Marketing", "An ninh mạng", "Nông nghiệp bền vững", "Nhạc lý",
            "Tâm lý học", "Quy hoạch đô thị", "Nhiếp ảnh", "Kế toán", "Năng lượng tái tạo", "Trực quan hóa dữ liệu",
        ],
        titles: [
            "Nhập môn {t}", "{t} cho người mới bắt đầu", "{t} nâng cao", "{t} trong thực tiễn", "Cơ sở {t}",
            "{t} và {u}",
        ],
        sentences: [
            "Khóa học {t} này giới thiệu từng bước các ý tưởng chính.",
            "Bạn sẽ thực hành với ví dụ thực tế và các bài trắc nghiệm ngắn.",
            "Không cần kiến thức nền.",
            "Mỗi học phần kết thúc bằng một bài tập ngắn.",
            "Dành cho sinh viên và người đi làm.",
            "Video có phụ đề và bản ghi lời.",
            "Khi kết thúc, bạn có thể áp dụng những gì đã học vào dự án của mình.",
            "Học theo nhịp độ của bạn, trực tuyến hoặc ngoại tuyến.",
            "Khóa học cũng cho thấy mối liên hệ với {u}.",
        ],
        cities: ["Lyon", "Nairobi", "Osaka", "Porto", "Bandung", "Izmir", "Valparaíso", "Hà Nội", "Leipzig"],
        kinds: ["Đại học {c}", "Học viện Công nghệ {c}", "Đại học Mở {c}"],
        catalogue: "Danh mục Liên minh {n}",
        introduction: "Giới thiệu",
        overview: "Tổng quan",
    },
];
