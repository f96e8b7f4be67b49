package io.hatchery.console.gateway.app;

/**
 * The platform refused or could not answer a request the console made for the official: its status and the
 * problem's detail, which the console shows (a 401 means the official's session with the platform ended).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String detail;

    public ApiException(int status, String detail, String path) {
        super(status + " from " + path + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public boolean refused() {
        return status == 403;
    }
}
