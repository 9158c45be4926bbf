"""文件 Documents: the ingested documents with title, issuer and date."""

import pandas as pd
import streamlit as st

from geo import ui
from geo.i18n import t

opts = ui.sidebar()
lang = opts["lang"]
st.title(t("page.documents", lang))
docs = ui.documents()
table = pd.DataFrame(
    [
        {
            t("col.title", lang): d["title"],
            t("col.issuer", lang): d["issuer"],
            t("col.date", lang): d["date"],
            t("col.mentions", lang): d["mentions"],
            t("col.file", lang): d["name"],
        }
        for d in docs
    ]
)
st.dataframe(table, hide_index=True, use_container_width=True)
