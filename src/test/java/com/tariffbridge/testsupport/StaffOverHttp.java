package com.tariffbridge.testsupport;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A browser without a screen for the staff pages: its own cookie jar, Faces view state read from
 * each page, redirects not followed so tests see every Location.
 */
public final class StaffOverHttp {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    /**
     * A jar signed in as the dev server's admin; fails the test if the sign-in did not land on the
     * overview.
     */
    public static StaffOverHttp signedInAdmin() {
        var staff = new StaffOverHttp();
        var answer = staff.signIn(AdminApi.USER, AdminApi.PASSWORD);
        if (answer.statusCode() != 302
                || !answer.headers()
                        .firstValue("Location")
                        .orElse("")
                        .endsWith("/admin/index.xhtml")) {
            throw new IllegalStateException(
                    "staff sign-in failed: " + answer.statusCode() + " " + answer.body());
        }
        return staff;
    }

    public HttpResponse<String> signIn(String name, String password) {
        var page = get("/admin/sign-in.xhtml");
        var form = new LinkedHashMap<String, String>();
        form.put("signIn", "signIn");
        form.put("signIn:username", name);
        form.put("signIn:password", password);
        form.put("signIn:go", "Sign in");
        form.put("jakarta.faces.ViewState", viewState(page));
        return post("/admin/sign-in.xhtml", form);
    }

    public static String viewState(HttpResponse<String> page) {
        var matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no view state in " + page.uri());
        }
        return matcher.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(ItServer.request(path).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, Map.of());
    }

    /**
     * A form post with headers a browser adds, such as {@code Origin} and {@code Sec-Fetch-Site}.
     */
    public HttpResponse<String> post(
            String path, Map<String, String> form, Map<String, String> headers) {
        String body = FlatPeakPoller.form(form);
        var request =
                ItServer.request(path).header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return ItServer.send(client, request);
    }
}
