// `Table` is sealed: a table is declared (`#[apicodes::table]`), which
// also generates what the derive checks codes against, never implemented
// by hand.
use apicodes::{ParseCodeError, Table, UnknownCodeIn};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
struct Mine;

impl std::fmt::Display for Mine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("418 I'm a teapot")
    }
}

impl TryFrom<u16> for Mine {
    type Error = UnknownCodeIn<Mine>;
    fn try_from(code: u16) -> Result<Mine, Self::Error> {
        if code == 418 { Ok(Mine) } else { Err(UnknownCodeIn::new(code)) }
    }
}

impl std::str::FromStr for Mine {
    type Err = ParseCodeError<Mine>;
    fn from_str(s: &str) -> Result<Mine, Self::Err> {
        if s == "418" { Ok(Mine) } else { Err(ParseCodeError::new(s)) }
    }
}

impl Table for Mine {
    const NAME: &'static str = "Mine";
    const ALL: &'static [Mine] = &[Mine];
    const OTHER_ERRORS: &'static str = "";
    const PAGE_TITLE: &'static str = "Codes";
    fn as_u16(self) -> u16 { 418 }
    fn from_u16(code: u16) -> Option<Mine> { (code == 418).then_some(Mine) }
    fn message(self) -> &'static str { "I'm a teapot" }
    fn title(self) -> &'static str { "I'M A TEAPOT" }
    fn description(self) -> &'static str { "Short and stout." }
    // A body that disagrees with the message: what sealing rules out.
    fn json(self) -> &'static str { r#"{"code":418,"message":"anything"}"# }
    fn name(self) -> &'static str { "Teapot" }
    fn from_name(name: &str) -> Option<Mine> { (name == "Teapot").then_some(Mine) }
    type Unknown = UnknownCodeIn<Mine>;
    fn unknown(code: u16) -> UnknownCodeIn<Mine> {
        UnknownCodeIn::new(code)
    }
}

fn main() {}
