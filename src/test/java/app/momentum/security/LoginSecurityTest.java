package app.momentum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.tenancy.MemberService;
import app.momentum.tenancy.internal.Membership;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.testsupport.TestMail;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Logging in: resolving the tenant, the throttle after repeated failures, deactivated members, no account enumeration. */
@SpringBootTest
class LoginSecurityTest {

    @Autowired TenantFixture fixture;
    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired MemberService members;
    @Autowired MemberSession memberSession;

    /** Each test logs in from its own client addresses, so the login throttle of one does not affect another. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final GreenMail MAIL = TestMail.server();

    AuthenticationManager authenticationManager;
    TestTenant tenant;
    String address;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        tenant = fixture.create("login");
        address = newAddress();
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aMemberOfOneTenantWorksThereAtOnceWithTheirRole() {
        MomentumAuthentication login = logIn(tenant.user(Role.CX_MANAGER).getEmail().toUpperCase(), TenantFixture.PASSWORD);
        assertThat(login.tenantId()).isEqualTo(tenant.id());
        assertThat(login.role()).isEqualTo(Role.CX_MANAGER);
        assertThat(login.getAuthorities()).extracting(Object::toString).contains("ROLE_CX_MANAGER")
                .doesNotContain("ROLE_TENANT_ADMIN", "ROLE_PLATFORM_ADMIN");
    }

    @Test
    void aMemberOfSeveralTenantsPicksOneAndCanSwitch() {
        TestTenant second = fixture.create("second");
        fixture.addMember(second.tenant(), tenant.user(Role.CONTRIBUTOR), Role.EXECUTIVE);
        MomentumAuthentication login = logIn(tenant.user(Role.CONTRIBUTOR).getEmail(), TenantFixture.PASSWORD);
        assertThat(login.tenantId()).isNull();
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_USER");

        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(login);
        assertThat(memberSession.availableTenants()).extracting(t -> t.tenantId())
                .containsExactlyInAnyOrder(tenant.id(), second.id());
        assertThat(memberSession.switchTo(second.id())).isTrue();
        assertThat(memberSession.require().role()).isEqualTo(Role.EXECUTIVE);
        assertThat(memberSession.switchTo(tenant.id())).isTrue();
        assertThat(memberSession.require().role()).isEqualTo(Role.CONTRIBUTOR);

        TestTenant foreign = fixture.create("foreign");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(memberSession.require());
        assertThat(memberSession.switchTo(foreign.id())).isFalse();
        assertThat(memberSession.require().tenantId()).isEqualTo(tenant.id());
    }

    @Test
    void anAttackerFromOneAddressCannotLockTheOwnerOut() {
        String email = tenant.user(Role.EXECUTIVE).getEmail();
        String attacker = newAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> logIn(email, "wrong-password", attacker)).isInstanceOf(BadCredentialsException.class);
        }
        // the attacker's address must now wait, even with the right password (it cannot tell a hit) ...
        assertThatThrownBy(() -> logIn(email, TenantFixture.PASSWORD, attacker)).isInstanceOf(LoginThrottledException.class);
        // ... but the owner, from their own address, logs in at once
        assertThat(logIn(email, TenantFixture.PASSWORD, newAddress()).tenantId()).isEqualTo(tenant.id());
    }

    @Test
    void aDistributedGuessingAttackSlowsTheAccountDown() {
        String email = tenant.user(Role.EXECUTIVE).getEmail();
        for (int address = 0; address < 10; address++) {
            String attacker = newAddress();
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThatThrownBy(() -> logIn(email, "wrong-password", attacker)).isInstanceOf(BadCredentialsException.class);
            }
        }
        assertThatThrownBy(() -> logIn(email, TenantFixture.PASSWORD, newAddress()))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void theOwnerLearnsBySlowedDownLoginsByMail() throws Exception {
        String email = tenant.user(Role.CONTRIBUTOR).getEmail();
        String attacker = newAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> logIn(email, "wrong-password", attacker)).isInstanceOf(BadCredentialsException.class);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (TestMail.to(email).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(TestMail.to(email)).hasSize(1);
        MimeMessage mail = TestMail.to(email).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Momentum: failed logins to your account");
        assertThat(GreenMailUtil.getBody(mail)).contains(email, "15 minutes", "https://momentum.test/login");
        // an unknown address gets no mail, and the answers are the same as for the real account
        String unknown = "nobody-" + tenant.tenant().getSlug() + "@example.com";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> logIn(unknown, "wrong-password", attacker)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn(unknown, "wrong-password", attacker)).isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> logIn(email, "wrong-password", attacker)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String email = tenant.user(Role.EXECUTIVE).getEmail();
        String address = newAddress();
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThatThrownBy(() -> logIn(email, "wrong-password", address)).isInstanceOf(BadCredentialsException.class);
        }
        logIn(email, TenantFixture.PASSWORD, address);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThatThrownBy(() -> logIn(email, "wrong-password", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(logIn(email, TenantFixture.PASSWORD, address).tenantId()).isEqualTo(tenant.id());
    }

    @Test
    void aDeactivatedMemberCannotLogIn() {
        tenant.loginAs(Role.TENANT_ADMIN);
        Membership contributor = tenant.membership(Role.CONTRIBUTOR);
        members.deactivate(contributor.getId(), contributor.getVersion(), tenant.user(Role.TENANT_ADMIN).getId());
        TestLogin.logout();
        assertThatThrownBy(() -> logIn(contributor.getUser().getEmail(), TenantFixture.PASSWORD))
                .isInstanceOf(DisabledException.class);
        // with a wrong password it is like any other account: being deactivated is told only to who knows the password
        assertThatThrownBy(() -> logIn(contributor.getUser().getEmail(), "wrong-password"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aMemberDeactivatedInOneTenantStillEntersTheOther() {
        TestTenant second = fixture.create("second");
        fixture.addMember(second.tenant(), tenant.user(Role.CONTRIBUTOR), Role.CX_MANAGER);
        tenant.loginAs(Role.TENANT_ADMIN);
        Membership contributor = tenant.membership(Role.CONTRIBUTOR);
        members.deactivate(contributor.getId(), contributor.getVersion(), tenant.user(Role.TENANT_ADMIN).getId());
        TestLogin.logout();
        MomentumAuthentication login = logIn(contributor.getUser().getEmail(), TenantFixture.PASSWORD);
        assertThat(login.tenantId()).isEqualTo(second.id());
        assertThat(login.role()).isEqualTo(Role.CX_MANAGER);
    }

    @Test
    void aDeactivatedMembersRunningSessionEndsOnTheNextRequest() {
        MomentumAuthentication contributorSession = logIn(tenant.user(Role.CONTRIBUTOR).getEmail(), TenantFixture.PASSWORD);
        assertThat(memberSession.revalidate(contributorSession)).contains(contributorSession);

        tenant.loginAs(Role.TENANT_ADMIN);
        Membership contributor = tenant.membership(Role.CONTRIBUTOR);
        Membership changed = members.changeRole(contributor.getId(), contributor.getVersion(), Role.EXECUTIVE,
                tenant.user(Role.TENANT_ADMIN).getId());
        assertThat(memberSession.revalidate(contributorSession)).get()
                .extracting(MomentumAuthentication::role).isEqualTo(Role.EXECUTIVE);
        members.deactivate(changed.getId(), changed.getVersion(), tenant.user(Role.TENANT_ADMIN).getId());
        assertThat(memberSession.revalidate(contributorSession)).isEmpty();
    }

    @Test
    void unknownInactiveAndRealAccountsGetTheSameAnswerInTheSameTime() {
        String real = tenant.user(Role.CX_MANAGER).getEmail();
        String unknown = "nobody-" + tenant.tenant().getSlug() + "@example.com";
        tenant.loginAs(Role.TENANT_ADMIN);
        Membership contributor = tenant.membership(Role.CONTRIBUTOR);
        members.deactivate(contributor.getId(), contributor.getVersion(), tenant.user(Role.TENANT_ADMIN).getId());
        TestLogin.logout();
        String inactive = contributor.getUser().getEmail();

        for (String email : List.of(real, unknown, inactive)) {
            assertThatThrownBy(() -> logIn(email, "whatever-password")).as(email).isInstanceOf(BadCredentialsException.class);
        }
        long realNanos = medianNanos(real);
        // all three run one BCrypt check; without it an answer would be several times faster
        assertThat(medianNanos(unknown)).as("unknown e-mail").isBetween(realNanos / 2, realNanos * 2);
        assertThat(medianNanos(inactive)).as("deactivated member").isBetween(realNanos / 2, realNanos * 2);
    }

    private long medianNanos(String email) {
        long[] nanos = new long[5];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> logIn(email, "whatever-password", newAddress())).isInstanceOf(BadCredentialsException.class);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2];
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private MomentumAuthentication logIn(String email, String password) {
        return logIn(email, password, address);
    }

    /** As the login form does: with the client's address in the details. */
    private MomentumAuthentication logIn(String email, String password, String clientAddress) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        request.setDetails(new WebAuthenticationDetails(clientAddress, null));
        return (MomentumAuthentication) authenticationManager.authenticate(request);
    }
}
