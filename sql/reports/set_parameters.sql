-- The session's mart thresholds (mart_parameter reads them); values come from the Marts settings.
set variable three_public_yoy_threshold_pct = cast($three_public_yoy_threshold_pct as decimal(18, 6));
