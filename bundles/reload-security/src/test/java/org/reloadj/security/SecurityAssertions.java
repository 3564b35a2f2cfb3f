package org.reloadj.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.reloadj.api.ErrorCode;
import org.reloadj.security.ReloadSecurityException.Reason;

/** Test support: a call fails with a ReloadSecurityException of the given reason. */
public final class SecurityAssertions {
    private SecurityAssertions() {
    }

    /** Asserts {@code call} throws a ReloadSecurityException for {@code reason}, answered with Error_Forbidden. */
    public static void assertFails(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReloadSecurityException.class, e -> {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
            assertThat(e.errorCode()).isEqualTo(ErrorCode.ERROR_FORBIDDEN);
        });
    }
}
