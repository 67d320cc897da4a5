"""Chinese labels in matplotlib figures.

``use_chinese_font()`` points matplotlib at the first CJK font it can find (WenQuanYi Micro
Hei, which ``ci/setup.sh`` installs on Debian/Ubuntu, or a common one of macOS/Windows) and
returns its name. Without one, Chinese renders as empty boxes: it then warns once, saying
what to install, and returns None.
"""

from __future__ import annotations

import functools
import warnings

__all__ = ["CJK_FONTS", "use_chinese_font"]

CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
             "PingFang SC", "Heiti SC", "Microsoft YaHei", "SimHei")


CJK_FILES = ("wqy", "cjk", "sourcehan", "pingfang", "heiti", "msyh", "simhei")


@functools.cache
def _available() -> str | None:
    from matplotlib import font_manager

    def known() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((name for name in CJK_FONTS if name in names), None)

    if (name := known()) is None:  # matplotlib's font cache may predate the font's installation
        for path in font_manager.findSystemFonts():
            if any(key in path.lower().replace("-", "").replace("_", "") for key in CJK_FILES):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        name = known()
    return name


def use_chinese_font() -> str | None:
    """Use a CJK font for every later figure; return its name (None when there is none)."""
    import matplotlib

    name = _available()
    if name is None:
        warnings.warn("no CJK font found: Chinese labels will show as boxes. Install one, e.g. "
                      "`sudo apt-get install fonts-wqy-microhei` (Debian/Ubuntu)", stacklevel=2)
        return None
    matplotlib.rcParams["font.sans-serif"] = [name, *matplotlib.rcParams["font.sans-serif"]]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False  # the CJK font has no U+2212 minus glyph
    return name
