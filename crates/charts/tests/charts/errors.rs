//! Bad input is refused with a message that names the problem.

use relief_charts::{ChartError, ChartInput, ChartKind, ChartStyle, Overlay, render_svg};

use crate::common::projection;

fn render(kind: ChartKind, input: &ChartInput) -> Result<String, ChartError> {
    render_svg(kind, input, &ChartStyle::default(), 400, 200)
}

#[test]
fn a_short_series_is_named() {
    let mut p = projection(48);
    p.economy.p75.pop();
    let err = render(ChartKind::Economy, &ChartInput::new(&p)).unwrap_err();
    assert!(matches!(err, ChartError::Data(_)));
    let message = err.to_string();
    assert!(
        message.contains("economy.p75") && message.contains("48"),
        "{message}"
    );
    // Charts that do not draw the series are not affected.
    assert!(render(ChartKind::Trust, &ChartInput::new(&p)).is_ok());
}

#[test]
fn a_value_that_is_not_finite_is_named_with_its_month() {
    let mut p = projection(48);
    p.hazard[7] = f64::NAN;
    let message = render(ChartKind::Risk, &ChartInput::new(&p))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("hazard") && message.contains("month 7"),
        "{message}"
    );
}

#[test]
fn a_bad_overlay_is_named() {
    let p = projection(48);
    let mut other = projection(48);
    other.trust.p50.truncate(10);
    let overlays = [Overlay::new("Team Blue", &other)];
    let input = ChartInput {
        overlays: &overlays,
        ..ChartInput::new(&p)
    };
    let message = render(ChartKind::Trust, &input).unwrap_err().to_string();
    assert!(
        message.contains("Team Blue") && message.contains("trust.p50"),
        "{message}"
    );
}

#[test]
fn nine_overlays_are_too_many() {
    let p = projection(48);
    let overlays: Vec<Overlay> = (0..9).map(|_| Overlay::new("x", &p)).collect();
    let input = ChartInput {
        overlays: &overlays,
        ..ChartInput::new(&p)
    };
    assert_eq!(
        render(ChartKind::Trust, &input).unwrap_err(),
        ChartError::TooManyOverlays(9)
    );
}

#[test]
fn a_baseline_with_another_horizon_is_drawn_up_to_the_charts() {
    let p = projection(24);
    let longer = projection(48);
    let input = ChartInput {
        baseline: Some(&longer),
        ..ChartInput::new(&p)
    };
    for kind in ChartKind::ALL {
        assert!(render(kind, &input).is_ok(), "{kind:?}");
    }
}

#[test]
fn a_short_type_or_outcome_series_is_named() {
    let mut p = crate::common::with_types_and_outcomes(projection(48));
    p.trust_if_insincere.as_mut().unwrap().p90.pop();
    let message = render(ChartKind::Trust, &ChartInput::new(&p))
        .unwrap_err()
        .to_string();
    assert!(message.contains("trust_if_insincere.p90"), "{message}");
    p.outcomes.as_mut().unwrap().caught[30] = f64::INFINITY;
    let message = render(ChartKind::Outcomes, &ChartInput::new(&p))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("outcomes.caught") && message.contains("month 30"),
        "{message}"
    );
}
