package io.minutebars.service.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A key presented in {@code X-API-Key} or {@code Authorization: Bearer}. */
public final class ApiKeyRequest extends BaseAuthenticationRequest {
    private final String key;

    public ApiKeyRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return "ApiKeyRequest[key hidden]"; // never log the key
    }
}
