// Swagger UI on this server's OpenAPI document (served from the swagger-ui webjar: no network needed).
window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
