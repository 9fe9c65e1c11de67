// A code named through a path must name the table `codes = ...` names:
// `a::Shop::Conflict` is not `b::Shop`'s, though both tables are `Shop`.
// Without `codes = ...`, a table of your own is not consulted.
mod a {
    #[apicodes::table]
    pub enum Shop {
        /// Already there.
        #[code(message = "Conflict")]
        Conflict = 409,
    }
}

mod b {
    #[apicodes::table]
    pub enum Shop {
        /// Already there, here.
        #[code(message = "Conflict (b)")]
        Conflict = 422,
    }
}

#[derive(Debug, apicodes::ApiError)]
#[api_error(codes = b::Shop)]
pub enum UsesB {
    #[api_error(code = a::Shop::Conflict)]
    Other,
    #[api_error(code = crate::b::Shop::Conflict)]
    Same,
    #[api_error(code = Shop::Conflict)]
    Bare,
}

// `codes = Shop`, one name, says nothing of where `Shop` is: a longer
// path to a code is taken only as written there.
mod m {
    use crate::a::Shop;

    #[derive(Debug, apicodes::ApiError)]
    #[api_error(codes = Shop)]
    pub enum UsesA {
        #[api_error(code = crate::b::Shop::Conflict)]
        Other,
        #[api_error(code = Shop::Conflict)]
        Same,
    }
}

#[derive(Debug, apicodes::ApiError)]
pub enum Standard {
    #[api_error(code = b::Shop::Conflict)]
    NotConsulted,
}

fn main() {}
