//! Which team model the questionnaire points to, with its reasons in order of weight.
//!
//! Imports only the plan's team records.

use crate::model::{CompanySize, ModelQuestionnaire, TeamModel};

/// Why the questionnaire points to a model. The interface words each reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// One business unit or region: one team can know it all.
    OneUnit,
    /// Fewer than ten people in the company.
    MicroCompany,
    /// Fewer than two full-time equivalents for social media: too few to split.
    FewPeople,
    /// Two units whose brand must look the same: one team can serve both.
    TwoUnitsOneVoice,
    /// Several units or regions, each with its own customers (the count).
    SeveralUnits(u32),
    /// Local speed matters more than one uniform brand.
    LocalSpeedFirst,
    /// One consistent brand matters most.
    ConsistencyFirst,
    /// Consistency and local speed matter about equally.
    BalanceNeeded,
    /// Social media is central to the strategy, so headquarters should lead it.
    StrategicLead,
    /// Social media is a side activity: units can run it lightly on their own.
    SideActivity,
    /// More than a thousand people: a single team would be a bottleneck.
    LargeCompany,
}

/// The model the questionnaire recommends, with its reasons in order of weight.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub model: TeamModel,
    pub reasons: Vec<Reason>,
}

/// The questionnaire's recommendation; `None` until size, units and consistency are answered.
///
/// Small or single-unit organisations, or fewer than two people, get the centralized model.
/// Several units where local speed matters most get the decentralized one, unless social media is
/// central to the strategy (then hybrid keeps headquarters in charge of strategy). Two units of a
/// small company that care most about one brand stay centralized. Everything else gets hybrid.
pub fn recommend(q: &ModelQuestionnaire) -> Option<Recommendation> {
    let size = q.company_size?;
    let units = q.units?;
    let consistency = q.consistency?;
    let strategic = q.strategic_weight;
    let few_people = q.people_available.is_some_and(|p| p < 2.0);

    if units <= 1 || size == CompanySize::Micro || few_people {
        let mut reasons = Vec::new();
        if units <= 1 {
            reasons.push(Reason::OneUnit);
        }
        if size == CompanySize::Micro {
            reasons.push(Reason::MicroCompany);
        }
        if few_people {
            reasons.push(Reason::FewPeople);
        }
        return Some(Recommendation {
            model: TeamModel::Centralized,
            reasons,
        });
    }

    let local_first = consistency <= 2;
    let brand_first = consistency >= 4;
    let central = strategic.is_some_and(|s| s >= 4);
    let side = strategic.is_some_and(|s| s <= 2);

    if local_first && !central {
        let mut reasons = vec![Reason::SeveralUnits(units), Reason::LocalSpeedFirst];
        if side {
            reasons.push(Reason::SideActivity);
        }
        if size == CompanySize::Large {
            reasons.push(Reason::LargeCompany);
        }
        return Some(Recommendation {
            model: TeamModel::Decentralized,
            reasons,
        });
    }

    if brand_first && units == 2 && size == CompanySize::Small {
        return Some(Recommendation {
            model: TeamModel::Centralized,
            reasons: vec![Reason::TwoUnitsOneVoice, Reason::ConsistencyFirst],
        });
    }

    let mut reasons = vec![Reason::SeveralUnits(units)];
    reasons.push(if local_first {
        Reason::LocalSpeedFirst
    } else if brand_first {
        Reason::ConsistencyFirst
    } else {
        Reason::BalanceNeeded
    });
    if central {
        reasons.push(Reason::StrategicLead);
    }
    if size == CompanySize::Large {
        reasons.push(Reason::LargeCompany);
    }
    Some(Recommendation {
        model: TeamModel::Hybrid,
        reasons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(
        size: CompanySize,
        units: u32,
        consistency: u8,
        strategic: Option<u8>,
        people: Option<f64>,
    ) -> ModelQuestionnaire {
        ModelQuestionnaire {
            company_size: Some(size),
            units: Some(units),
            consistency: Some(consistency),
            strategic_weight: strategic,
            people_available: people,
        }
    }

    #[test]
    fn no_recommendation_until_the_three_key_answers_are_given() {
        assert_eq!(recommend(&ModelQuestionnaire::default()), None);
        let mut partial = q(CompanySize::Medium, 3, 4, Some(4), Some(5.0));
        partial.consistency = None;
        assert_eq!(recommend(&partial), None);
        partial.consistency = Some(4);
        partial.units = None;
        assert_eq!(recommend(&partial), None);
        partial.units = Some(3);
        partial.company_size = None;
        assert_eq!(recommend(&partial), None);
    }

    #[test]
    fn a_cafe_with_one_shop_is_centralized() {
        let r = recommend(&q(CompanySize::Micro, 1, 3, Some(3), Some(0.5))).unwrap();
        assert_eq!(r.model, TeamModel::Centralized);
        assert_eq!(
            r.reasons,
            vec![Reason::OneUnit, Reason::MicroCompany, Reason::FewPeople]
        );
    }

    #[test]
    fn too_few_people_stay_centralized_even_with_many_units() {
        let r = recommend(&q(CompanySize::Medium, 5, 1, Some(2), Some(1.5))).unwrap();
        assert_eq!(r.model, TeamModel::Centralized);
        assert_eq!(r.reasons, vec![Reason::FewPeople]);
        // Exactly two people are enough to split.
        let r = recommend(&q(CompanySize::Medium, 5, 1, Some(2), Some(2.0))).unwrap();
        assert_eq!(r.model, TeamModel::Decentralized);
    }

    #[test]
    fn zero_units_counts_as_one() {
        let r = recommend(&q(CompanySize::Small, 0, 3, None, None)).unwrap();
        assert_eq!(r.model, TeamModel::Centralized);
        assert_eq!(r.reasons, vec![Reason::OneUnit]);
    }

    #[test]
    fn many_units_that_need_local_speed_are_decentralized() {
        let r = recommend(&q(CompanySize::Large, 6, 1, Some(2), Some(10.0))).unwrap();
        assert_eq!(r.model, TeamModel::Decentralized);
        assert_eq!(
            r.reasons,
            vec![
                Reason::SeveralUnits(6),
                Reason::LocalSpeedFirst,
                Reason::SideActivity,
                Reason::LargeCompany
            ]
        );
        // Unanswered strategic weight does not block it.
        let r = recommend(&q(CompanySize::Medium, 3, 2, None, None)).unwrap();
        assert_eq!(r.model, TeamModel::Decentralized);
    }

    #[test]
    fn local_speed_with_a_strategic_channel_is_hybrid() {
        let r = recommend(&q(CompanySize::Medium, 4, 2, Some(5), Some(6.0))).unwrap();
        assert_eq!(r.model, TeamModel::Hybrid);
        assert_eq!(
            r.reasons,
            vec![
                Reason::SeveralUnits(4),
                Reason::LocalSpeedFirst,
                Reason::StrategicLead
            ]
        );
    }

    #[test]
    fn three_regions_that_care_about_the_brand_are_hybrid() {
        let r = recommend(&q(CompanySize::Medium, 3, 4, Some(4), Some(5.0))).unwrap();
        assert_eq!(r.model, TeamModel::Hybrid);
        assert_eq!(
            r.reasons,
            vec![
                Reason::SeveralUnits(3),
                Reason::ConsistencyFirst,
                Reason::StrategicLead
            ]
        );
    }

    #[test]
    fn a_balanced_answer_is_hybrid() {
        let r = recommend(&q(CompanySize::Large, 8, 3, Some(3), None)).unwrap();
        assert_eq!(r.model, TeamModel::Hybrid);
        assert_eq!(
            r.reasons,
            vec![
                Reason::SeveralUnits(8),
                Reason::BalanceNeeded,
                Reason::LargeCompany
            ]
        );
    }

    #[test]
    fn two_units_of_a_small_company_with_one_brand_stay_centralized() {
        let r = recommend(&q(CompanySize::Small, 2, 5, Some(3), Some(2.0))).unwrap();
        assert_eq!(r.model, TeamModel::Centralized);
        assert_eq!(
            r.reasons,
            vec![Reason::TwoUnitsOneVoice, Reason::ConsistencyFirst]
        );
        // A medium company with two units and one brand is hybrid.
        let r = recommend(&q(CompanySize::Medium, 2, 5, Some(3), Some(2.0))).unwrap();
        assert_eq!(r.model, TeamModel::Hybrid);
    }
}
