//! Small hand-written word lists the entity rules use (written for dixit).

use crate::gazetteer::Gender;

/// Honorifics: what follows is a person's name, whatever it looks like.
pub const HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("M", Some(Gender::M)),
    ("MM", Some(Gender::M)),
    ("Mme", Some(Gender::F)),
    ("Mmes", Some(Gender::F)),
    ("Mlle", Some(Gender::F)),
    ("Dr", None),
    ("Me", None),
    ("Pr", None),
    ("Mgr", Some(Gender::M)),
    ("Monseigneur", Some(Gender::M)),
    ("Mr", Some(Gender::M)),
    ("Mrs", Some(Gender::F)),
    ("Ms", Some(Gender::F)),
    ("Miss", Some(Gender::F)),
    ("Sir", Some(Gender::M)),
    ("Dame", Some(Gender::F)),
    ("Lord", Some(Gender::M)),
    ("Lady", Some(Gender::F)),
    ("Rev", None),
    // Spelled out, capitalized or not (fiction and older press: "madame de Rochefide").
    ("Monsieur", Some(Gender::M)),
    ("monsieur", Some(Gender::M)),
    ("Madame", Some(Gender::F)),
    ("madame", Some(Gender::F)),
    ("Mademoiselle", Some(Gender::F)),
    ("mademoiselle", Some(Gender::F)),
];

/// Titles of nobility, in lower case, with their gender: a story names people with them ("le
/// comte de Lanty", "la marquise de Rochefide").
pub const NOBLE_TITLES: &[(&str, Gender)] = &[
    ("comte", Gender::M),
    ("comtesse", Gender::F),
    ("marquis", Gender::M),
    ("marquise", Gender::F),
    ("baron", Gender::M),
    ("baronne", Gender::F),
    ("duc", Gender::M),
    ("duchesse", Gender::F),
    ("vicomte", Gender::M),
    ("vicomtesse", Gender::F),
];

/// Roles and titles (lower case; also matched capitalized): a name right after one is a person.
pub const ROLES: &[(&str, Option<Gender>)] = &[
    ("président", Some(Gender::M)),
    ("présidente", Some(Gender::F)),
    ("ministre", None),
    ("porte-parole", None),
    ("secrétaire", None),
    ("député", Some(Gender::M)),
    ("députée", Some(Gender::F)),
    ("sénateur", Some(Gender::M)),
    ("sénatrice", Some(Gender::F)),
    ("maire", None),
    ("adjoint", Some(Gender::M)),
    ("adjointe", Some(Gender::F)),
    ("avocat", Some(Gender::M)),
    ("avocate", Some(Gender::F)),
    ("chancelier", Some(Gender::M)),
    ("chancelière", Some(Gender::F)),
    ("roi", Some(Gender::M)),
    ("reine", Some(Gender::F)),
    ("prince", Some(Gender::M)),
    ("princesse", Some(Gender::F)),
    ("pape", Some(Gender::M)),
    ("général", Some(Gender::M)),
    ("colonel", Some(Gender::M)),
    ("capitaine", None),
    ("juge", None),
    ("procureur", Some(Gender::M)),
    ("procureure", Some(Gender::F)),
    ("directeur", Some(Gender::M)),
    ("directrice", Some(Gender::F)),
    ("PDG", None),
    ("patron", Some(Gender::M)),
    ("patronne", Some(Gender::F)),
    ("chef", None),
    ("cheffe", Some(Gender::F)),
    ("leader", None),
    ("dirigeant", Some(Gender::M)),
    ("dirigeante", Some(Gender::F)),
    ("candidat", Some(Gender::M)),
    ("candidate", Some(Gender::F)),
    ("journaliste", None),
    ("acteur", Some(Gender::M)),
    ("actrice", Some(Gender::F)),
    ("chanteur", Some(Gender::M)),
    ("chanteuse", Some(Gender::F)),
    ("footballeur", Some(Gender::M)),
    ("joueur", Some(Gender::M)),
    ("joueuse", Some(Gender::F)),
    ("entraîneur", Some(Gender::M)),
    ("sélectionneur", Some(Gender::M)),
    ("écrivain", Some(Gender::M)),
    ("écrivaine", Some(Gender::F)),
    ("auteur", Some(Gender::M)),
    ("autrice", Some(Gender::F)),
    ("réalisateur", Some(Gender::M)),
    ("réalisatrice", Some(Gender::F)),
    ("animateur", Some(Gender::M)),
    ("animatrice", Some(Gender::F)),
    ("professeur", None),
    ("professeure", Some(Gender::F)),
    ("docteur", None),
    ("commissaire", None),
    ("gouverneur", Some(Gender::M)),
    ("préfet", Some(Gender::M)),
    ("préfète", Some(Gender::F)),
    ("ambassadeur", Some(Gender::M)),
    ("ambassadrice", Some(Gender::F)),
    ("conseiller", Some(Gender::M)),
    ("conseillère", Some(Gender::F)),
    ("opposant", Some(Gender::M)),
    ("opposante", Some(Gender::F)),
    ("militant", Some(Gender::M)),
    ("militante", Some(Gender::F)),
    ("épouse", Some(Gender::F)),
    ("époux", Some(Gender::M)),
    ("mari", Some(Gender::M)),
    ("compagne", Some(Gender::F)),
    ("compagnon", Some(Gender::M)),
    ("fils", Some(Gender::M)),
    ("fille", Some(Gender::F)),
    ("frère", Some(Gender::M)),
    ("sœur", Some(Gender::F)),
    // (Written without the ligature: "Soeur Emmanuelle".)
    ("soeur", Some(Gender::F)),
    ("père", Some(Gender::M)),
    ("mère", Some(Gender::F)),
    ("veuve", Some(Gender::F)),
    ("cheikh", Some(Gender::M)),
    ("émir", Some(Gender::M)),
    ("ayatollah", Some(Gender::M)),
    ("imam", Some(Gender::M)),
    ("cardinal", Some(Gender::M)),
    ("abbé", Some(Gender::M)),
    ("rabbin", Some(Gender::M)),
    ("fondateur", Some(Gender::M)),
    ("fondatrice", Some(Gender::F)),
    ("économiste", None),
    ("sociologue", None),
    ("politologue", None),
    ("historien", Some(Gender::M)),
    ("historienne", Some(Gender::F)),
    ("chercheur", Some(Gender::M)),
    ("chercheuse", Some(Gender::F)),
    ("épidémiologiste", None),
    ("infectiologue", None),
    ("témoin", None),
    ("habitant", Some(Gender::M)),
    ("habitante", Some(Gender::F)),
    ("élu", Some(Gender::M)),
    ("élue", Some(Gender::F)),
    ("président-directeur", Some(Gender::M)),
    ("négociateur", Some(Gender::M)),
    ("négociatrice", Some(Gender::F)),
    ("coordinateur", Some(Gender::M)),
    ("coordinatrice", Some(Gender::F)),
    ("délégué", Some(Gender::M)),
    ("déléguée", Some(Gender::F)),
    ("rapporteur", Some(Gender::M)),
    ("rapporteure", Some(Gender::F)),
    ("présentateur", Some(Gender::M)),
    ("présentatrice", Some(Gender::F)),
    ("star", None),
    ("champion", Some(Gender::M)),
    ("championne", Some(Gender::F)),
    ("pilote", None),
    ("nageur", Some(Gender::M)),
    ("nageuse", Some(Gender::F)),
    ("ex-président", Some(Gender::M)),
    ("ex-ministre", None),
    ("ex-mari", Some(Gender::M)),
    ("ex-femme", Some(Gender::F)),
    ("ex-compagne", Some(Gender::F)),
    ("ex-épouse", Some(Gender::F)),
    // English
    ("president", None),
    ("minister", None),
    ("secretary", None),
    ("senator", None),
    ("sen", None),
    ("rep", None),
    ("representative", None),
    ("gov", None),
    ("governor", None),
    ("mayor", None),
    ("spokesman", Some(Gender::M)),
    ("spokeswoman", Some(Gender::F)),
    ("spokesperson", None),
    ("chancellor", None),
    ("king", Some(Gender::M)),
    ("queen", Some(Gender::F)),
    ("judge", None),
    ("justice", None),
    ("ceo", None),
    ("chairman", Some(Gender::M)),
    ("chairwoman", Some(Gender::F)),
    ("coach", None),
    ("lawyer", None),
    ("attorney", None),
    ("gen", None),
    ("lt", None),
    ("sgt", None),
    ("capt", None),
    ("cpl", None),
    ("pvt", None),
    ("cmdr", None),
    ("rev", None),
    ("reverend", None),
    ("bishop", None),
    ("officer", None),
    ("detective", None),
    ("professor", None),
    ("director", None),
    ("commissioner", None),
    ("councillor", None),
    ("councilor", None),
    ("premier", None),
    ("mp", None),
    ("leader", None),
    ("chief", None),
    ("founder", None),
    ("analyst", None),
    ("economist", None),
    ("author", None),
    ("actor", Some(Gender::M)),
    ("actress", Some(Gender::F)),
    ("singer", None),
    ("wife", Some(Gender::F)),
    ("husband", Some(Gender::M)),
    ("son", Some(Gender::M)),
    ("daughter", Some(Gender::F)),
    ("pope", Some(Gender::M)),
    ("prince", Some(Gender::M)),
    ("princess", Some(Gender::F)),
];

/// Professions and ranks the news puts before a name ("l'humoriste Kev Adams", "le rappeur
/// Kaaris", "l'amiral Osami Nagano"): for the entity rules, roles like [`ROLES`]; the quote
/// stage does not read them as roles (a description by profession stays a description there).
pub const PROFESSIONS: &[(&str, Option<Gender>)] = &[
    ("amiral", Some(Gender::M)),
    ("lieutenant", Some(Gender::M)),
    ("commandant", Some(Gender::M)),
    ("sergent", Some(Gender::M)),
    ("caporal", Some(Gender::M)),
    ("adjudant", Some(Gender::M)),
    ("maréchal", Some(Gender::M)),
    ("recteur", Some(Gender::M)),
    ("rectrice", Some(Gender::F)),
    ("évêque", Some(Gender::M)),
    ("archevêque", Some(Gender::M)),
    ("pasteur", Some(Gender::M)),
    ("curé", Some(Gender::M)),
    ("notaire", Some(Gender::M)),
    ("inspecteur", Some(Gender::M)),
    ("inspectrice", Some(Gender::F)),
    ("consul", Some(Gender::M)),
    ("tsar", Some(Gender::M)),
    ("tsarine", Some(Gender::F)),
    ("empereur", Some(Gender::M)),
    ("impératrice", Some(Gender::F)),
    ("pharaon", Some(Gender::M)),
    ("entraîneuse", Some(Gender::F)),
    ("défenseur", Some(Gender::M)),
    ("comédien", Some(Gender::M)),
    ("comédienne", Some(Gender::F)),
    ("romancier", Some(Gender::M)),
    ("romancière", Some(Gender::F)),
    ("rappeur", Some(Gender::M)),
    ("rappeuse", Some(Gender::F)),
    ("chirurgien", Some(Gender::M)),
    ("chirurgienne", Some(Gender::F)),
    ("psychiatre", None),
    ("généticien", Some(Gender::M)),
    ("généticienne", Some(Gender::F)),
    ("physicien", Some(Gender::M)),
    ("physicienne", Some(Gender::F)),
    ("mathématicien", Some(Gender::M)),
    ("mathématicienne", Some(Gender::F)),
    ("astronaute", None),
    ("skieur", Some(Gender::M)),
    ("skieuse", Some(Gender::F)),
    ("cycliste", None),
    ("boxeur", Some(Gender::M)),
    ("boxeuse", Some(Gender::F)),
    ("judoka", None),
    ("tennisman", Some(Gender::M)),
    ("rugbyman", Some(Gender::M)),
    ("alpiniste", None),
    ("styliste", None),
    ("couturier", Some(Gender::M)),
    ("couturière", Some(Gender::F)),
    ("mannequin", None),
    ("influenceur", Some(Gender::M)),
    ("influenceuse", Some(Gender::F)),
    ("youtubeur", Some(Gender::M)),
    ("youtubeuse", Some(Gender::F)),
    ("vidéaste", None),
    ("syndicaliste", None),
    ("activiste", None),
    ("eurodéputé", Some(Gender::M)),
    ("eurodéputée", Some(Gender::F)),
    ("dissident", Some(Gender::M)),
    ("dissidente", Some(Gender::F)),
    ("magistrat", Some(Gender::M)),
    ("magistrate", Some(Gender::F)),
    ("diplomate", None),
    ("émissaire", None),
    ("cofondateur", Some(Gender::M)),
    ("cofondatrice", Some(Gender::F)),
    ("vice-président", Some(Gender::M)),
    ("vice-présidente", Some(Gender::F)),
    ("pianiste", None),
    ("violoniste", None),
    ("guitariste", None),
    ("cinéaste", None),
    ("dramaturge", None),
    ("poète", Some(Gender::M)),
    ("poétesse", Some(Gender::F)),
    ("essayiste", None),
    ("dessinateur", Some(Gender::M)),
    ("dessinatrice", Some(Gender::F)),
    ("illustrateur", Some(Gender::M)),
    ("illustratrice", Some(Gender::F)),
    ("scénariste", None),
    ("producteur", Some(Gender::M)),
    ("productrice", Some(Gender::F)),
    ("chorégraphe", None),
    ("danseur", Some(Gender::M)),
    ("danseuse", Some(Gender::F)),
    ("humoriste", None),
    ("photographe", None),
    ("architecte", None),
    ("peintre", None),
    ("sculpteur", Some(Gender::M)),
    ("sculptrice", Some(Gender::F)),
    ("compositeur", Some(Gender::M)),
    ("compositrice", Some(Gender::F)),
    ("philosophe", None),
    ("virologue", None),
    ("psychologue", None),
    ("biologiste", None),
    ("athlète", None),
    ("coureur", Some(Gender::M)),
    ("coureuse", Some(Gender::F)),
    ("basketteur", Some(Gender::M)),
    ("basketteuse", Some(Gender::F)),
    ("handballeur", Some(Gender::M)),
    ("handballeuse", Some(Gender::F)),
    ("gendarme", None),
    // English kin words before a name ("says Wise's dad, Darrin").
    ("father", Some(Gender::M)),
    ("mother", Some(Gender::F)),
    ("dad", Some(Gender::M)),
    ("mom", Some(Gender::F)),
    ("mum", Some(Gender::F)),
    ("brother", Some(Gender::M)),
    ("sister", Some(Gender::F)),
    ("grandfather", Some(Gender::M)),
    ("grandmother", Some(Gender::F)),
    ("girlfriend", Some(Gender::F)),
    ("boyfriend", Some(Gender::M)),
];

/// Lower-case nouns that head a body's long name, which an acronym in parentheses may then
/// define ("l'association de défense des familles et de l'individu (Adfi)").
pub const BODY_NOUNS: &[&str] = &[
    "association",
    "syndicat",
    "société",
    "office",
    "agence",
    "fédération",
    "confédération",
    "union",
    "conseil",
    "comité",
    "collectif",
    "groupe",
    "groupement",
    "mouvement",
    "parti",
    "brigade",
    "direction",
    "institut",
    "observatoire",
    "autorité",
    "commission",
    "centre",
    "caisse",
    "établissement",
    "fondation",
    "organisation",
    "organisme",
    "service",
    "bureau",
    "coordination",
    "front",
    "ligue",
    "ordre",
    "inspection",
    "assemblée",
    "cour",
    "tribunal",
    "parquet",
    "régie",
    "compagnie",
    "banque",
    "fonds",
    "laboratoire",
    "école",
    "université",
    "hôpital",
    "ministère",
    "préfecture",
    "secrétariat",
    "délégation",
    "mission",
    "académie",
    "chambre",
    "musée",
    "haut",
    "haute",
    "pôle",
    "réseau",
    "cellule",
    "unité",
    "division",
    "département",
    "district",
    "peloton",
    "escadron",
    "régiment",
    "agences",
    "caisses",
    "associations",
    "syndicats",
    "services",
    "offices",
];

/// French function words as headlines write them, which lists know as English acronyms ("UN",
/// "ON", "SE").
pub const FRENCH_WORDS_IN_CAPITALS: &[&str] = &[
    "UN", "UNE", "LE", "LA", "LES", "DES", "DU", "DE", "EN", "AU", "AUX", "ET", "SUR", "PAR",
    "POUR", "IL", "ELLE", "ON", "CE", "SE", "NE", "PAS", "EST", "SA", "SON", "SES", "QUI", "QUE",
];

/// Listed names that are a minister's portfolio after "ministre de l'", "ministre des" ("le
/// ministre de l'Éducation nationale", "la ministre des Outre-mer"): part of the role there,
/// no entity; a body or a place elsewhere ("l'Éducation nationale a annoncé", "en Outre-mer").
pub const PORTFOLIOS: &[&str] = &[
    "Éducation nationale",
    "Education nationale",
    "Outre-mer",
    "Outre-Mer",
];

/// Verbs of reporting, in the present, before or after a medium cited as a source ("comme
/// le relate 20 minutes", "20 minutes révèle").
pub const REPORTING_VERBS: &[&str] = &[
    "relate", "rappelle", "révèle", "rapporte", "indique", "précise", "explique", "affirme",
    "souligne", "note", "raconte", "assure", "publie", "annonce", "dévoile", "cite",
];

/// Words right before a medium cited as a source, besides [`REPORTING_VERBS`] ("selon 20
/// minutes", "Interrogé par 20 minutes"); also before "à" ("a confié à 20 minutes").
pub const CITING_BEFORE: &[&str] = &[
    "selon",
    "par",
    "confie",
    "écrit",
    "interrogé",
    "interrogée",
    "interviewé",
    "interviewée",
    "contacté",
    "contactée",
    "confié",
    "expliqué",
    "déclaré",
    "indiqué",
    "précisé",
    "raconté",
    "assuré",
    "affirmé",
    "révélé",
    "rapporté",
    "lecteurs",
];

/// Nouns before "de" and a medium cited as a source ("selon les informations de 20 minutes",
/// "dans les colonnes de 20 minutes", "auprès de").
pub const CITING_NOUNS: &[&str] = &[
    "informations",
    "colonnes",
    "site",
    "micro",
    "confrères",
    "journaliste",
    "journalistes",
    "auprès",
    "article",
    "interview",
    "entretien",
    "enquête",
    "rédaction",
    "lecteurs",
];

/// Words right after a medium cited as a source, besides [`REPORTING_VERBS`] ("20 minutes
/// s'est entretenu", "20 minutes prend l'exemple").
pub const CITING_AFTER: &[&str] = &[
    "s",
    "a",
    "avait",
    "prend",
    "évoque",
    "consacre",
    "détaille",
    "interroge",
    "rapportait",
    "révélait",
    "indiquait",
    "expliquait",
];

/// Nouns of a person's relatives, and of what befalls a victim, before "de" and a first name
/// alone ("les parents de Maëlys", "la disparition de Maëlys"): the name is a person's.
pub const RELATIVES: &[&str] = &[
    "parents",
    "père",
    "mère",
    "frère",
    "frères",
    "sœur",
    "sœurs",
    "soeur",
    "soeurs",
    "fils",
    "fille",
    "filles",
    "famille",
    "mari",
    "épouse",
    "compagnon",
    "compagne",
    "oncle",
    "tante",
    "cousin",
    "cousine",
    "proches",
    "meurtrier",
    "meurtre",
    "disparition",
    "décès",
    "assassinat",
    "agresseur",
    "ravisseur",
    "obsèques",
    "funérailles",
];

/// A noun of a French département's administration or representation, before "du" and the
/// département's name: "le préfet du Nord", "les députés du Nord", "le département du Nord".
pub fn is_administration(w: &str) -> bool {
    matches!(
        w,
        "préfet"
            | "préfète"
            | "préfecture"
            | "département"
            | "départements"
            | "député"
            | "députée"
            | "députés"
            | "sénateur"
            | "sénatrice"
            | "sénateurs"
            | "élu"
            | "élue"
            | "élus"
            | "circonscription"
            | "pompiers"
            | "gendarmerie"
            | "parquet"
            | "procureur"
            | "procureure"
            | "conseil"
            | "CHU"
    )
}

/// A noun before "du Monde" that makes it the world, not the paper: "la Coupe du Monde",
/// "champion du Monde", "le tour du Monde" (any case).
pub fn is_world_contest(w: &str) -> bool {
    const NOUNS: &[&str] = &[
        "coupe",
        "coupes",
        "championnat",
        "championnats",
        "champion",
        "championne",
        "champions",
        "championnes",
        "vice-champion",
        "vice-championne",
        "tour",
        "toit",
        "bout",
        "reste",
        "record",
        "records",
    ];
    w.len() <= 16 && NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// `a` is `b` misspelt: the same letters once accents and case are set aside, or (from four
/// letters on) at most two letters added, dropped or changed ("Emannuel" for "Emmanuel",
/// "Malène" for "Marlène", "Jérome" for "Jérôme").
pub fn near_spelling(a: &str, b: &str) -> bool {
    let fold = |s: &str| -> Vec<char> {
        s.chars()
            .map(|c| crate::gazetteer::strip_accent(c).to_ascii_lowercase())
            .collect()
    };
    let (a, b) = (fold(a), fold(b));
    if a == b {
        return true;
    }
    if a.len().min(b.len()) < 4 || a.len().abs_diff(b.len()) > 2 || a.len() > 24 || b.len() > 24 {
        return false;
    }
    // Levenshtein distance, one row at a time.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (x, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = x + 1;
        for (y, cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[y] + 1)
                .min(row[y + 1] + 1);
            diag = row[y + 1];
            row[y + 1] = next;
        }
    }
    row[b.len()] <= 2
}

/// A Roman ordinal written the French way: "XIXe", "Ier", "IIe", "IVème".
pub fn roman_ordinal(w: &str) -> bool {
    let digits = ["er", "ème", "e"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or("");
    !digits.is_empty() && digits.bytes().all(|c| b"IVXLC".contains(&c))
}

/// Roles of [`ROLES`] that are English words and ordinary French words ("son", "premier"): no
/// role in a French article.
pub const ENGLISH_ROLES_FRENCH_WORDS: &[&str] = &["son", "premier", "king", "queen"];

/// Name particles that join the parts of a person's name ("Dominique de Villepin").
pub const PARTICLES: &[&str] = &[
    "de", "du", "des", "van", "von", "der", "den", "ter", "da", "di", "dos", "das", "del", "della",
    "ben", "bin", "bint", "ibn", "al", "el", "le", "la", "y", "zu", "op",
];

/// Capitalized words that are not names on their own (sentence starts, roles, days, months...).
pub const NOT_NAMES: &[&str] = &[
    "Le",
    "La",
    "Les",
    "L",
    "Un",
    "Une",
    "Des",
    "Du",
    "De",
    "D",
    "Ce",
    "Cet",
    "Cette",
    "Ces",
    "Il",
    "Elle",
    "Ils",
    "Elles",
    "On",
    "Nous",
    "Vous",
    "Je",
    "J",
    "Tu",
    "Selon",
    "Pour",
    "Dans",
    "Après",
    "Avant",
    "Mais",
    "Et",
    "Ou",
    "Or",
    "Donc",
    "Car",
    "Si",
    "Quand",
    "Lorsque",
    "Lorsqu",
    "Comme",
    "Puisque",
    "Quoique",
    "Tandis",
    "Dès",
    "Soudain",
    "Ensuite",
    "Parfois",
    "Souvent",
    "Bientôt",
    "Alors",
    "Depuis",
    "Pendant",
    "Avec",
    "Sans",
    "Sous",
    "Sur",
    "Par",
    "Chez",
    "Contre",
    "Entre",
    "Vers",
    "En",
    "Au",
    "Aux",
    "À",
    "A",
    "Ainsi",
    "Aussi",
    "Puis",
    "Enfin",
    "Encore",
    "Même",
    "Tout",
    "Tous",
    "Toute",
    "Toutes",
    "Plus",
    "Moins",
    "Très",
    "Bien",
    "Non",
    "Oui",
    "Pas",
    "Ni",
    "Que",
    "Qui",
    "Quoi",
    "Dont",
    "Où",
    "Comment",
    "Pourquoi",
    "Combien",
    "Quel",
    "Quelle",
    "Quels",
    "Quelles",
    "Son",
    "Sa",
    "Ses",
    "Leur",
    "Leurs",
    "Mon",
    "Ma",
    "Mes",
    "Notre",
    "Nos",
    "Votre",
    "Vos",
    "C",
    "Ça",
    "Cela",
    "Ceci",
    "Celui",
    "Celle",
    "Ceux",
    "Celles",
    "Voici",
    "Voilà",
    "Sinon",
    // An English adverb that is a Norwegian first name ("Even Veterans Affairs officials").
    "Even",
    "Se",
    "Allah",
    "Allahu",
    // French words that are first names somewhere, opening headlines and names of things:
    // "Mort de Kobe Bryant", "Loi Travail", "Ville de Marseille", "Love Parade", "Gay Pride".
    "Mort",
    "Loi",
    "Ville",
    "Love",
    "Art",
    "Mille",
    "Tri",
    "Gay",
    "Ad",
    "Polo",
    "Buzz",
    "Sierra",
    // A car trim's material and a car game's first word, no towns there ("finitions en
    // Alcantara", "Gran Turismo").
    "Alcantara",
    "Gran",
    "Molotov",
    "Pourtant",
    "Cependant",
    "Toutefois",
    "Désormais",
    "Certes",
    "Lundi",
    "Mardi",
    "Mercredi",
    "Jeudi",
    "Vendredi",
    "Samedi",
    "Dimanche",
    "Janvier",
    "Février",
    "Mars",
    "Avril",
    "Mai",
    "Juin",
    "Juillet",
    "Août",
    "Septembre",
    "Octobre",
    "Novembre",
    "Décembre",
    "Premier",
    "Première",
    "Président",
    "Présidente",
    "Ministre",
    "Etat",
    "État",
    "Etats",
    "États",
    "Gouvernement",
    "République",
    "Monsieur",
    "Madame",
    "Mademoiselle",
    "Docteur",
    "Maître",
    "Professeur",
    "Général",
    "Saint",
    "Sainte",
    "Nord",
    "Sud",
    "Est",
    "Ouest",
    "Covid",
    "Internet",
    "Web",
    "Bac",
    "Brexit",
    "Noël",
    "Pâques",
    "Ramadan",
    "Toussaint",
    "Euro",
    "Euros",
    "Aujourd",
    "Hier",
    "Demain",
    "Désormais",
    "Cependant",
    "Pourtant",
    "Toutefois",
    "Néanmoins",
    "Surtout",
    "Notamment",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "We",
    "It",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "But",
    "And",
    "Or",
    "So",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "By",
    "According",
    "As",
    "Yet",
    "Still",
    "Now",
    "Then",
    "There",
    "Here",
    "What",
    "Who",
    "Why",
    "How",
    // English auxiliaries opening a question ("Are Democrats crippling Obamacare?", "Did
    // Clinton lie?"); not "Can", "Will", "May": first names too.
    "Is",
    "Are",
    "Was",
    "Were",
    "Do",
    "Does",
    "Did",
    "Has",
    "Have",
    "Had",
    "Could",
    "Would",
    "Should",
    "Must",
    "Shall",
    "Might",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "President",
    "Minister",
    "Government",
    "State",
    "Prime",
    "Secretary",
    "Chancellor",
    "Mayor",
    "Senator",
    "Governor",
    "Photo",
    "Crédit",
    "Image",
    "Vidéo",
    "Video",
];

/// Photo and news agencies whose name alone in parentheses or by a slash is a credit ("(AFP)",
/// "POOL / AFP"): see `credit` in the rules.
pub const PHOTO_AGENCIES: &[&str] = &[
    "AFP", "Reuters", "REUTERS", "Getty", "Sipa", "SIPA", "Maxppp", "MAXPPP", "Abaca", "ABACA",
    "Belga", "BELGA", "Xinhua",
];

/// Words before a medium's name that make it a photo credit, no entity ("photo AFP", "Crédit :
/// Reuters"; see `credit` in the rules).
pub const CREDIT_WORDS: &[&str] = &[
    "photo",
    "Photo",
    "PHOTO",
    "crédit",
    "Crédit",
    "CRÉDIT",
    "crédits",
    "Crédits",
    "©",
    "Image",
    "Illustration",
    "illustration",
];

/// Sports (and a few fields) an institution name ends with after "de" or "d'", in lower case:
/// "Fédération togolaise de football", "Ligue nationale de rugby", "Fédération internationale
/// de l'automobile".
pub const ORG_FIELDS: &[&str] = &[
    "athlétisme",
    "automobile",
    "aviron",
    "badminton",
    "basket",
    "basket-ball",
    "baseball",
    "biathlon",
    "boxe",
    "canoë",
    "canoë-kayak",
    "cyclisme",
    "équitation",
    "escrime",
    "football",
    "golf",
    "gymnastique",
    "haltérophilie",
    "handball",
    "hockey",
    "judo",
    "karaté",
    "motocyclisme",
    "natation",
    "pétanque",
    "rugby",
    "ski",
    "surf",
    "taekwondo",
    "tennis",
    "tir",
    "triathlon",
    "voile",
    "volley",
    "volley-ball",
    "volleyball",
];

/// Heads of institution names (ORG patterns).
pub const ORG_HEADS: &[&str] = &[
    "ministère",
    "Ministère",
    "Conseil",
    "Comité",
    "Commission",
    "Agence",
    "Office",
    "Banque",
    "Cour",
    "Tribunal",
    "Parquet",
    "Parti",
    "Union",
    "Fédération",
    "Assemblée",
    "Sénat",
    "Université",
    "Institut",
    "Association",
    "Syndicat",
    "Fondation",
    "Autorité",
    "Haute",
    "Direction",
    "Mission",
    "Conférence",
    "Organisation",
    "Caisse",
    "Chambre",
    "Centre",
    "Collège",
    "École",
    "Ecole",
    "Académie",
    "Observatoire",
    "Préfecture",
    "Secrétariat",
    "Délégation",
    "Inspection",
    "Brigade",
    "Groupe",
    "Compagnie",
    "Société",
    "Régie",
    "Musée",
    "Muséum",
    "Théâtre",
    "Orchestre",
    "Opéra",
    "Philharmonie",
    "Ballet",
    "Ballets",
    "Conservatoire",
    "Bibliothèque",
    "Cinémathèque",
    "Ministry",
    "Department",
    "Council",
    "Committee",
    "Agency",
    "Office",
    "Bank",
    "Court",
    "Party",
    "Federation",
    "Assembly",
    "Senate",
    "University",
    "Institute",
    "Foundation",
    "Authority",
    "Bureau",
    "Board",
    "Service",
    "Museum",
    "Corporation",
    "Company",
];

/// French nouns of natural places and waterways whose name follows alone: "la rivière
/// Boutonne", "la plage de Trez Bihan", "la vallée du Val Ferret", "l'île de Groix" (the name
/// is the place; news and Wikipedia alike leave the noun out of the name). Not "lac" (a
/// [`STREET_HEADS`] word, its name holds it) nor the nouns that the names of mountains,
/// forests and archipelagos hold as often ("massif des Écrins", "îles Marquises").
pub const NATURAL_FEATURES: &[&str] = &[
    "baie", "delta", "estuaire", "étang", "fleuve", "gorges", "île", "lagune", "plage", "rivière",
    "vallée",
];

/// Animals, whose names are no people's ("une pitbull prénommée Sasha").
pub const ANIMALS: &[&str] = &[
    "chien",
    "chienne",
    "chiot",
    "chat",
    "chatte",
    "chaton",
    "pitbull",
    "cheval",
    "jument",
    "poney",
    "âne",
    "vache",
    "taureau",
    "ours",
    "ourse",
    "lion",
    "lionne",
    "tigre",
    "tigresse",
    "éléphant",
    "singe",
    "girafe",
    "panda",
    "dauphin",
    "baleine",
    "oiseau",
    "perroquet",
    "serpent",
    "tortue",
    "animal",
    "rhinocéros",
    "hippopotame",
    "loup",
    "louve",
    "phoque",
    "gorille",
    "chimpanzé",
    "koala",
    "kangourou",
    "bébé-phoque",
];

/// Nouns of ordinary people in apposition after a first name alone, besides the roles ("Lucas,
/// étudiant en histoire", "Marc, un voisin"): see `role_after` in the rules.
pub const APPOSITION_NOUNS: &[&str] = &[
    "étudiant",
    "étudiante",
    "voisin",
    "voisine",
    "retraité",
    "retraitée",
    "commerçant",
    "commerçante",
    "agriculteur",
    "agricultrice",
    "lycéen",
    "lycéenne",
    "collégien",
    "collégienne",
    "riverain",
    "riveraine",
    "salarié",
    "salariée",
    "employé",
    "employée",
    "ouvrier",
    "ouvrière",
    "chauffeur",
    "restaurateur",
    "restauratrice",
    "boulanger",
    "boulangère",
    "éleveur",
    "éleveuse",
    "viticulteur",
    "viticultrice",
    "infirmier",
    "infirmière",
    "médecin",
    "enseignant",
    "enseignante",
    "serveur",
    "serveuse",
    "vendeur",
    "vendeuse",
    "caissier",
    "caissière",
    "aide-soignant",
    "aide-soignante",
    "artisan",
    "gérant",
    "gérante",
    "propriétaire",
    "locataire",
    "bénévole",
    "manifestant",
    "manifestante",
    "mère",
    "père",
    "chômeur",
    "chômeuse",
    "intérimaire",
    "pêcheur",
    "pompier",
    "policier",
    "policière",
    "gendarme",
    "soldat",
    "militaire",
    "cuisinier",
    "cuisinière",
    "coiffeur",
    "coiffeuse",
    "musicien",
    "musicienne",
    "ingénieur",
    "ingénieure",
    "doctorant",
    "doctorante",
    "mécanicien",
    "journaliste",
    "photographe",
    "habitué",
    "habituée",
    "supporter",
    "supportrice",
    "habitant",
    "habitante",
    "touriste",
    "homme",
    "femme",
    "jeune",
    "passant",
    "passante",
    "client",
    "cliente",
    "patient",
    "patiente",
    "professeur",
    "professeure",
    "spécialiste",
    "expert",
    "experte",
    "trentenaire",
    "quadragénaire",
    "quinquagénaire",
    "sexagénaire",
    "septuagénaire",
    "octogénaire",
];

/// Heads of governing bodies, whose names bear no person's ("Conseil scientifique", "Commission
/// européenne"), unlike hospitals, schools or institutes ("hôpital européen Georges-Pompidou"):
/// see `org_extent` in the rules. (ASCII case-insensitive.)
pub const GOVERNING_HEADS: &[&str] = &[
    "conseil",
    "commission",
    "comité",
    "cour",
    "tribunal",
    "parquet",
    "parlement",
    "assemblée",
    "sénat",
    "autorité",
    "agence",
    "office",
    "fédération",
    "syndicat",
    "parti",
    "union",
    "ministère",
    "préfecture",
    "direction",
    "mairie",
    "gouvernement",
];

/// Nouns of towns before "de" and a town's name ("le maire de Mimet", "la gendarmerie de
/// Cluses"): see `town_context` in the rules.
pub const TOWN_NOUNS: &[&str] = &[
    "maire",
    "mairie",
    "commune",
    "ville",
    "village",
    "habitants",
    "habitant",
    "habitante",
    "habitantes",
    "municipalité",
    "préfecture",
    "sous-préfecture",
    "agglomération",
    "banlieue",
    "environs",
    "centre-ville",
    "gendarmerie",
    "commissariat",
    "tribunal",
    "parquet",
    "procureur",
    "procureure",
    "gare",
    "aéroport",
    "plage",
    "canton",
    "port",
    "prison",
    // "maison d'arrêt de Saintes", "cour d'appel de Douai", "cour d'assises de Rodez",
    // "tribunal d'instance de Colombes".
    "arrêt",
    "appel",
    "assises",
    "instance",
    "hôpital",
    "région",
    "quartier",
    "périphérie",
    "près",
    "proximité",
];

/// Points of the compass before "de" and a town ("au nord-est de Rodez", "à l'est de
/// Périgueux"), after an article: see `town_context` in the rules ("est" is also a verb).
pub const TOWN_COMPASS: &[&str] = &[
    "nord",
    "sud",
    "est",
    "ouest",
    "nord-est",
    "nord-ouest",
    "sud-est",
    "sud-ouest",
];

/// Heads of bodies named after their members ("Fédération des médecins de France", "Union des
/// maires de l'Oise"): see `members_after` in the rules.
pub const MEMBER_BODY_HEADS: &[&str] = &[
    "Association",
    "Fédération",
    "Union",
    "Syndicat",
    "Comité",
    "Conseil",
    "Institut",
    "Observatoire",
    "Chambre",
    "Caisse",
    "Centre",
    "Collège",
];

/// Spatial prepositions: an unknown name right after one is a place.
pub const SPATIAL: &[&str] = &["à", "À", "près", "in", "near"];

/// Acronyms in capitals that are not organizations.
pub const NOT_ORG_ACRONYMS: &[&str] = &[
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    "XVIII", "XIX", "XX", "XXI", "PDG", "TV", "OK", "SMS", "PIB", "TVA", "CDD", "CDI", "RSA",
    "SMIC", "Smic", "HLM", "PV", "QG", "VTC", "SUV", "COVID", "SIDA", "VIH", "ADN", "PMA", "GPA",
    "IVG", "JO", "CEO", "GDP", "USD", "EUR", "AM", "PM", "DJ", "PC", "TGV", "ARN", "IRM", "BAC",
    "BTS", "CAP", "BEP", "CV", "NB", "PS", "VS", "AOC", "CO2", "LGBT", "LGBTQ", "PME", "TPE",
    "ETI", "ONG", "NGO", "HD", "GPS", "WC", "QR", "USB", "AI", "IA", "UV", "KO", "MDR", "LOL",
    "RER", "ZAD", "EHPAD", "Ehpad", "BD", "CM", "CE", "CP", "DRH", "RH", "SDF", "VIP", "URL",
    "PDF", "FAQ", "ID", "NDLR", "A", "I", "U", "PCR", "FFP2", "TER", "TGV", "ITT", "PAF", "SS",
    "RTT", "BFM", "RSA", "CAC", "OPA", "IPO", "CEO", "CFO", "COO", "LED", "NBA", "NFL", "MVP",
    "VAR", "ATP", "WTA", "KGB", "USA", "UK", "EU", "JT", "MM", "CSG", "RIC", "LBD", "AVC", "WLTP",
    "TDI", "TFSI", "VIDÉO", "VIDEO", "VIDÉOS", "PHOTO", "PHOTOS", "EXCLU", "DIRECT", "INFO", "LE",
    "LA", "LES", "UN", "UNE", "DES", "DU", "DE", "ET", "EN", "AU", "AUX", "SUR", "PAR", "QUI",
    "QUE", "NON", "OUI", "LUI", "FEU", "ISF", "IFI", "CICE", "AME", "AAH", "PLF", "PLFSS", "LGV",
    "FPS", "DAB", "RIP", "IRFM", "SRP", "LOM", "AOP", "IGP", "QPC", "PAC", "JLD", "TRV", "AINS",
    "APLD", "TROD", "APL", "GMT", "UTC", "GT", "GTI", "GTS", "GTR", "RS", "DVD", "BTP", "TTC",
    "HT", "OGM", "CBD", "TSI", "GTB", "EPR", "CHF", "CETA", "DMZ", "SL", "TT", "GLA", "EQC", "LM",
    "REP", "PPE", "AG", "CD", "LC", "GTO", "DBX", "TNT", "XXII", "XXIII", "XXIV", "XXV", "RWD",
    "AWD", "FWD", "EV", "PHEV", "HEV", "BEV", "MHD", "NEDC", "PDK", "DSG", "PASM", "MBUX", "HPV",
    "SDHI", "PDA", "MW", "GW", "KW", "SOS", "QI", "EMBED", "GB", "ABS", "GLE", "GLC", "CLA", "GTE",
    "GTC", "GTX", "NSX", "VTT",
];

/// Words that make a capitalized sequence an organization wherever they stand in it
/// ("Arizona State University", "Texas Department of State Health Services", "Morel Industries").
pub const ORG_WORDS: &[&str] = &[
    "University",
    "College",
    "Department",
    "Ministry",
    "Court",
    "Museum",
    "Library",
    "Trust",
    "Center",
    "Centre",
    "Administration",
    "Commission",
    "Agency",
    "Council",
    "Committee",
    "Authority",
    "Bank",
    "Institute",
    "Foundation",
    "Association",
    "Party",
    "Services",
    "Office",
    "Board",
    "Corporation",
    "Company",
    "Group",
    "Inc",
    "Ltd",
    "Airlines",
    "Airways",
    "Bureau",
    "Hospital",
    "School",
    "Society",
    "Fund",
    "Organization",
    "Organisation",
    "Programme",
    "Federation",
    "Industries",
    "Semiconductor",
    "Technologies",
    "Systems",
    "Motors",
    "Bancorp",
    "Holdings",
    "Partners",
    "Laboratories",
    "Pharmaceuticals",
    "Energy",
    "Records",
    "Studios",
    "Entertainment",
    "Media",
    "Press",
    "Network",
    "Institut",
    "Université",
    "Fondation",
    "Observatoire",
    "Académie",
    "Laboratoire",
    "Confédération",
    "Syndicat",
    "International",
    "Hydro",
    "Railway",
    "Railways",
    "Airport",
    "Limited",
    "Corp",
    "LLC",
    "Alliance",
    "Coalition",
    "Auctions",
    "Automotive",
    "Consulting",
    "Games",
    "Motorsport",
    "Motorsports",
    "Engineering",
    "Aerospace",
    "Aviation",
    "Software",
    "Solutions",
    "Ventures",
    // A company's line of business after its name: "Walt Disney Pictures", "Renault Trucks",
    // "Bombardier Transport", "Virgin Interactive". ("Racing" made car models and "British
    // Racing Green" organizations.)
    "Pictures",
    "Trucks",
    "Transport",
    "Interactive",
    // "Rocket Lab", "Woebot Labs", "British Steel", "Alpina Automobiles", "Calbee Snacks".
    // ("Project" named car models, "Jaguar XE SV Project 8"; "Brands" the circuit of
    // "Brands-Hatch".)
    "Lab",
    "Labs",
    "Steel",
    "Automobiles",
    "Snacks",
    "Foods",
    "Insurance",
    "Logistics",
    "Robotics",
    "Therapeutics",
    "Biotech",
    "Pharma",
    "Telecom",
    "Chemicals",
    "Investments",
    "Mining",
    "Petroleum",
    // Clubs: "Al-Arabi Sports Club", "Vålerenga Fotball", "Aalesunds FK", "Sky Sports".
    "Club",
    "Sports",
    "Sporting",
    "Athletic",
    "Rovers",
    "Wanderers",
    "Hotspur",
    "Calcio",
    "Dinamo",
    "Dynamo",
    "Fotball",
    "FC",
    "AFC",
    "FK",
    "BK",
    "HC",
];

/// Lower-case heads of French institution names that news writes with a proper name after
/// them ("hôpital Necker", "préfecture du Rhône", "université Cheikh-Anta-Diop").
pub const LOWER_ORG_HEADS: &[&str] = &[
    "hôpital",
    "préfecture",
    "université",
    "lycée",
    "collège",
    "école",
    "clinique",
    "CHU",
    "ministère",
];

/// Lower-case heads of a street's or a building's name, a place: "rue de Rivoli", "boulevard
/// des Pyrénées", "place Vendôme" ("place" only before a capitalized word: "à la place de
/// Marc" is no street). They start names as the [`LOWER_ORG_HEADS`] do ([`LOWER_HEADS`]).
pub const STREET_HEADS: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "quai",
    "allée",
    "impasse",
    "esplanade",
    "place",
    "parc",
    "jardin",
    "square",
    // Buildings and sites: "église de la Madeleine", "château de Versailles", "lac Léman",
    // "gare de Lyon", "aéroport de Roissy".
    "église",
    "cathédrale",
    "basilique",
    "chapelle",
    "abbaye",
    "château",
    "lac",
    "pont",
    "passerelle",
    "gare",
    "aéroport",
    "stade",
];

/// Feasts a long week-end is named after ("le pont de l'Ascension"): no bridge's name.
pub const HOLIDAYS: &[&str] = &[
    "Ascension",
    "Toussaint",
    "Pentecôte",
    "Noël",
    "Pâques",
    "Assomption",
];

/// A street's, a square's or a park's head in capitals ("Place de la Concorde", "Parc des
/// Princes", "Rue de Rivoli", "Gare du Nord"); a place with the name after it.
pub fn capitalized_street_head(w: &str) -> bool {
    matches!(
        w,
        "Rue"
            | "Place"
            | "Avenue"
            | "Boulevard"
            | "Quai"
            | "Allée"
            | "Impasse"
            | "Esplanade"
            | "Parc"
            | "Jardin"
            | "Square"
            | "Pont"
            | "Gare"
    )
}

/// Heads of institution names whose complements may be in lower case after their adjectives:
/// "Institut national du cancer", "Agence nationale de sécurité du médicament", "Fédération
/// nationale des chasseurs" (not "Cour suprême des magistrats …", "Parti démocrate du comté",
/// "Assemblée nationale de la semaine": courts, parties and chambers are named by their
/// adjectives).
pub const LOWER_COMPLEMENT_HEADS: &[&str] = &[
    "Institut",
    "Agence",
    "Office",
    "Centre",
    "Fédération",
    "Société",
    "Association",
    "Service",
    "Direction",
    "Bureau",
    "Comité",
    "Commission",
    "Muséum",
    "Observatoire",
    "Fondation",
    "Organisation",
    "Académie",
    "École",
    "Ecole",
    "Union",
    "Syndicat",
    "Inspection",
    "Conseil",
    "Haut",
    "Haute",
];

/// Words that are no noun of an institution's name in lower case ([`LOWER_COMPLEMENT_HEADS`]):
/// determiners, pronouns, months and time words.
pub const NOT_IN_LOWER_NAMES: &[&str] = &[
    "un",
    "une",
    "le",
    "la",
    "les",
    "l",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "tout",
    "toute",
    "tous",
    "toutes",
    "plus",
    "moins",
    "nombreux",
    "nombreuses",
    "plusieurs",
    "certains",
    "certaines",
    "quelques",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "semaine",
    "mois",
    "année",
    "an",
    "ans",
    "jour",
    "jours",
    "soir",
    "matin",
    "nuit",
    "veille",
    "lendemain",
    "week-end",
    "heure",
    "heures",
    "fois",
    "part",
    "manière",
    "façon",
    "avoir",
    "être",
    "faire",
    "ici",
    // Nouns a name follows rather than ends with ("du parti LREM", "de la ville").
    "parti",
    "ville",
    "pays",
    "entreprise",
    "groupe",
    "institut",
    "université",
    "ministère",
    "région",
    "département",
    "commune",
];

/// Lower-case nouns of mountains, coasts, waters and districts that stand in their place's
/// name when the name after them is not a place of its own: "îles Belcher", "massif du
/// Saint-Gothard", "golfe Persique", "gave d'Oloron" (but "canal de Suez", "forêt de
/// Fontainebleau": "Suez", "Fontainebleau" alone, as WikiNEuRal and this project's corpus
/// have them). Not the [`NATURAL_FEATURES`] (the name alone), nor "chaîne" (a TV channel).
pub const FEATURE_HEADS: &[&str] = &[
    "archipel",
    "bassin",
    "canal",
    "canton",
    "cap",
    "comté",
    "cordillère",
    "désert",
    "détroit",
    "district",
    "forêt",
    "gave",
    "golfe",
    "îles",
    "massif",
    "mont",
    "monts",
    "péninsule",
];

/// The lower-case heads of names: institutions, then streets and buildings, then natural
/// places and districts.
pub const LOWER_HEADS: [&[&str]; 3] = [LOWER_ORG_HEADS, STREET_HEADS, FEATURE_HEADS];

/// One of the [`LOWER_HEADS`] lists holds `w` (for tests and checks; the rules ask
/// [`lower_org_head`]).
pub fn listed_lower_head(w: &str) -> bool {
    LOWER_HEADS.iter().any(|l| l.contains(&w))
}

/// Compass words that form a region with the place after them ("West Texas").
pub const COMPASS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "Greater",
    "Northwest",
    "Northeast",
    "Southwest",
    "Southeast",
];

/// French points of the compass, feasts, events and generic words some lists name as regions
/// ("l'Est de la France", "le Centre", "l'État", "l'Ascension", "la Marche des fiertés", "l'Ogre
/// des Ardennes"): no place on their own after an article.
pub const NOT_REGIONS: &[&str] = &[
    "Nord",
    "Sud",
    "Est",
    "Ouest",
    "Centre",
    "Midi",
    "État",
    "Etat",
    "Région",
    "Unité",
    "Golfe",
    "Ascension",
    "Marche",
    "Ogre",
    "Capital",
    "Trinité",
    // ("l'Esplanade du Lac", "Créteil Pointe du Lac": no region of Chad.)
    "Lac",
];

/// Words right before a name that say a person speaks ("said Wanjiru Kamau", "selon Jean Dupont").
pub const SPEECH_BEFORE: &[&str] = &[
    "said",
    "says",
    "told",
    "selon",
    "asked",
    "added",
    "wrote",
    "explained",
];

/// Words before "à" that make the name after it an addressee, a medium or a person honoured,
/// not a place: "a expliqué à Society", "confie-t-il à Europe 1", "hommage à Dalida", "grâce
/// à Parcoursup".
pub const ADDRESSEE_BEFORE_A: &[&str] = &[
    "explique",
    "expliqué",
    "expliquait",
    "confie",
    "confié",
    "confiait",
    "déclare",
    "déclaré",
    "raconte",
    "raconté",
    "racontait",
    "indique",
    "indiqué",
    "assure",
    "assuré",
    "précise",
    "précisé",
    "affirme",
    "affirmé",
    "répond",
    "répondu",
    "dit",
    "révèle",
    "révélé",
    "annonce",
    "annoncé",
    "témoigne",
    "témoigné",
    "souligne",
    "souligné",
    "estime",
    "estimé",
    "lance",
    "lancé",
    "hommage",
    "interview",
    "entretien",
    "entrevue",
    "lettre",
    "message",
    "réponse",
    "grâce",
    "face",
    "dédié",
    "dédiée",
    "consacré",
    "consacrée",
    "appartenant",
    "participation",
];

/// Common nouns right before an organization's name ("le groupe Novelty", "la chaîne C8",
/// "chipmaker Altavia").
pub const ORG_CONTEXT: &[&str] = &[
    "groupe",
    "société",
    "agence",
    "entreprise",
    "marque",
    "constructeur",
    "firme",
    "compagnie",
    "chaîne",
    "quotidien",
    "hebdomadaire",
    "magazine",
    "journal",
    "radio",
    "site",
    "start-up",
    "association",
    "collectif",
    "label",
    "opérateur",
    "fabricant",
    "laboratoire",
    "banque",
    "cabinet",
    "assureur",
    "géant",
    "syndicat",
    "parti",
    "mouvement",
    "club",
    "équipe",
    "télévision",
    "filiale",
    "filiales",
    "fédération",
    "fédérations",
    "fournisseur",
    "préparateur",
    "institut",
    "company",
    "firm",
    "group",
    "carmaker",
    "automaker",
    "chipmaker",
    "newspaper",
    "broadcaster",
    "bank",
    "retailer",
    "insurer",
    "startup",
    "airline",
    "maker",
    "charity",
    "nonprofit",
    "publisher",
    "network",
    "team",
    "club",
    "party",
];

/// Spatial prepositions besides [`SPATIAL`] that make a listed place likelier than another
/// entry of the same name ("en Géorgie", "vers Lens").
pub const PLACE_PREPOSITIONS: &[&str] = &["en", "au", "aux", "vers", "from", "to"];

// The lists are looked up in one map built once (`classes::list_map`): one hashed look-up tells
// every list holding a word.
use super::classes::{self, stored_bits};

/// [`NOT_NAMES`] holds `w`.
pub fn not_name(w: &str) -> bool {
    stored_bits(w) & classes::NOT_NAME != 0
}

/// [`ORG_HEADS`] holds `w`.
pub fn org_head(w: &str) -> bool {
    stored_bits(w) & classes::ORG_HEAD != 0
}

/// [`ORG_WORDS`] holds `w`.
pub fn org_word(w: &str) -> bool {
    stored_bits(w) & classes::ORG_WORD != 0
}

/// [`NOT_ORG_ACRONYMS`] holds `w`.
pub fn not_org_acronym(w: &str) -> bool {
    stored_bits(w) & classes::NOT_ORG_ACRONYM != 0
}

/// [`ORG_CONTEXT`] holds `w`.
pub fn org_context(w: &str) -> bool {
    stored_bits(w) & classes::ORG_CONTEXT != 0
}

/// The gender an honorific gives, when `w` is one ("Mme" -> f).
pub fn honorific(w: &str) -> Option<Option<Gender>> {
    let b = stored_bits(w);
    (b & classes::HONORIFIC != 0).then(|| classes::gender_at(b, classes::HONORIFIC_G))
}

/// The gender a role word gives, when `lower` (lower case) is one ("présidente" -> f).
pub fn role(lower: &str) -> Option<Option<Gender>> {
    let b = stored_bits(lower);
    (b & classes::ROLE != 0).then(|| classes::gender_at(b, classes::ROLE_G))
}

/// The byte lengths of the [`LOWER_HEADS`], as bits.
const LOWER_ORG_HEAD_LENS: u64 = {
    let mut bits = 0u64;
    let mut l = 0;
    while l < LOWER_HEADS.len() {
        let mut i = 0;
        while i < LOWER_HEADS[l].len() {
            bits |= 1 << LOWER_HEADS[l][i].len();
            i += 1;
        }
        l += 1;
    }
    bits
};

/// A word of `len` bytes may be one of the [`LOWER_HEADS`] (most words are not, by their
/// length alone: a caller holding the length asks this before reading the word). The length
/// is taken modulo 64 (one shift, no comparison): a longer word may pass, never a head fail.
#[inline]
pub fn lower_org_head_len(len: usize) -> bool {
    LOWER_ORG_HEAD_LENS >> (len % 64) & 1 != 0
}

/// [`LOWER_HEADS`] hold `w` (asked of most lower-case words: the length and the first byte
/// leave at most two words to compare).
pub fn lower_org_head(w: &str) -> bool {
    lower_org_head_bytes(w.as_bytes())
}

/// [`lower_org_head`] of a word's bytes.
pub fn lower_org_head_bytes(w: &[u8]) -> bool {
    let is = |s: &str| w == s.as_bytes();
    match (w.len(), w.first()) {
        (3, Some(b'C')) => is("CHU"),
        (3, Some(b'r')) => is("rue"),
        (3, Some(b'l')) => is("lac"),
        (3, Some(b'c')) => is("cap"),
        (4, Some(b'q')) => is("quai"),
        (4, Some(b'p')) => is("pont") || is("parc"),
        (4, Some(b'g')) => is("gare") || is("gave"),
        (4, Some(b'm')) => is("mont"),
        (5, Some(b'p')) => is("place"),
        (5, Some(b'c')) => is("canal"),
        (5, Some(b'g')) => is("golfe"),
        (5, Some(b's')) => is("stade"),
        (5, Some(b'm')) => is("monts"),
        (5, Some(0xc3)) => is("îles"),
        (6, Some(b'l')) => is("lycée"),
        (6, Some(0xc3)) => is("école"),
        (6, Some(b'a')) => is("avenue") || is("allée") || is("abbaye"),
        (6, Some(b'b')) => is("bassin"),
        (6, Some(b'c')) => is("canton") || is("comté"),
        (6, Some(b'f')) => is("forêt"),
        (6, Some(b'm')) => is("massif"),
        (6, Some(b'j')) => is("jardin"),
        (6, Some(b's')) => is("square"),
        (7, Some(b'i')) => is("impasse"),
        (7, Some(0xc3)) => is("église"),
        (7, Some(b'd')) => is("désert"),
        (8, Some(b'h')) => is("hôpital"),
        (8, Some(b'c')) => is("collège") || is("clinique") || is("chapelle") || is("château"),
        (8, Some(b'a')) => is("archipel"),
        (8, Some(b'd')) => is("détroit") || is("district"),
        (9, Some(b'b')) => is("boulevard") || is("basilique"),
        (9, Some(b'e')) => is("esplanade"),
        (9, Some(b'a')) => is("aéroport"),
        (10, Some(b'p')) => is("péninsule") || is("passerelle"),
        (11, Some(b'c')) => is("cathédrale") || is("cordillère"),
        (10, Some(b'm')) => is("ministère"),
        (11, Some(b'p')) => is("préfecture"),
        (11, Some(b'u')) => is("université"),
        _ => false,
    }
}

/// A word of `len` bytes starting with byte `first` may be one of the [`LOWER_HEADS`]
/// (asked of every token before its text is compared: most leave on their length, nearly all
/// the others on their first byte).
#[inline(always)]
pub fn may_be_lower_org_head(len: usize, first: impl FnOnce() -> u8) -> bool {
    lower_org_head_len(len) && len < 16 && HEAD_LENS_BY_FIRST[first() as usize] >> len & 1 != 0
}

/// A word of `len` bytes starting with byte `first` may be one of the [`LOWER_HEADS`], as
/// [`may_be_lower_org_head`] answers, without a branch (for the loop over every token).
#[inline(always)]
pub fn head_length_and_first_byte(len: usize, first: u8) -> bool {
    (HEAD_LENS_BY_FIRST[first as usize] as u32) >> len.min(31) & 1 != 0
}

/// For each first byte, the byte lengths of the [`LOWER_HEADS`] starting with it, as bits
/// (one load answers [`may_be_lower_org_head`]; all the heads are under 16 bytes).
const HEAD_LENS_BY_FIRST: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut l = 0;
    while l < LOWER_HEADS.len() {
        let mut i = 0;
        while i < LOWER_HEADS[l].len() {
            let w = LOWER_HEADS[l][i].as_bytes();
            assert!(w.len() < 16);
            t[w[0] as usize] |= 1 << w.len();
            i += 1;
        }
        l += 1;
    }
    t
};

/// [`PARTICLES`] holds `w` (a `match` on the bytes, by length first: this is asked of most
/// lower-case words).
#[inline]
pub fn particle(w: &str) -> bool {
    particle_bytes(w.as_bytes())
}

/// [`particle`] of a word's bytes (the rules read a token's bytes: no `str` to slice).
#[inline]
pub fn particle_bytes(w: &[u8]) -> bool {
    match w.len() {
        1 => w == b"y",
        2 => matches!(
            w,
            b"de" | b"du" | b"da" | b"di" | b"al" | b"el" | b"le" | b"la" | b"zu" | b"op"
        ),
        3 => matches!(
            w,
            b"des"
                | b"van"
                | b"von"
                | b"der"
                | b"den"
                | b"ter"
                | b"dos"
                | b"das"
                | b"del"
                | b"ben"
                | b"bin"
                | b"ibn"
        ),
        4 => w == b"bint",
        5 => w == b"della",
        _ => false,
    }
}

/// The longest of the [`PARTICLES`], in bytes.
const PARTICLE_MAX: usize = 5;

/// [`particle`] of `w` in lower case ("De", "VAN"), without lower-casing the other words:
/// every particle is ASCII, and no other character lower-cases to ASCII but the Kelvin sign,
/// whose "k" no particle holds.
pub fn particle_in_lower_case(w: &str) -> bool {
    if w.len() > PARTICLE_MAX || !w.is_ascii() {
        return false;
    }
    let mut buf = [0u8; PARTICLE_MAX];
    for (l, &b) in buf.iter_mut().zip(w.as_bytes()) {
        *l = b.to_ascii_lowercase();
    }
    particle_bytes(&buf[..w.len()])
}

/// The last word of a contest's or a prize's name that a person's name may stand before ("Earl
/// Howe Trophy", "Emmy Awards", "Ronnie Hoare Trophy"): such a name is no person.
pub fn is_contest_word(w: &str) -> bool {
    matches!(
        w,
        "Trophy"
            | "Awards"
            | "Award"
            | "Cup"
            | "Prize"
            | "Open"
            | "Masters"
            | "Classic"
            | "Memorial"
            | "Games"
            | "Stakes"
    )
}

/// A continent's name, French or English ("Europe", "Afrique", "Asia").
pub fn is_continent(w: &str) -> bool {
    matches!(
        w,
        "Europe" | "Afrique" | "Asie" | "Amérique" | "Océanie" | "Africa" | "Asia" | "America"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn particle_matches_the_list() {
        for p in super::PARTICLES {
            assert!(super::particle(p), "{p}");
            assert!(p.len() <= super::PARTICLE_MAX && p.is_ascii(), "{p}");
        }
        assert!(!super::particle("Le") && !super::particle("maire"));
    }

    #[test]
    fn particle_in_lower_case_is_particle_of_the_lower_case() {
        use crate::gazetteer::lexicon::with_lower;
        let mut words: Vec<String> = Vec::new();
        for p in super::PARTICLES {
            words.push(p.to_string());
            words.push(p.to_uppercase());
            let mut c = p.chars();
            let first = c.next().unwrap().to_uppercase().collect::<String>();
            words.push(first + c.as_str());
        }
        // Characters that lower-case to ASCII or change length (Kelvin sign, dotted I).
        for w in [
            "\u{212A}",
            "\u{212A}e",
            "D\u{0130}",
            "\u{0130}",
            "dé",
            "Dès",
            "",
            "maire",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            let direct = with_lower(w, super::particle);
            assert_eq!(super::particle_in_lower_case(w), direct, "{w:?}");
        }
    }

    #[test]
    fn lower_org_head_matches_the_list() {
        for w in super::LOWER_HEADS.iter().flat_map(|l| l.iter()) {
            assert!(super::lower_org_head(w), "{w}");
            assert!(super::lower_org_head_len(w.len()), "{w}");
            assert!(
                super::may_be_lower_org_head(w.len(), || w.as_bytes()[0]),
                "{w}"
            );
            assert!(
                super::head_length_and_first_byte(w.len(), w.as_bytes()[0]),
                "{w}"
            );
        }
        assert!(!super::lower_org_head("Hôpital") && !super::lower_org_head("hôpitaux"));
    }
}
