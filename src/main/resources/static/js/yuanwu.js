// htmx requests carry the CSRF token that forms carry as a hidden field.
document.addEventListener('htmx:configRequest', function (e) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
        e.detail.headers[header.content] = token.content;
    }
});
