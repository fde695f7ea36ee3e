package app.momentum.demo;

import app.momentum.journey.JourneyMapService.MomentRecord;
import java.util.List;
import java.util.Random;

/**
 * Generates a believable respondent-level survey export for a demo journey, the way a survey tool would deliver
 * it (semicolons, one column per moment, blanks for moments not experienced), so the demo shows a real import.
 *
 * <p>Each respondent has a latent "happiness"; a moment's score follows the moment's designed current emotion
 * plus that happiness times the moment's weight, so moments with a larger weight drive recommendation (the
 * satisfaction driver). Experiencing a moment also moves the respondent's recommendation by the moment's own effect
 * (the experience effect): good moments lift it, the most painful one and the over-delivered ones lower it. So every
 * quadrant of the impact matrix has something in it by either method.
 */
final class DemoSurveyData {

    private DemoSurveyData() {
    }

    /** Segment values and column names in the demo tenant's language. */
    record Words(String respondent, String customerType, String newCustomer, String existingCustomer,
                 String recommend, String effort, String needs, String easy, String enjoyable, String brandPrefix) {

        static Words of(boolean dutch) {
            return dutch
                    ? new Words("Respondent", "Klanttype", "Nieuw", "Bestaand", "Aanbevelen", "Inspanning",
                    "Voldeed aan behoefte", "Makkelijk", "Prettig", "Ervaart u ons als: ")
                    : new Words("Respondent", "Customer type", "New", "Existing", "Recommend", "Effort",
                    "Met my needs", "Easy", "Enjoyable", "Do you experience us as: ");
        }

        /** The header of the question how strongly a respondent experiences a brand value. */
        String brandHeader(String brandValue) {
            return brandPrefix + brandValue.replace(";", ",");
        }
    }

    /**
     * The brand values the survey asks about (1–5), and per moment the values it is meant to express.
     *
     * @param names    brand value id → name, in question order
     * @param intended moment id → the brand values the moment is meant to express
     */
    record BrandQuestions(java.util.Map<java.util.UUID, String> names,
                          java.util.Map<java.util.UUID, java.util.Set<java.util.UUID>> intended) {
        static final BrandQuestions NONE = new BrandQuestions(java.util.Map.of(), java.util.Map.of());
    }

    /**
     * @param improvement added to every moment's mean satisfaction (a later survey after improvements)
     * @param seed        fixed, so a demo looks the same on every machine
     */
    static String csv(List<MomentRecord> moments, int respondents, double improvement, long seed, Words words) {
        return csv(moments, respondents, improvement, seed, words, BrandQuestions.NONE);
    }

    /**
     * With a 1–5 column per brand value: how strongly the respondent experiences it follows their happiness, and each
     * moment meant to express it that they experienced lifts it (the demo's model signature journey delivers its
     * brand); the other moments only go along with happiness. Drawn from a random of its own, after the other
     * columns: the rest of the survey is the same with or without brand values.
     */
    static String csv(List<MomentRecord> moments, int respondents, double improvement, long seed, Words words,
                      BrandQuestions brand) {
        Random random = new Random(seed);
        Random brandRandom = new Random(seed + 1_000);
        List<java.util.UUID> brandValues = List.copyOf(brand.names().keySet());
        double[][] brandLift = brandLift(moments, brandValues, brand.intended());
        double[] weights = weights(moments);
        double[] effects = effects(moments, weights);
        boolean[] experienced = new boolean[moments.size()];
        // the effects move recommendation around the same mean as before, so the demo's NPS stays believable
        double expectedLift = 0;
        for (int i = 0; i < moments.size(); i++) {
            expectedLift += frequency(moments.get(i), i) * effects[i];
        }
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(";", words.respondent(), words.customerType(), words.recommend(), words.effort(),
                words.needs(), words.easy(), words.enjoyable()));
        moments.forEach(m -> csv.append(';').append(m.title().replace(";", ",")));
        brandValues.forEach(v -> csv.append(';').append(words.brandHeader(brand.names().get(v))));
        csv.append('\n');
        for (int r = 1; r <= respondents; r++) {
            boolean isNew = random.nextDouble() < 0.35;
            double happiness = random.nextGaussian() - (isNew ? 0.3 : 0);
            double recommend = 7.3 + improvement + 1.9 * happiness + random.nextGaussian() - expectedLift;
            for (int i = 0; i < moments.size(); i++) {
                experienced[i] = random.nextDouble() < frequency(moments.get(i), i);
                recommend += experienced[i] ? effects[i] : 0;
            }
            csv.append("R").append(seed % 1000).append('-').append(r).append(';')
                    .append(isNew ? words.newCustomer() : words.existingCustomer()).append(';')
                    .append(clamp(recommend, 0, 10)).append(';')
                    .append(clamp(3.5 - 1.1 * happiness + random.nextGaussian() * 0.8, 1, 7)).append(';')
                    .append(clamp(3.6 + 0.8 * happiness + random.nextGaussian() * 0.7, 1, 5)).append(';')
                    .append(clamp(3.4 + 0.7 * happiness + random.nextGaussian() * 0.7, 1, 5)).append(';')
                    .append(clamp(3.1 + 0.8 * happiness + random.nextGaussian() * 0.8, 1, 5));
            for (int i = 0; i < moments.size(); i++) {
                MomentRecord moment = moments.get(i);
                csv.append(';');
                if (experienced[i]) {
                    double mean = 7.1 + 0.9 * emotion(moment) + offset(i) + improvement;
                    csv.append(clamp(mean + weights[i] * happiness + random.nextGaussian() * 1.1, 1, 10));
                }
            }
            for (int v = 0; v < brandValues.size(); v++) {
                double felt = 2.6 + 0.5 * happiness + brandRandom.nextGaussian() * 0.7;
                for (int i = 0; i < moments.size(); i++) {
                    felt += experienced[i] ? brandLift[v][i] : 0;
                }
                csv.append(';').append(clamp(felt, 1, 5));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** [brand value][moment]: how much experiencing the moment lifts the value; 0 for moments not meant to express it. */
    private static double[][] brandLift(List<MomentRecord> moments, List<java.util.UUID> brandValues,
                                        java.util.Map<java.util.UUID, java.util.Set<java.util.UUID>> intended) {
        double[][] lift = new double[brandValues.size()][moments.size()];
        for (int i = 0; i < moments.size(); i++) {
            java.util.Set<java.util.UUID> values = intended.getOrDefault(moments.get(i).id(), java.util.Set.of());
            for (int v = 0; v < brandValues.size(); v++) {
                if (values.contains(brandValues.get(v))) {
                    lift[v][i] = 1.0;
                }
            }
        }
        return lift;
    }

    /** A fixed spread between moments of the same designed emotion, as in real data. */
    private static double offset(int index) {
        return ((index * 7) % 5 - 2) * 0.35;
    }

    private static int emotion(MomentRecord moment) {
        return moment.currentEmotion() == null ? 0 : moment.currentEmotion();
    }

    /**
     * Moments of truth are experienced by most customers; the others by 45–90 %. Not by everyone: the experience effect
     * compares those who experienced a moment with those who did not, and needs both.
     */
    private static double frequency(MomentRecord moment, int index) {
        return moment.momentOfTruth() ? 0.85 : 0.45 + 0.09 * (index % 6);
    }

    /**
     * How strongly each moment follows the respondent's overall happiness. Every fifth moment and the most painful
     * one get a negative weight: an over-delivered moment and a pain that does not (yet) cost recommendations.
     */
    private static double[] weights(List<MomentRecord> moments) {
        double[] weights = new double[moments.size()];
        int mostPainful = 0;
        for (int i = 0; i < moments.size(); i++) {
            weights[i] = i % 5 == 3 ? -0.5 : 0.4 + 0.25 * (i % 4);
            if (emotion(moments.get(i)) < emotion(moments.get(mostPainful))) {
                mostPainful = i;
            }
        }
        if (!moments.isEmpty()) {
            weights[mostPainful] = -0.5;
        }
        return weights;
    }

    /**
     * How much experiencing each moment moves recommendation: a moment that follows happiness lifts it a little,
     * one that does not (the over-delivered and the most painful) lowers it. A moment of truth moves it more: it is
     * where loyalty is won or lost.
     */
    private static double[] effects(List<MomentRecord> moments, double[] weights) {
        double[] effects = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            effects[i] = (weights[i] > 0 ? 1.0 + 0.3 * (i % 3) : -1.4) * (moments.get(i).momentOfTruth() ? 1.6 : 1);
        }
        return effects;
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }
}
