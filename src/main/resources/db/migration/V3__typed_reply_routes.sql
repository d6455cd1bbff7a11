-- How each typed reply compared by meaning with its node's options, so a replay takes the same
-- route without the model: the closest option and the runner-up (numbers, 1 for the first; the
-- runner-up 0 when the node has one option), their similarities in thousandths (the run keeps
-- them to three decimals), and whether the reply followed the closest (1) or the routes (0).
-- All null for picked options, replies not compared, and runs saved before this.
ALTER TABLE actions ADD COLUMN route_closest INTEGER;
ALTER TABLE actions ADD COLUMN route_similarity INTEGER;
ALTER TABLE actions ADD COLUMN route_runner_up INTEGER;
ALTER TABLE actions ADD COLUMN route_runner_up_similarity INTEGER;
ALTER TABLE actions ADD COLUMN route_followed INTEGER;
