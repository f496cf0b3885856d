/// A tricky `.bib` file covering what the reader must handle, one case per entry, with the
/// errors it must report. Line numbers matter: the tests name them.
enum BibTeXFixture {
    static let path = "content/publications.bib"

    static let tricky = #"""
        % Text between entries is ignored, even with an e-mail: me@example.org
        @String{ acm = "ACM" }
        @STRING( conf = {Proc. of } # acm )
        @preamble{ "\newcommand{\noopsort}[1]{}" # " \def\sg{SG}" }
        @comment{ jabref-meta: {nested} braces }
        @comment this whole line is ignored @article{not, an entry}
        Contact: someone@example.org
        @Article{smith:2020/a+b.c-d,
          Title = {The {ReLU} {{Deep}} "Quoted" Title},
          author = "M{\"u}ller, J. and {Barnes and Noble}",
          journal = acm # { Transactions},
          year = 2020,
          month = MAR,
          note = "a {"quote"} inside",
          pages = {1--10},
        }

        @inproceedings(müller-ü,
          title = {Child paper},
          author = {Doe, Jane},
          year = {2021},
          crossref = {proc21}
        )
        @proceedings{proc21,
          title = {Proceedings of Things},
          subtitle = {Sub},
          editor = {Roe, Rich},
          year = 2021,
          publisher = conf,
          shorttitle = {PoT},
          pdf = {proc.pdf},
        }
        @xdata{pubinfo, publisher = {Springer}, location = {Berlin}}
        @book{bk, title = {A   multi-line
              title}, date = {2021-03-04}, xdata = {pubinfo}, location={Paris}}
        @inbook{chap, title = {Chapter}, year = 2022, crossref = {bk}}
        @misc{undef, title = "T", year = 2019, howpublished = nomacro # " x"}
        @misc{Smith:2020/A+B.C-D, title = {dup}, year = 2020}
        @thing{odd, title = {Odd}, year = 2018}
        @misc{notitle, year = 2017}
        @misc{nodate, title = {No date}}
        @misc{missing, title = {M}, year = 2016, crossref = {nowhere}}
        @misc{cyc1, title = {C1}, year = 2015, crossref = {cyc2}}
        @misc{cyc2, title = {C2}, year = 2015, crossref = {cyc1}}
        @article{broken, title = {Broken} year = 2014}
        Text after a syntax error is skipped up to a line starting with '@': @ignored{
          @misc { after , title = {After} , year = 2013 , month = dec , }
        @misc{dupfield, title = {One}, title = {Two}, year = 2012}
        @misc{unclosed, title = {Never {closed, year = 2011}
        @misc{last, title = {Last}, year = 2010}

        """#
}
