package app.momentum.governance;

import app.momentum.base.csv.CsvExport;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.governance.Portfolio.Card;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio board's table as CSV, in the user's language: the journeys the filter lets through, with the same
 * figures as the cards. UTF-8 with a byte order mark (Excel), semicolons for Dutch and commas otherwise; every text cell
 * a spreadsheet would take for a formula (starting with =, +, -, @, tab or carriage return, after any quotes) gets a
 * leading apostrophe, like the other exports.
 */
@Service
@Transactional(readOnly = true)
public class PortfolioExport {

    private final Portfolio portfolio;
    private final MomentumI18NProvider i18n;

    PortfolioExport(Portfolio portfolio, MomentumI18NProvider i18n) {
        this.portfolio = portfolio;
        this.i18n = i18n;
    }

    public byte[] csv(Portfolio.Filter filter, Locale locale) {
        return csv(portfolio.cards(filter), locale);
    }

    /** These cards as CSV (the view passes what it shows). */
    public byte[] csv(List<Card> cards, Locale locale) {
        return CsvExport.write(rows(cards, locale), locale);
    }

    private List<List<String>> rows(List<Card> cards, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("journeys.name", "journeys.type", "journeys.stage", "portfolio.cycle", "journeys.owner",
                        "journeys.persona", "journeys.check", "portfolio.meetingTarget", "portfolio.openActions",
                        "portfolio.overdueActions", "portfolio.lastSurvey", "portfolio.stale", "portfolio.gateFailing")
                .stream().map(key -> t(key, locale)).toList());
        for (Card card : cards) {
            rows.add(List.of(card.name(), t("journeyType." + card.type().name(), locale),
                    t("stage." + card.stage().name(), locale), String.valueOf(card.cycle()), card.ownerName(),
                    card.personaName(), t("checkStatus." + card.checkStatus().name(), locale),
                    card.momentsMeasured() == 0 ? "" : card.momentsMeetingTarget() + "/" + card.momentsMeasured(),
                    String.valueOf(card.openActions()), String.valueOf(card.overdueActions()),
                    card.lastSurvey().map(Object::toString).orElse(""),
                    card.stale().map(reason -> t("portfolio.staleReason." + reason.name(), locale)).orElse(""),
                    card.gateFailing() ? t("portfolio.yes", locale) : t("portfolio.no", locale)));
        }
        return rows;
    }

    private String t(String key, Locale locale) {
        return i18n.getTranslation(key, locale);
    }
}
