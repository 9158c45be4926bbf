"""The web app: the only package that imports Streamlit.

``state`` holds the session state and cached accessors (engine, projects,
documents, gazetteer, language, signed-in user); ``sidebar`` the shared sidebar
and the :class:`~geo.web.sidebar.View` it returns; ``maps`` the maps of the
pages (project map, location drawing, area pages); ``panels`` the tables and
boxes (project and document tables, detail, upload, sign-in, exports);
``reader`` the document reader; ``present`` meeting mode's screen (style, page keys,
every step scaled to fit the window); ``safe`` shows document text as plain text
(:func:`~geo.web.safe.md`) and unexpected errors as a message with an error id
(the traceback goes to the server log only); ``uploader`` shows the file uploader's own
English words in the interface language (CSS). Pages import these modules; the map
JavaScript lives in ``static/js/``.
"""
