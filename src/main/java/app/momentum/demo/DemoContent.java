package app.momentum.demo;

import app.momentum.journey.JourneyType;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.util.List;

/**
 * The fictional content of the demo tenants: a brand foundation, a signature journey that passes every
 * check, and an experience journey that fails several — so a newcomer sees both.
 */
final class DemoContent {

    private DemoContent() {
    }

    record Value(String name, String description, String feeling, String behaviour) {
    }

    record Persona(String name, String description, String needs, String expectations, List<String> drivers) {
    }

    /**
     * A moment. {@code values} are indexes into the brand values; {@code discipline} into the tenant's
     * disciplines (0 marketing, 1 HR, 2 operations), or -1 for none.
     */
    record Moment(int phase, String title, String does, String channel, String otherParty, MomentNature nature,
                  TargetLevel target, boolean momentOfTruth, boolean brandMoment, List<Integer> values,
                  String driver, String exceeds, String repeatable, Integer current, Integer desired, int discipline) {
    }

    record Journey(String name, JourneyType type, String description, String startsAt, String endsAt,
                   List<String> phases, List<Moment> moments) {
    }

    record Brand(String promise, String payOff, List<Value> values, List<String> principles, List<Persona> personas,
                 List<Journey> journeys) {
    }

    private static final MomentNature F = MomentNature.FUNCTIONAL;
    private static final MomentNature E = MomentNature.EMOTIONAL;
    private static final TargetLevel SEVEN = TargetLevel.SEVEN_PLUS;
    private static final TargetLevel NINE = TargetLevel.NINE_PLUS;

    private static Moment seven(int phase, String title, String does, String channel, MomentNature nature,
                                Integer current, Integer desired, int discipline) {
        return new Moment(phase, title, does, channel, null, nature, SEVEN, false, false, List.of(), null, null, null,
                current, desired, discipline);
    }

    static Brand bank() {
        return new Brand(
                "We make big money decisions feel personal, clear and under your control.",
                "Your next step, together.",
                List.of(new Value("Personal", "We know who you are and what matters to you.", "Seen as a person, not a file",
                                "We use your name, remember your story and follow up ourselves."),
                        new Value("Clear", "No small print, no jargon.", "I understand exactly where I stand",
                                "We explain every step in plain words before it happens."),
                        new Value("Reliable", "We do what we say, when we say it.", "I can count on them",
                                "We confirm promises in writing and keep the dates."),
                        new Value("Caring", "We look after you after the deal too.", "They still care about me",
                                "We check in when life changes, not only when we sell.")),
                List.of("Every customer knows at every moment what happens next and when.",
                        "We call with important news; we never let a letter bring it.",
                        "We follow up personally after every emotionally charged moment."),
                List.of(new Persona("First-time buyer", "Young couple buying their first home in a tight market.",
                                "Certainty about what they can afford; speed when they find a house.",
                                "A quick answer and a fair rate.", List.of("CONTROL", "CARING_FOR_OFFSPRING")),
                        new Persona("Growing family", "Family moving to a bigger house.", "Bridging finance, a plan that fits two incomes.",
                                "Expert advice that fits their situation.", List.of("BELONGING", "Feeling safe at home"))),
                List.of(new Journey("Buying your first home", JourneyType.SIGNATURE_JOURNEY,
                                "From the first question about borrowing to living in the new home.",
                                "Searching what they can borrow", "Settled in, first annual review",
                                List.of("Orientation", "Application", "Approval", "Closing", "Living in"),
                                List.of(seven(0, "Explore what you can borrow", "Uses the online calculator", "Web", F, 0, 1, 0),
                                        new Moment(0, "First conversation with an adviser", "Meets an adviser who already read their situation",
                                                "Store", null, E, NINE, true, true, List.of(0, 1), "CONTROL",
                                                "The adviser brings a plan with three scenarios for their own situation",
                                                "Advisers prepare every first meeting with the scenario template", 0, 2, 1),
                                        seven(0, "Receive a personal overview", "Reads the summary of the conversation", "E-mail", F, 0, 1, 0),
                                        seven(1, "Upload documents", "Collects payslips and the employer statement", "App", F, -2, -1, 2),
                                        seven(1, "Documents checked the same day", "Gets a green tick per document", "App", F, 0, 1, 2),
                                        new Moment(1, "Valuation of the house", "The valuer visits the house", null, "Valuer", F, SEVEN,
                                                false, false, List.of(), null, null, null, 0, 0, 2),
                                        seven(2, "Waiting for the decision", "Checks the app several times a day", "App", E, -2, -1, 2),
                                        new Moment(2, "The adviser calls with the decision", "Hears the yes from their own adviser",
                                                "Phone", null, E, NINE, true, true, List.of(0, 2), "CONTROL",
                                                "They get the news within one working day, by phone, with the next steps",
                                                "Decisions are called out by the adviser the same day; a rota covers absence", -1, 3, 1),
                                        seven(2, "Sign the offer digitally", "Signs in the app", "App", F, 0, 1, 2),
                                        new Moment(3, "Appointment at the notary", "Signs the deed", null, "Notary", F, SEVEN,
                                                false, false, List.of(), null, null, null, 0, 0, 2),
                                        new Moment(3, "Keys day message", "Receives a message on the day they get the keys", "App",
                                                null, E, SEVEN, false, true, List.of(0), null, null, null, null, 2, 0),
                                        seven(4, "First monthly payment", "Sees the first payment", "App", F, 0, 0, 2),
                                        new Moment(4, "Check-in after three months", "Gets a call: is everything as planned?",
                                                "Phone", null, E, NINE, false, true, List.of(3), "BELONGING",
                                                "Nobody expects the bank to call when nothing is wrong",
                                                "A scheduled task for every new mortgage, with a call guide", null, 2, 1),
                                        new Moment(4, "Annual mortgage review", "Reviews the mortgage with the adviser", "Phone",
                                                null, E, SEVEN, false, true, List.of(1), null, null, null, 0, 1, 2))),
                        new Journey("Reporting a lost card", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY,
                                "From noticing the card is gone to using the new one.", "Card is missing", "New card works",
                                List.of("Discover", "Block", "Replace"),
                                List.of(seven(0, "Notice the card is gone", "Searches bags and pockets", null, E, -3, -2, -1),
                                        new Moment(1, "Call the bank", "Waits in the phone queue", "Phone", null, F, NINE, false,
                                                false, List.of(), null, null, null, -2, 1, 2),
                                        seven(1, "Card blocked", "Gets a confirmation", "App", F, 0, 1, 2),
                                        seven(2, "Wait for the new card", "Has no card for a week", "Letter", F, -2, -1, -1),
                                        seven(2, "New card arrives", "Activates the card", "Letter", F, 0, -1, 2)))));
    }

    static Brand energy() {
        return new Brand(
                "Duurzame energie zonder zorgen: eerlijk geprijsd, eenvoudig geregeld en met aandacht voor u.",
                "Gewoon goed geregeld.",
                List.of(new Value("Zorgzaam", "We denken met u mee, ook als het tegenzit.", "Er wordt voor mij gezorgd",
                                "We bellen zelf terug en lossen het in één keer op."),
                        new Value("Eerlijk", "Geen verrassingen op de rekening.", "Ik word niet om de tuin geleid",
                                "We leggen elke prijs en elke wijziging vooraf uit."),
                        new Value("Duurzaam", "Groene stroom van dichtbij.", "Ik draag bij aan iets goeds",
                                "We laten zien waar uw stroom vandaan komt."),
                        new Value("Eenvoudig", "Alles in een paar stappen geregeld.", "Dat was makkelijk",
                                "We vragen alleen wat we echt nodig hebben.")),
                List.of("De klant weet altijd wat er gebeurt en wanneer.",
                        "Slecht nieuws brengen we zelf, persoonlijk en met een oplossing.",
                        "Na elk spannend moment volgt een positief moment."),
                List.of(new Persona("Bewuste huishouder", "Gezin dat bewust wil verduurzamen.", "Grip op de kosten; zeker weten dat het groen is.",
                                "Een eerlijke prijs en snelle overstap.", List.of("CONTROL", "CARING_FOR_OFFSPRING")),
                        new Persona("Nieuwe woningbezitter", "Net verhuisd, regelt alles tegelijk.", "Eén keer goed regelen.",
                                "Dat de overstap vanzelf gaat.", List.of("FREEDOM_OF_CHOICE"))),
                List.of(new Journey("Overstappen naar Zonnestroom", JourneyType.SIGNATURE_JOURNEY,
                                "Van vergelijken tot de eerste jaarafrekening.", "Vergelijkt energieleveranciers",
                                "Eerste jaarafrekening ontvangen",
                                List.of("Oriëntatie", "Aanmelden", "Overstap", "Gebruik", "Service"),
                                List.of(seven(0, "Tarieven vergelijken", "Vergelijkt prijzen op de website", "Website", F, 0, 1, 0),
                                        new Moment(0, "Persoonlijk advies over zonnepanelen", "Krijgt advies op maat van een adviseur",
                                                "Telefoon", null, E, NINE, true, true, List.of(0, 2), "CONTROL",
                                                "De adviseur rekent live de besparing voor het eigen dak uit",
                                                "Vast adviesgesprek met rekenhulp voor elke aanvraag", 0, 2, 1),
                                        seven(1, "Gegevens invullen", "Vult adres en meterstanden in", "Website", F, -1, 0, 2),
                                        seven(1, "Bevestiging ontvangen", "Leest de bevestiging met de overstapdatum", "E-mail", F, 0, 1, 2),
                                        seven(2, "Opzeggen bij oude leverancier", "Hoeft zelf niets te doen", null, F, -1, 1, 2),
                                        seven(2, "Wachten op de overstapdatum", "Vraagt zich af of alles goed gaat", "App", E, -2, -1, 2),
                                        new Moment(2, "Welkomstgesprek op de overstapdag", "Wordt gebeld: de overstap is gelukt",
                                                "Telefoon", null, E, NINE, true, true, List.of(0, 1), "CONTROL",
                                                "Niemand verwacht een persoonlijk telefoontje bij een geslaagde overstap",
                                                "Belafspraak wordt automatisch ingepland voor elke overstap", 0, 3, 1),
                                        seven(3, "Eerste maandbedrag", "Ziet het eerste maandbedrag", "App", F, 0, 1, 2),
                                        new Moment(3, "Opwek van het eigen dak zien", "Ziet in de app hoeveel het eigen dak opwekt",
                                                "App", null, E, SEVEN, false, true, List.of(2, 3), null, null, null, 0, 2, 0),
                                        seven(3, "Meterstand doorgeven", "Geeft de meterstand door", "App", F, 0, 1, 2),
                                        seven(4, "Vraag over de rekening", "Stelt een vraag via de chat", "App", F, -1, 0, 2),
                                        new Moment(4, "Eerlijke jaarafrekening met uitleg", "Krijgt de jaarafrekening met een persoonlijke toelichting",
                                                "E-mail", null, E, SEVEN, false, true, List.of(1), null, null, null, -1, 1, 0))),
                        new Journey("Storing melden", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY,
                                "Van stroomstoring tot opgelost.", "Stroom valt uit", "Stroom is terug",
                                List.of("Storing", "Melden", "Oplossen"),
                                List.of(seven(0, "Stroom valt uit", "Zit in het donker", null, E, -3, -2, -1),
                                        new Moment(1, "Storingsnummer bellen", "Hangt lang in de wacht", "Telefoon", null, F, NINE,
                                                false, false, List.of(), null, null, null, -2, 1, 2),
                                        seven(1, "Monteur ingepland", "Krijgt een tijdvak", "E-mail", F, 0, 1, 2),
                                        seven(2, "Wachten op de monteur", "Wacht de hele dag thuis", null, F, -2, -1, -1),
                                        seven(2, "Storing verholpen", "Stroom is terug", null, F, 0, -1, 2)))));
    }
}
