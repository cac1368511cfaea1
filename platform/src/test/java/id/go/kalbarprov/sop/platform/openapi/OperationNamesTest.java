package id.go.kalbarprov.sop.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationNamesTest {

    @Test
    void reportsEveryUnnamedUnsummarisedUntaggedOrRepeatedOperation() throws Exception {
        String yaml = """
                paths:
                  /a:
                    get: {operationId: getA, summary: A, tags: [A]}
                    post: {summary: Make an A, tags: [A]}
                    parameters: []
                  /b:
                    get: {operationId: getA, tags: []}
                    put: {operationId: Put-B, summary: B, tags: [B]}
                """;
        assertEquals(List.of("POST /a: no operationId", "GET /b: operationId getA is also GET /a", "GET /b: no summary",
                        "GET /b: no tag", "PUT /b: operationId Put-B is not lowerCamelCase"),
                OperationNames.problems(new ObjectMapper(new YAMLFactory()).readTree(yaml)));
    }
}
