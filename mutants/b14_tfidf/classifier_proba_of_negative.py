# replaces: train_tfidf_classifier
# target: test_train_tfidf_classifier
# why: returns column 0 of predict_proba, the probability of label 0
def train_tfidf_classifier(train_docs, train_labels, test_docs, min_df=2, sublinear_tf=True, C=1.0):
    vocab, train_counts, df = count_terms(train_docs, min_df=min_df)
    idf = idf_vector(df, len(train_docs))
    X_train = tfidf_matrix(train_counts, idf, norm="l2", sublinear_tf=sublinear_tf)
    _, test_counts, _ = count_terms(test_docs, vocabulary=vocab)
    X_test = tfidf_matrix(test_counts, idf, norm="l2", sublinear_tf=sublinear_tf)
    clf = LogisticRegression(C=C, max_iter=1000).fit(X_train, np.asarray(train_labels))
    return clf.predict_proba(X_test)[:, 0]
