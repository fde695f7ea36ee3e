package app.momentum.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** The one way an import dialog sets up its upload: one file at a time, the button and drop hint in the user's language. */
public final class FileUploads {

    private FileUploads() {
    }

    /** One file at a time, labelled in the language of {@code context}. */
    public static Upload singleFile(Component context, Upload upload) {
        upload.setMaxFiles(1);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(context.getTranslation("upload.addFile")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(context.getTranslation("upload.dropFile"))));
        return upload;
    }
}
