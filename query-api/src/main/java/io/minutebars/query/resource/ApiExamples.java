package io.minutebars.query.resource;

/** Values shown in the OpenAPI document beside the parameters (the example answers are in META-INF/openapi.yaml). */
final class ApiExamples {
    /** A page cursor, signed with the dev profile's secret (another deployment's secret refuses it). */
    static final String CURSOR = "czJ8YmFyc3wxNzA0MTI3MjAwMDAwfDE3MDQxNTM2MDAwMDB8MTAwMHxleGNoYW5nZT1iaW5hbmNlLHN5bWJvbD1CVEMtVVNEVCxpbnRlcnZhbD0xbQ.HSIqB_PadsiuzISqIorDMGdEbgPv1jpqCe6l5sjgF64";

    private ApiExamples() {
    }
}
