//! Diagnostic codes: one enum per family (`rules::…`, `case::…`, `import::…`…), each code
//! with its stable name, its usual severity and its docs link. docs/diagnostics.md lists every
//! code (a test iterates [`DiagnosticCode::all`]).

use super::Severity;
use serde::Serialize;

/// Codes about rule files and rule sets (`rules::…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RulesCode {
    /// `rules::bad-limit`
    BadLimit,
    /// `rules::bad-places`
    BadPlaces,
    /// `rules::bad-range`
    BadRange,
    /// `rules::bad-threshold`
    BadThreshold,
    /// `rules::band-gap`
    BandGap,
    /// `rules::cite-inherited`
    CiteInherited,
    /// `rules::band-order`
    BandOrder,
    /// `rules::band-overlap`
    BandOverlap,
    /// `rules::band-word`
    BandWord,
    /// `rules::duplicate-name`
    DuplicateName,
    /// `rules::extends-cycle`
    ExtendsCycle,
    /// `rules::extends-missing`
    ExtendsMissing,
    /// `rules::extends-outside`
    ExtendsOutside,
    /// `rules::grades-gap`
    GradesGap,
    /// `rules::grades-order`
    GradesOrder,
    /// `rules::id-mismatch`
    IdMismatch,
    /// `rules::joined-words`
    JoinedWords,
    /// `rules::limit-capped`
    LimitCapped,
    /// `rules::list-replaced`
    ListReplaced,
    /// `rules::no-change`
    NoChange,
    /// `rules::missing-key`
    MissingKey,
    /// `rules::negative`
    Negative,
    /// `rules::not-a-number`
    NotANumber,
    /// `rules::not-a-percentage`
    NotAPercentage,
    /// `rules::score-outside-band`
    ScoreOutsideBand,
    /// `rules::score-rises`
    ScoreRises,
    /// `rules::script-date-unit`
    ScriptDateUnit,
    /// `rules::script-disabled`
    ScriptDisabled,
    /// `rules::script-dry-run`
    ScriptDryRun,
    /// `rules::script-hook`
    ScriptHook,
    /// `rules::script-label-unmatched`
    ScriptLabelUnmatched,
    /// `rules::script-missing`
    ScriptMissing,
    /// `rules::script-number-text`
    ScriptNumberText,
    /// `rules::script-params`
    ScriptParams,
    /// `rules::script-syntax`
    ScriptSyntax,
    /// `rules::script-when`
    ScriptWhen,
    /// `rules::scripts-inherit`
    ScriptsInherit,
    /// `rules::stale-description`
    StaleDescription,
    /// `rules::syntax`
    Syntax,
    /// `rules::too-large`
    TooLarge,
    /// `rules::unexpected-key`
    UnexpectedKey,
    /// `rules::unknown-denominator`
    UnknownDenominator,
    /// `rules::unknown-direction`
    UnknownDirection,
    /// `rules::unknown-formula`
    UnknownFormula,
    /// `rules::unknown-hook`
    UnknownHook,
    /// `rules::unknown-key`
    UnknownKey,
    /// `rules::unknown-level1`
    UnknownLevel1,
    /// `rules::unknown-method`
    UnknownMethod,
    /// `rules::unknown-option`
    UnknownOption,
    /// `rules::unknown-policy`
    UnknownPolicy,
    /// `rules::unknown-rounding`
    UnknownRounding,
    /// `rules::unknown-rules`
    UnknownRules,
    /// `rules::unknown-score-at`
    UnknownScoreAt,
    /// `rules::unknown-source`
    UnknownSource,
    /// `rules::unsourced`
    Unsourced,
    /// `rules::when-unmatched`
    WhenUnmatched,
    /// `rules::full-width`
    FullWidth,
    /// `rules::weights-sum`
    WeightsSum,
}

impl RulesCode {
    /// Every code of the family.
    pub const ALL: &[RulesCode] = &[
        RulesCode::BadLimit,
        RulesCode::BadPlaces,
        RulesCode::BadRange,
        RulesCode::BadThreshold,
        RulesCode::BandGap,
        RulesCode::CiteInherited,
        RulesCode::BandOrder,
        RulesCode::BandOverlap,
        RulesCode::BandWord,
        RulesCode::DuplicateName,
        RulesCode::ExtendsCycle,
        RulesCode::ExtendsMissing,
        RulesCode::ExtendsOutside,
        RulesCode::GradesGap,
        RulesCode::GradesOrder,
        RulesCode::IdMismatch,
        RulesCode::JoinedWords,
        RulesCode::LimitCapped,
        RulesCode::ListReplaced,
        RulesCode::NoChange,
        RulesCode::MissingKey,
        RulesCode::Negative,
        RulesCode::NotANumber,
        RulesCode::NotAPercentage,
        RulesCode::ScoreOutsideBand,
        RulesCode::ScoreRises,
        RulesCode::ScriptDateUnit,
        RulesCode::ScriptDisabled,
        RulesCode::ScriptDryRun,
        RulesCode::ScriptHook,
        RulesCode::ScriptLabelUnmatched,
        RulesCode::ScriptMissing,
        RulesCode::ScriptNumberText,
        RulesCode::ScriptParams,
        RulesCode::ScriptSyntax,
        RulesCode::ScriptWhen,
        RulesCode::ScriptsInherit,
        RulesCode::StaleDescription,
        RulesCode::Syntax,
        RulesCode::TooLarge,
        RulesCode::UnexpectedKey,
        RulesCode::UnknownDenominator,
        RulesCode::UnknownDirection,
        RulesCode::UnknownFormula,
        RulesCode::UnknownHook,
        RulesCode::UnknownKey,
        RulesCode::UnknownLevel1,
        RulesCode::UnknownMethod,
        RulesCode::UnknownOption,
        RulesCode::UnknownPolicy,
        RulesCode::UnknownRounding,
        RulesCode::UnknownRules,
        RulesCode::UnknownScoreAt,
        RulesCode::UnknownSource,
        RulesCode::Unsourced,
        RulesCode::WhenUnmatched,
        RulesCode::FullWidth,
        RulesCode::WeightsSum,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            RulesCode::BadLimit => "rules::bad-limit",
            RulesCode::BadPlaces => "rules::bad-places",
            RulesCode::BadRange => "rules::bad-range",
            RulesCode::BadThreshold => "rules::bad-threshold",
            RulesCode::BandGap => "rules::band-gap",
            RulesCode::CiteInherited => "rules::cite-inherited",
            RulesCode::BandOrder => "rules::band-order",
            RulesCode::BandOverlap => "rules::band-overlap",
            RulesCode::BandWord => "rules::band-word",
            RulesCode::DuplicateName => "rules::duplicate-name",
            RulesCode::ExtendsCycle => "rules::extends-cycle",
            RulesCode::ExtendsMissing => "rules::extends-missing",
            RulesCode::ExtendsOutside => "rules::extends-outside",
            RulesCode::GradesGap => "rules::grades-gap",
            RulesCode::GradesOrder => "rules::grades-order",
            RulesCode::IdMismatch => "rules::id-mismatch",
            RulesCode::JoinedWords => "rules::joined-words",
            RulesCode::LimitCapped => "rules::limit-capped",
            RulesCode::ListReplaced => "rules::list-replaced",
            RulesCode::NoChange => "rules::no-change",
            RulesCode::MissingKey => "rules::missing-key",
            RulesCode::Negative => "rules::negative",
            RulesCode::NotANumber => "rules::not-a-number",
            RulesCode::NotAPercentage => "rules::not-a-percentage",
            RulesCode::ScoreOutsideBand => "rules::score-outside-band",
            RulesCode::ScoreRises => "rules::score-rises",
            RulesCode::ScriptDateUnit => "rules::script-date-unit",
            RulesCode::ScriptDisabled => "rules::script-disabled",
            RulesCode::ScriptDryRun => "rules::script-dry-run",
            RulesCode::ScriptHook => "rules::script-hook",
            RulesCode::ScriptLabelUnmatched => "rules::script-label-unmatched",
            RulesCode::ScriptMissing => "rules::script-missing",
            RulesCode::ScriptNumberText => "rules::script-number-text",
            RulesCode::ScriptParams => "rules::script-params",
            RulesCode::ScriptSyntax => "rules::script-syntax",
            RulesCode::ScriptWhen => "rules::script-when",
            RulesCode::ScriptsInherit => "rules::scripts-inherit",
            RulesCode::StaleDescription => "rules::stale-description",
            RulesCode::Syntax => "rules::syntax",
            RulesCode::TooLarge => "rules::too-large",
            RulesCode::UnexpectedKey => "rules::unexpected-key",
            RulesCode::UnknownDenominator => "rules::unknown-denominator",
            RulesCode::UnknownDirection => "rules::unknown-direction",
            RulesCode::UnknownFormula => "rules::unknown-formula",
            RulesCode::UnknownHook => "rules::unknown-hook",
            RulesCode::UnknownKey => "rules::unknown-key",
            RulesCode::UnknownLevel1 => "rules::unknown-level1",
            RulesCode::UnknownMethod => "rules::unknown-method",
            RulesCode::UnknownOption => "rules::unknown-option",
            RulesCode::UnknownPolicy => "rules::unknown-policy",
            RulesCode::UnknownRounding => "rules::unknown-rounding",
            RulesCode::UnknownRules => "rules::unknown-rules",
            RulesCode::UnknownScoreAt => "rules::unknown-score-at",
            RulesCode::UnknownSource => "rules::unknown-source",
            RulesCode::Unsourced => "rules::unsourced",
            RulesCode::WhenUnmatched => "rules::when-unmatched",
            RulesCode::FullWidth => "rules::full-width",
            RulesCode::WeightsSum => "rules::weights-sum",
        }
    }
}

/// Codes about case files (`case::…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CaseCode {
    /// `case::bad-expect`
    BadExpect,
    /// `case::blank-project`
    BlankProject,
    /// `case::link-skipped`
    LinkSkipped,
    /// `case::negative`
    Negative,
    /// `case::no-indicators`
    NoIndicators,
    /// `case::no-rules`
    NoRules,
    /// `case::not-a-number`
    NotANumber,
    /// `case::points-sum`
    PointsSum,
    /// `case::rules-not-an-id`
    RulesNotAnId,
    /// `case::shared-points-first`
    SharedPointsFirst,
    /// `case::shared-points-with-points`
    SharedPointsWithPoints,
    /// `case::syntax`
    Syntax,
    /// `case::too-large`
    TooLarge,
    /// `case::unknown-band`
    UnknownBand,
    /// `case::unknown-cell-key`
    UnknownCellKey,
    /// `case::full-width`
    FullWidth,
    /// `case::full-width-read`
    FullWidthRead,
    /// `case::invisible-read`
    InvisibleRead,
    /// `case::remark-read`
    RemarkRead,
    /// `case::unknown-funds-row`
    UnknownFundsRow,
    /// `case::unknown-key`
    UnknownKey,
    /// `case::unknown-level1`
    UnknownLevel1,
    /// `case::unknown-rules`
    UnknownRules,
}

impl CaseCode {
    /// Every code of the family.
    pub const ALL: &[CaseCode] = &[
        CaseCode::BadExpect,
        CaseCode::BlankProject,
        CaseCode::LinkSkipped,
        CaseCode::Negative,
        CaseCode::NoIndicators,
        CaseCode::NoRules,
        CaseCode::NotANumber,
        CaseCode::PointsSum,
        CaseCode::RulesNotAnId,
        CaseCode::SharedPointsFirst,
        CaseCode::SharedPointsWithPoints,
        CaseCode::Syntax,
        CaseCode::TooLarge,
        CaseCode::UnknownBand,
        CaseCode::UnknownCellKey,
        CaseCode::FullWidth,
        CaseCode::FullWidthRead,
        CaseCode::InvisibleRead,
        CaseCode::RemarkRead,
        CaseCode::UnknownFundsRow,
        CaseCode::UnknownKey,
        CaseCode::UnknownLevel1,
        CaseCode::UnknownRules,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            CaseCode::BadExpect => "case::bad-expect",
            CaseCode::BlankProject => "case::blank-project",
            CaseCode::LinkSkipped => "case::link-skipped",
            CaseCode::Negative => "case::negative",
            CaseCode::NoIndicators => "case::no-indicators",
            CaseCode::NoRules => "case::no-rules",
            CaseCode::NotANumber => "case::not-a-number",
            CaseCode::PointsSum => "case::points-sum",
            CaseCode::RulesNotAnId => "case::rules-not-an-id",
            CaseCode::SharedPointsFirst => "case::shared-points-first",
            CaseCode::SharedPointsWithPoints => "case::shared-points-with-points",
            CaseCode::Syntax => "case::syntax",
            CaseCode::TooLarge => "case::too-large",
            CaseCode::UnknownBand => "case::unknown-band",
            CaseCode::UnknownCellKey => "case::unknown-cell-key",
            CaseCode::FullWidth => "case::full-width",
            CaseCode::FullWidthRead => "case::full-width-read",
            CaseCode::InvisibleRead => "case::invisible-read",
            CaseCode::RemarkRead => "case::remark-read",
            CaseCode::UnknownFundsRow => "case::unknown-funds-row",
            CaseCode::UnknownKey => "case::unknown-key",
            CaseCode::UnknownLevel1 => "case::unknown-level1",
            CaseCode::UnknownRules => "case::unknown-rules",
        }
    }
}

/// Codes about accepted results of a regression corpus (`accepted::…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AcceptedCode {
    /// `accepted::number`
    Number,
    /// `accepted::syntax`
    Syntax,
}

impl AcceptedCode {
    /// Every code of the family.
    pub const ALL: &[AcceptedCode] = &[AcceptedCode::Number, AcceptedCode::Syntax];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            AcceptedCode::Number => "accepted::number",
            AcceptedCode::Syntax => "accepted::syntax",
        }
    }
}

/// Codes about importing forms (`import::…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ImportCode {
    /// `import::exists`
    Exists,
    /// `import::guessed`
    Guessed,
    /// `import::hidden-sheet`
    HiddenSheet,
    /// `import::no-forms`
    NoForms,
    /// `import::recognised`
    Recognised,
    /// `import::refused`
    Refused,
    /// `import::rules-mismatch`
    RulesMismatch,
    /// `import::skipped`
    Skipped,
    /// `import::unreadable`
    Unreadable,
}

impl ImportCode {
    /// Every code of the family.
    pub const ALL: &[ImportCode] = &[
        ImportCode::Exists,
        ImportCode::Guessed,
        ImportCode::HiddenSheet,
        ImportCode::NoForms,
        ImportCode::Recognised,
        ImportCode::Refused,
        ImportCode::RulesMismatch,
        ImportCode::Skipped,
        ImportCode::Unreadable,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            ImportCode::Exists => "import::exists",
            ImportCode::Guessed => "import::guessed",
            ImportCode::HiddenSheet => "import::hidden-sheet",
            ImportCode::NoForms => "import::no-forms",
            ImportCode::Recognised => "import::recognised",
            ImportCode::Refused => "import::refused",
            ImportCode::RulesMismatch => "import::rules-mismatch",
            ImportCode::Skipped => "import::skipped",
            ImportCode::Unreadable => "import::unreadable",
        }
    }
}

/// Codes about regression runs (`regress::…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RegressCode {
    /// `regress::mixed-rules`
    MixedRules,
    /// `regress::no-corpora`
    NoCorpora,
    /// `regress::no-note`
    NoNote,
    /// `regress::no-rules`
    NoRules,
    /// `regress::points-accept`
    PointsAccept,
    /// `regress::unknown-case`
    UnknownCase,
    /// `regress::unknown-corpus`
    UnknownCorpus,
    /// `regress::unknown-rules`
    UnknownRules,
}

impl RegressCode {
    /// Every code of the family.
    pub const ALL: &[RegressCode] = &[
        RegressCode::MixedRules,
        RegressCode::NoCorpora,
        RegressCode::NoNote,
        RegressCode::NoRules,
        RegressCode::PointsAccept,
        RegressCode::UnknownCase,
        RegressCode::UnknownCorpus,
        RegressCode::UnknownRules,
    ];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            RegressCode::MixedRules => "regress::mixed-rules",
            RegressCode::NoCorpora => "regress::no-corpora",
            RegressCode::NoNote => "regress::no-note",
            RegressCode::NoRules => "regress::no-rules",
            RegressCode::PointsAccept => "regress::points-accept",
            RegressCode::UnknownCase => "regress::unknown-case",
            RegressCode::UnknownCorpus => "regress::unknown-corpus",
            RegressCode::UnknownRules => "regress::unknown-rules",
        }
    }
}

/// Codes about output files (`output::…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OutputCode {
    /// `output::exists`
    Exists,
    /// `output::is-input`
    IsInput,
}

impl OutputCode {
    /// Every code of the family.
    pub const ALL: &[OutputCode] = &[OutputCode::Exists, OutputCode::IsInput];

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            OutputCode::Exists => "output::exists",
            OutputCode::IsInput => "output::is-input",
        }
    }
}

/// A diagnostic code of any family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiagnosticCode {
    /// `rules::…`
    Rules(RulesCode),
    /// `case::…`
    Case(CaseCode),
    /// `accepted::…`
    Accepted(AcceptedCode),
    /// `import::…`
    Import(ImportCode),
    /// `regress::…`
    Regress(RegressCode),
    /// `output::…`
    Output(OutputCode),
    /// An operational failure (a file that cannot be read or written): `io`.
    Io,
}

impl DiagnosticCode {
    /// Every code, family by family.
    pub fn all() -> impl Iterator<Item = DiagnosticCode> {
        std::iter::empty()
            .chain(RulesCode::ALL.iter().map(|c| DiagnosticCode::from(*c)))
            .chain(CaseCode::ALL.iter().map(|c| DiagnosticCode::from(*c)))
            .chain(AcceptedCode::ALL.iter().map(|c| DiagnosticCode::from(*c)))
            .chain(ImportCode::ALL.iter().map(|c| DiagnosticCode::from(*c)))
            .chain(RegressCode::ALL.iter().map(|c| DiagnosticCode::from(*c)))
            .chain(OutputCode::ALL.iter().map(|c| DiagnosticCode::from(*c)))
            .chain([DiagnosticCode::Io])
    }

    /// The stable name (`rules::unknown-key`), the same in every language and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::Rules(c) => c.as_str(),
            DiagnosticCode::Case(c) => c.as_str(),
            DiagnosticCode::Accepted(c) => c.as_str(),
            DiagnosticCode::Import(c) => c.as_str(),
            DiagnosticCode::Regress(c) => c.as_str(),
            DiagnosticCode::Output(c) => c.as_str(),
            DiagnosticCode::Io => "io",
        }
    }

    /// The severity the code usually has (a diagnostic states its own: `rules::script-dry-run`
    /// is an error or a warning depending on what the dry run found).
    pub fn severity(self) -> Severity {
        match self.as_str() {
            "case::blank-project"
            | "case::link-skipped"
            | "case::negative"
            | "case::no-indicators"
            | "case::not-a-number"
            | "case::points-sum"
            | "case::too-large"
            | "case::unknown-band"
            | "case::unknown-funds-row"
            | "case::unknown-level1"
            | "import::guessed"
            | "import::unreadable"
            | "rules::joined-words"
            | "rules::cite-inherited"
            | "rules::list-replaced"
            | "rules::no-change"
            | "rules::score-rises"
            | "rules::script-date-unit"
            | "rules::script-disabled"
            | "rules::script-dry-run"
            | "rules::script-label-unmatched"
            | "rules::stale-description"
            | "rules::unsourced"
            | "rules::when-unmatched" => Severity::Warning,
            "import::recognised" => Severity::Info,
            _ => Severity::Error,
        }
    }

    /// Where the code is documented.
    pub fn docs_link(self) -> String {
        format!("docs/diagnostics.md#{}", self.as_str())
    }
}

impl std::fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for DiagnosticCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for DiagnosticCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl From<RulesCode> for DiagnosticCode {
    fn from(c: RulesCode) -> DiagnosticCode {
        DiagnosticCode::Rules(c)
    }
}

impl PartialEq<RulesCode> for DiagnosticCode {
    fn eq(&self, other: &RulesCode) -> bool {
        *self == DiagnosticCode::from(*other)
    }
}

impl From<CaseCode> for DiagnosticCode {
    fn from(c: CaseCode) -> DiagnosticCode {
        DiagnosticCode::Case(c)
    }
}

impl PartialEq<CaseCode> for DiagnosticCode {
    fn eq(&self, other: &CaseCode) -> bool {
        *self == DiagnosticCode::from(*other)
    }
}

impl From<AcceptedCode> for DiagnosticCode {
    fn from(c: AcceptedCode) -> DiagnosticCode {
        DiagnosticCode::Accepted(c)
    }
}

impl PartialEq<AcceptedCode> for DiagnosticCode {
    fn eq(&self, other: &AcceptedCode) -> bool {
        *self == DiagnosticCode::from(*other)
    }
}

impl From<ImportCode> for DiagnosticCode {
    fn from(c: ImportCode) -> DiagnosticCode {
        DiagnosticCode::Import(c)
    }
}

impl PartialEq<ImportCode> for DiagnosticCode {
    fn eq(&self, other: &ImportCode) -> bool {
        *self == DiagnosticCode::from(*other)
    }
}

impl From<RegressCode> for DiagnosticCode {
    fn from(c: RegressCode) -> DiagnosticCode {
        DiagnosticCode::Regress(c)
    }
}

impl PartialEq<RegressCode> for DiagnosticCode {
    fn eq(&self, other: &RegressCode) -> bool {
        *self == DiagnosticCode::from(*other)
    }
}

impl From<OutputCode> for DiagnosticCode {
    fn from(c: OutputCode) -> DiagnosticCode {
        DiagnosticCode::Output(c)
    }
}

impl PartialEq<OutputCode> for DiagnosticCode {
    fn eq(&self, other: &OutputCode) -> bool {
        *self == DiagnosticCode::from(*other)
    }
}
