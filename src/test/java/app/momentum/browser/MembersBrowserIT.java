package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Member administration and tenants as users click them: an admin adds a member, who logs in with the
 * one-time password, must choose their own, and sees only what their role allows; a user of two
 * organisations picks one and switches.
 */
class MembersBrowserIT extends BrowserTestBase {

    @Test
    void anAdminAddsAMemberWhoLogsInWithTheOneTimePassword() throws Exception {
        Browser admin = newBrowser("en-US");
        logIn(admin, "admin@demo-bank.example", DEMO_PASSWORD);
        admin.clickText("vaadin-side-nav-item", "Members");
        admin.awaitText("Add member");
        snap(admin, "members");

        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@demo-bank.example";
        admin.click("#add-member");
        admin.type("#new-member-email input", email);
        admin.type("#new-member-name input", "Noor Nieuw");
        snap(admin, "add-member");
        admin.click("#new-member-save");
        admin.awaitText("Give " + email + " this one-time password");
        snap(admin, "one-time-password");
        String oneTimePassword = (String) admin.js("return document.querySelector('#one-time-password').value");
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(10);
        admin.click("#one-time-password-close");
        admin.awaitText("Noor Nieuw");

        Browser member = newBrowser("en-US");
        logIn(member, email, oneTimePassword);
        member.awaitText("You logged in with a one-time password");
        member.open("/");
        member.awaitText("You logged in with a one-time password");
        member.type("#password-current input", oneTimePassword);
        member.type("#password-new input", "short");
        member.type("#password-confirm input", "short");
        member.click("#password-save");
        member.awaitText("The new password must have at least 10 characters.");
        member.type("#password-new input", "my own password");
        member.type("#password-confirm input", "my own password");
        member.click("#password-save");
        member.awaitText("Noor Nieuw");
        // a contributor starts on their cockpit, their own actions first
        member.awaitText("No open actions for you.");
        assertThat(member.pageText()).contains("Harbour Bank", "My actions").doesNotContain("Members");
        member.open("/administration/members");
        member.awaitText("Not found");
        snap(member, "contributor-not-found");
    }

    @Test
    void aUserOfTwoOrganisationsPicksOneAndSwitches() throws Exception {
        Browser consultant = newBrowser("en-US");
        logIn(consultant, "consultant@demo.example", DEMO_PASSWORD);
        consultant.awaitText("Which organisation do you want to work in?");
        snap(consultant, "select-tenant");
        consultant.click("#tenant-demo-bank");
        consultant.awaitText("You are working in Harbour Bank as");
        assertThat(consultant.pageText()).contains("Executive");

        openUserMenuItem(consultant, "Switch organisation");
        consultant.click("#tenant-demo-energy");
        consultant.awaitText("You are working in Zonnestroom Energie as");
        assertThat(consultant.pageText()).contains("CX manager");
        snap(consultant, "switched");
    }

    @Test
    void thePlatformAdministratorCreatesATenant() throws Exception {
        Browser platform = newBrowser("en-US");
        logIn(platform, "platform@demo.example", DEMO_PASSWORD);
        platform.awaitText("New tenant"); // a platform administrator without organisation lands on the tenants list
        String slug = "acme-" + UUID.randomUUID().toString().substring(0, 6);
        platform.click("#new-tenant");
        platform.type("#tenant-name input", "Acme Insurance");
        platform.type("#tenant-slug input", "Not A Slug");
        platform.type("#tenant-admin-email input", "owner@" + slug + ".example");
        platform.type("#tenant-admin-name input", "Olga Owner");
        platform.click("#tenant-save");
        platform.awaitText("Use 3–63 lower-case letters");
        platform.type("#tenant-slug input", slug);
        platform.click("#tenant-save");
        platform.awaitText("Tenant Acme Insurance created");
        platform.awaitText("Give owner@" + slug + ".example this one-time password");
        platform.click("#one-time-password-close");
        platform.awaitText(slug);
        snap(platform, "tenants");
    }
}
